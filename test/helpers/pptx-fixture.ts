/**
 * Building test decks in memory with pptxgenjs, and editing their zip afterwards (for things pptxgenjs
 * cannot write: reordered p:sldIdLst, multi-paragraph notes, hostile parts).
 */
import JSZip from 'jszip';
import PptxGenJS from 'pptxgenjs';

// tsx loads pptxgenjs' ES build, whose default export is the class (tsconfig.test.json resolves its
// typings the same way).
export type Pres = PptxGenJS;

/** pptxgenjs draws custom geometry (the `points` option) for this shape name, which its typings leave out of SHAPE_NAME. */
export const CUSTOM_GEOMETRY = 'custGeom' as string as PptxGenJS.SHAPE_NAME;

/** A fresh presentation; `build` adds slides; returns the .pptx bytes. */
export async function buildDeck(build: (pres: Pres) => void | Promise<void>): Promise<Uint8Array> {
  const pres = new PptxGenJS();
  await build(pres);
  return (await pres.write({ outputType: 'uint8array' })) as Uint8Array;
}

/** A master whose slides get a real title placeholder (p:ph type="title"), so slide titles can be tested. */
export function defineTitleMaster(pres: Pres, name = 'TITLED'): string {
  pres.defineSlideMaster({
    title: name,
    objects: [{ placeholder: { options: { name: 'title', type: 'title', x: 0.5, y: 0.3, w: 9, h: 1 }, text: '' } }],
  });
  return name;
}

/** Rewrite some entries of a zip (value = new text, or null to delete the entry). */
export async function editZip(bytes: Uint8Array, edits: Record<string, string | Uint8Array | null | ((old: string) => string)>): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(bytes);
  for (const [name, edit] of Object.entries(edits)) {
    if (edit === null) zip.remove(name);
    else if (typeof edit === 'function') {
      const f = zip.file(name);
      if (!f) throw new Error(`editZip: no entry ${name}`);
      zip.file(name, edit(await f.async('string')));
    } else zip.file(name, edit);
  }
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
}

/** The text of one zip entry (for assertions on what a fixture contains). */
export async function zipText(bytes: Uint8Array, name: string): Promise<string> {
  const f = (await JSZip.loadAsync(bytes)).file(name);
  if (!f) throw new Error(`zipText: no entry ${name}`);
  return f.async('string');
}
