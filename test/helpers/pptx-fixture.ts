/**
 * Building test decks in memory with pptxgenjs, and editing their zip afterwards (for things pptxgenjs
 * cannot write: reordered p:sldIdLst, multi-paragraph notes, hostile parts).
 */
import JSZip from 'jszip';
import * as pptxgen from 'pptxgenjs';

// pptxgenjs ships CommonJS-style typings but loads its ES build here: TypeScript (NodeNext) sees the
// class at `.default.default`, Node at `.default`. Take whichever exists.
type PptxCtor = typeof pptxgen.default.default;
const mod = pptxgen as unknown as { default: PptxCtor & { default?: PptxCtor } };
const PptxGenJS: PptxCtor = mod.default.default ?? mod.default;
export type Pres = InstanceType<PptxCtor>;

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
