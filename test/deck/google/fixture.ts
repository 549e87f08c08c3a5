/**
 * The deck behind the stand-in: a real .pptx made with pptxgenjs (what Drive's export would return),
 * plus what the Slides API says about the same deck, and one small real PNG per slide as thumbnail.
 */
import { buildDeck, defineTitleMaster } from '../../helpers/pptx-fixture.js';
import { twoColorPng } from '../../render/model-builders.js';
import type { FakeDeck } from './google-stand-in.js';

export const TOKEN = 'ya29.stand-in-token';
export const DECK_ID = '1AbCdEfGhIjKlMnOpQrStUvWxYz_0123456789-abcd';

export async function exportedPptx(): Promise<Uint8Array> {
  return buildDeck((pres) => {
    pres.layout = 'LAYOUT_16x9';
    pres.title = 'Intro to Rivers';
    const master = defineTitleMaster(pres);
    const s1 = pres.addSlide({ masterName: master });
    s1.addText('Rivers', { placeholder: 'title' });
    // The export writes a soft line break as its own paragraph; the API keeps it as typed.
    s1.addNotes('Welcome, everyone.\nToday: rivers.');
    const s2 = pres.addSlide({ masterName: master });
    s2.addText('Backup slide', { placeholder: 'title' });
    s2.addNotes('Notes as they were exported');
    const s3 = pres.addSlide();
    s3.addText('Deltas form where rivers meet the sea', { x: 1, y: 1, w: 8, h: 1 });
    s3.addNotes('Deltas.');
  });
}

export const PNGS = [twoColorPng(16, 9, '#ff0000', '#00ff00'), twoColorPng(16, 9, '#0000ff', '#ffffff'), twoColorPng(16, 9, '#000000', '#ffff00')];

export async function riversDeck(extra: Partial<FakeDeck> = {}): Promise<FakeDeck> {
  return {
    id: DECK_ID,
    title: 'Intro to Rivers',
    pptx: await exportedPptx(),
    slides: [
      { objectId: 'p', title: 'Rivers', notes: 'Welcome, everyone.\u000bToday: rivers.', png: PNGS[0] },
      { objectId: 'g2c3d_0_1', title: 'Backup slide', notes: 'Notes as the teacher typed them', skipped: true, png: PNGS[1] },
      { objectId: 'g2c3d_0_2', notes: 'Deltas.', png: PNGS[2] },
    ],
    ...extra,
  };
}
