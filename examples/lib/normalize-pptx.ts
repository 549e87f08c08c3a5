// Post-processing that makes pptxgenjs output reproducible and a little more like a real
// PowerPoint file:
//  - every zip entry (and the zip inside the chart's embedded workbook) gets one fixed timestamp,
//  - docProps/core.xml gets fixed created/modified dates instead of "now",
//  - speaker-notes runs, the default text style and core.xml (dc:language) carry the deck language
//    (pptxgenjs always writes en-US),
//  - the PNG fallback of each SVG picture is replaced by a real rasterisation of the same drawing
//    (pptxgenjs cannot rasterise SVG under Node and writes a "broken image" placeholder instead).
import JSZip from 'jszip';

export const FIXED_DATE = new Date('2025-01-06T09:00:00Z');

export interface NormalizeOptions {
  /** BCP 47 language tag for the notes, e.g. "es-ES". */
  lang: string;
  /** SVG document text -> PNG bytes to use as its fallback picture. */
  svgFallbacks: Map<string, Buffer>;
}

async function rezip(src: JSZip, edit: (name: string, data: Buffer) => Promise<Buffer> | Buffer): Promise<Buffer> {
  const out = new JSZip();
  // Keep pptxgenjs' entry order ([Content_Types].xml first), which PowerPoint expects.
  for (const name of Object.keys(src.files)) {
    const entry = src.files[name];
    if (entry.dir) continue;
    const data = await edit(name, await entry.async('nodebuffer'));
    out.file(name, data, { date: FIXED_DATE, createFolders: false });
  }
  return out.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE', compressionOptions: { level: 6 }, platform: 'DOS' });
}

/** Pairs of (fallback PNG path, SVG path) for every svgBlip picture in one slide. */
function svgPairs(slideXml: string, relsXml: string, slidePath: string): [string, string][] {
  const targets = new Map<string, string>();
  for (const m of relsXml.matchAll(/Id="(rId\d+)"[^>]*Target="([^"]+)"/g)) targets.set(m[1], m[2]);
  const dir = slidePath.slice(0, slidePath.lastIndexOf('/'));
  const resolve = (target: string): string => {
    const parts = `${dir}/${target}`.split('/');
    const stack: string[] = [];
    for (const p of parts) p === '..' ? stack.pop() : stack.push(p);
    return stack.join('/');
  };
  const pairs: [string, string][] = [];
  for (const m of slideXml.matchAll(/<a:blip r:embed="(rId\d+)">[\s\S]*?<asvg:svgBlip[^>]*r:embed="(rId\d+)"/g)) {
    const png = targets.get(m[1]);
    const svg = targets.get(m[2]);
    if (png && svg) pairs.push([resolve(png), resolve(svg)]);
  }
  return pairs;
}

function fixCoreDates(xml: string): string {
  const stamp = FIXED_DATE.toISOString().replace(/\.\d{3}Z$/, 'Z');
  return xml.replace(/(<dcterms:(?:created|modified)[^>]*>)[^<]*/g, `$1${stamp}`);
}

export async function normalizePptx(pptx: Buffer, options: NormalizeOptions): Promise<Buffer> {
  const zip = await JSZip.loadAsync(pptx);
  const replacements = new Map<string, Buffer>();
  for (const name of Object.keys(zip.files)) {
    const m = /^ppt\/slides\/(slide\d+\.xml)$/.exec(name);
    if (!m) continue;
    const slideXml = await zip.file(name)!.async('string');
    const rels = zip.file(`ppt/slides/_rels/${m[1]}.rels`);
    if (!rels) continue;
    for (const [pngPath, svgPath] of svgPairs(slideXml, await rels.async('string'), name)) {
      const svgText = await zip.file(svgPath)!.async('string');
      const fallback = options.svgFallbacks.get(svgText);
      if (!fallback) throw new Error(`normalizePptx: no PNG fallback registered for ${svgPath}`);
      replacements.set(pngPath, fallback);
    }
  }
  return rezip(zip, async (name, data) => {
    const replaced = replacements.get(name);
    if (replaced) return replaced;
    if (name === 'docProps/core.xml') {
      const xml = fixCoreDates(data.toString('utf8')).replace('</cp:coreProperties>', `<dc:language>${options.lang}</dc:language></cp:coreProperties>`);
      return Buffer.from(xml, 'utf8');
    }
    // Notes and the presentation's default text style carry the deck language, as PowerPoint writes them.
    if (/^ppt\/notesSlides\/notesSlide\d+\.xml$/.test(name) || name === 'ppt/presentation.xml') {
      return Buffer.from(data.toString('utf8').replace(/lang="en-US"/g, `lang="${options.lang}"`), 'utf8');
    }
    if (name.endsWith('.xlsx')) {
      // The chart's workbook is a zip of its own, with its own "now" in docProps/core.xml.
      return rezip(await JSZip.loadAsync(data), (inner, d) => (inner === 'docProps/core.xml' ? Buffer.from(fixCoreDates(d.toString('utf8')), 'utf8') : d));
    }
    return data;
  });
}
