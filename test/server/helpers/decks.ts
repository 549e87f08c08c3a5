/** Small decks with speaker notes, made with pptxgenjs, for service and add-in tests. */
import { buildDeck } from '../../helpers/pptx-fixture.js';

export function notedDeck(slides = 2, opts: { notes?: (i: number) => string } = {}): Promise<Uint8Array> {
  return buildDeck((pres) => {
    pres.title = 'Photosynthesis';
    for (let i = 1; i <= slides; i++) {
      const s = pres.addSlide();
      s.background = { color: i % 2 ? 'FFFFFF' : 'EEF3FA' };
      s.addText(i === 1 ? 'Photosynthesis' : `Step ${i}`, { x: 0.5, y: 0.4, w: 9, h: 1, fontSize: 32, bold: true, color: '203864' });
      s.addText(`Slide ${i} of ${slides}`, { x: 0.5, y: 2, w: 9, h: 1, fontSize: 20 });
      s.addNotes(opts.notes?.(i) ?? (i === 1 ? 'Plants make sugar from light.' : `This is step ${i}.`));
    }
  });
}
