// Small helpers for looking inside the example .pptx files with jszip alone (these tests must not
// depend on the converter's reader, which is developed separately).
import JSZip from 'jszip';
import { inflateSync } from 'node:zlib';

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
export const decodeXml = (s: string): string => s.replace(/&(amp|lt|gt|quot|apos);/g, (_m, e: string) => ENTITIES[e]);

export async function text(zip: JSZip, name: string): Promise<string> {
  const file = zip.file(name);
  if (!file) throw new Error(`missing part ${name}`);
  return file.async('string');
}

/** Target part paths of a part's relationships, by relationship type suffix (e.g. "notesSlide"). */
export async function relTargets(zip: JSZip, partPath: string, type: string): Promise<string[]> {
  const dir = partPath.slice(0, partPath.lastIndexOf('/'));
  const relsPath = `${dir}/_rels/${partPath.slice(dir.length + 1)}.rels`;
  const rels = await text(zip, relsPath);
  const out: string[] = [];
  for (const m of rels.matchAll(/<Relationship [^>]*Type="[^"]*\/([A-Za-z]+)"[^>]*Target="([^"]+)"/g)) {
    if (m[1] !== type) continue;
    const stack: string[] = [];
    // Targets are relative to the part's folder unless absolute (pptxgenjs writes "/ppt/charts/...").
    const full = m[2].startsWith('/') ? m[2].slice(1) : `${dir}/${m[2]}`;
    for (const p of full.split('/')) p === '..' ? stack.pop() : stack.push(p);
    out.push(stack.join('/'));
  }
  return out;
}

/** Slide part paths in presentation order. */
export async function slidePaths(zip: JSZip): Promise<string[]> {
  const pres = await text(zip, 'ppt/presentation.xml');
  const rels = await text(zip, 'ppt/_rels/presentation.xml.rels');
  const targets = new Map([...rels.matchAll(/Id="(rId\d+)"[^>]*Target="([^"]+)"/g)].map((m) => [m[1], `ppt/${m[2]}`]));
  return [...pres.matchAll(/<p:sldId [^>]*r:id="(rId\d+)"/g)].map((m) => targets.get(m[1])!);
}

/** Concatenated text of the first shape whose placeholder type matches. */
export function placeholderText(xml: string, type: string): string {
  for (const sp of xml.split('</p:sp>')) {
    if (new RegExp(`<p:ph\\b[^>]*\\btype="${type}"`).test(sp)) return decodeXml([...sp.matchAll(/<a:t>([^<]*)<\/a:t>/g)].map((m) => m[1]).join(''));
  }
  return '';
}

export interface PngInfo {
  width: number;
  height: number;
  /** Inflated image data: equal pixels compare equal whatever zlib compressed them. */
  pixels: Buffer;
}

export function readPng(bytes: Buffer): PngInfo {
  if (!bytes.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))) throw new Error('not a PNG');
  let width = 0;
  let height = 0;
  const idat: Buffer[] = [];
  for (let at = 8; at < bytes.length; ) {
    const len = bytes.readUInt32BE(at);
    const type = bytes.toString('ascii', at + 4, at + 8);
    const data = bytes.subarray(at + 8, at + 8 + len);
    if (type === 'IHDR') [width, height] = [data.readUInt32BE(0), data.readUInt32BE(4)];
    if (type === 'IDAT') idat.push(data);
    at += 12 + len;
  }
  return { width, height, pixels: inflateSync(Buffer.concat(idat)) };
}

/**
 * Every entry's content, compression-independent: PNGs by their pixels, nested zips (the chart's
 * workbook) by their own entries. Lets a regenerated deck be compared with the committed one even
 * if a different zlib build compressed it.
 */
export async function contentDigest(bytes: Buffer): Promise<Map<string, Buffer>> {
  const zip = await JSZip.loadAsync(bytes);
  const out = new Map<string, Buffer>();
  for (const name of Object.keys(zip.files).sort()) {
    if (zip.files[name].dir) continue;
    const data = await zip.files[name].async('nodebuffer');
    if (name.endsWith('.png')) out.set(name, readPng(data).pixels);
    else if (name.endsWith('.xlsx')) for (const [inner, d] of await contentDigest(data)) out.set(`${name}!${inner}`, d);
    else out.set(name, data);
  }
  return out;
}

/** Sentences of a speaker note, after removing narration directives such as [pause 1s]. */
export function sentences(notes: string): string[] {
  const spoken = notes.replace(/\[(?:pause [^\]]+|image:[^\]]+)\]/g, ' ');
  return spoken.split(/(?<=[.!?؟])\s+/).map((s) => s.trim()).filter(Boolean);
}
