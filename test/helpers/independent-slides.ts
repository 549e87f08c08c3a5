/**
 * Slide parts of a .pptx in presentation order, found WITHOUT the reader's code (jszip and regular
 * expressions over the raw XML, relationships followed by hand), for tests that compare the reader
 * against an independent extraction.
 */
import JSZip from 'jszip';

export function relMap(xml: string | undefined): Map<string, string> {
  const m = new Map<string, string>();
  for (const r of (xml ?? '').match(/<Relationship\b[^>]*>/g) ?? []) {
    const id = /\bId="([^"]*)"/.exec(r)?.[1];
    const target = /\bTarget="([^"]*)"/.exec(r)?.[1];
    if (id && target && !/TargetMode="External"/.test(r)) m.set(id, target);
  }
  return m;
}

/** "../notesSlides/notesSlide3.xml" against "ppt/slides/" -> "ppt/notesSlides/notesSlide3.xml" */
export function join2(dir: string, target: string): string {
  if (target.startsWith('/')) return target.slice(1);
  const out = dir.split('/').filter(Boolean);
  for (const seg of target.split('/')) {
    if (seg === '..') out.pop();
    else if (seg !== '.') out.push(seg);
  }
  return out.join('/');
}

export interface IndependentSlide {
  /** Zip entry name, e.g. ppt/slides/slide3.xml */
  path: string;
  /** Folder of the part, for resolving its relationships. */
  dir: string;
}

/** The deck's zip and its slide parts in p:sldIdLst order (entries whose part is missing are left out). */
export async function slidesInOrder(bytes: Uint8Array): Promise<{ zip: JSZip; slides: IndependentSlide[] }> {
  const zip = await JSZip.loadAsync(bytes);
  const text = async (name: string) => zip.file(name)?.async('string');
  const pres = (await text('ppt/presentation.xml')) ?? '';
  const presRels = relMap(await text('ppt/_rels/presentation.xml.rels'));
  const list = /<p:sldIdLst>([\s\S]*?)<\/p:sldIdLst>/.exec(pres)?.[1] ?? '';
  const slides: IndependentSlide[] = [];
  for (const entry of list.match(/<p:sldId\b[^>]*>/g) ?? []) {
    const rid = /r:id="([^"]*)"/.exec(entry)?.[1] ?? '';
    const slide = presRels.get(rid);
    if (!slide || !zip.file(join2('ppt', slide))) continue;
    const path = join2('ppt', slide);
    slides.push({ path, dir: path.slice(0, path.lastIndexOf('/')) });
  }
  return { zip, slides };
}
