/** Hostile decks of issue 14, made in the test: small files with content no real deck has. */
import { buildDeck, editZip } from './pptx-fixture.js';

/** Two slides; the first one's text box holds one 50 MB text run (the file is ~0.2 MB). */
export async function fiftyMegabyteRunDeck(): Promise<Uint8Array> {
  const base = await buildDeck((p) => {
    const s = p.addSlide();
    s.addText('MARKER', { x: 1, y: 1, w: 4, h: 1 });
    s.addNotes('A short note to narrate.');
    p.addSlide().addText('Second slide', { x: 1, y: 1, w: 4, h: 1 });
  });
  const words = 'lorem ipsum dolor sit amet ';
  return editZip(base, { 'ppt/slides/slide1.xml': (x) => x.replace('MARKER', words.repeat(Math.ceil(50e6 / words.length))) });
}
