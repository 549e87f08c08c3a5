/**
 * Plain text out of DrawingML text bodies (a:txBody / p:txBody / dgm:t): what the narrator, the
 * chapter titles and `inspect` need. Styling is the visual model's business, not this file's.
 */
import type { XmlNode } from '../xml.js';

/** Text of one a:p: runs and fields in order; a:br (a line break inside the paragraph) becomes \n. */
export function paragraphText(p: XmlNode): string {
  let s = '';
  for (const c of p.children) {
    switch (c.local) {
      case 'r':
      case 'fld':
        s += runText(c);
        break;
      case 'br':
        s += '\n';
        break;
    }
  }
  return s;
}

function runText(r: XmlNode): string {
  let s = '';
  for (const t of r.children) if (t.local === 't') s += t.deepText();
  return s;
}

/** The a:p paragraphs of a text body, as strings (empty paragraphs kept as ''). */
export function bodyParagraphs(body: XmlNode | undefined): string[] {
  if (!body) return [];
  return body.children.filter((c) => c.local === 'p').map(paragraphText);
}

/** A shape's text body, whatever prefix the part uses (p:txBody on slides, a:txBody in tables, dsp:txBody). */
export function textBodyOf(node: XmlNode): XmlNode | undefined {
  return node.children.find((c) => c.local === 'txBody');
}

/** Language tags of the runs in a text body, with how many characters each covers. */
export function collectLangs(body: XmlNode | undefined, into: Map<string, number>): void {
  if (!body) return;
  for (const p of body.children) {
    if (p.local !== 'p') continue;
    for (const r of p.children) {
      if (r.local !== 'r' && r.local !== 'fld') continue;
      const lang = r.children.find((c) => c.local === 'rPr')?.attr('lang');
      const len = runText(r).trim().length;
      if (lang && len > 0) into.set(lang, (into.get(lang) ?? 0) + len);
    }
  }
}

/** Placeholder info of a shape (p:nvSpPr/p:nvPr/p:ph), if it is one. */
export function placeholderOf(sp: XmlNode): { type: string; idx?: number } | undefined {
  const nv = sp.children.find((c) => c.local.startsWith('nv') && c.local.endsWith('Pr'));
  const ph = nv?.children.find((c) => c.local === 'nvPr')?.children.find((c) => c.local === 'ph');
  if (!ph) return undefined;
  const idx = ph.num('idx');
  // ST_PlaceholderType defaults to "obj" when the attribute is absent.
  return { type: ph.attr('type') ?? 'obj', ...(idx === undefined ? {} : { idx }) };
}

/** Collapse a multi-line text into one line (titles become chapter names). */
export function oneLine(s: string): string {
  return s.replace(/[\s\u000b]+/g, ' ').trim();
}
