/**
 * Speaker notes of a slide: the text of the notes slide's BODY placeholder only. A notes slide also
 * holds the slide image, a slide-number placeholder, header/footer/date placeholders: none of that is
 * something the speaker would say, so none of it is narrated.
 */
import type { Package } from './package.js';
import { bodyParagraphs, placeholderOf, textBodyOf } from './plain-text.js';
import type { XmlNode } from '../xml.js';

/** Notes text, paragraphs as \n-separated lines, trimmed at both ends ('' when the slide has none). */
export function readNotes(pkg: Package, slidePart: string): string {
  const rel = pkg.relsOfType(slidePart, '/notesSlide')[0];
  if (!rel) return '';
  const part = pkg.target(slidePart, rel.id);
  if (!part) return '';
  const root = pkg.xml(part);
  const tree = root?.path('p:cSld', 'p:spTree') ?? root?.children.find((c) => c.local === 'cSld')?.children.find((c) => c.local === 'spTree');
  if (!tree) return '';
  const lines: string[] = [];
  for (const sp of shapesIn(tree)) {
    if (placeholderOf(sp)?.type !== 'body') continue;
    lines.push(...bodyParagraphs(textBodyOf(sp)));
  }
  return trimLines(lines);
}

/** Every p:sp in the tree, groups included, in document order. */
function shapesIn(tree: XmlNode, out: XmlNode[] = []): XmlNode[] {
  for (const c of tree.children) {
    if (c.local === 'sp') out.push(c);
    else if (c.local === 'grpSp') shapesIn(c, out);
    else if (c.local === 'AlternateContent') {
      const branch = c.children.find((b) => b.local === 'Choice') ?? c.children.find((b) => b.local === 'Fallback');
      if (branch) shapesIn(branch, out);
    }
  }
  return out;
}

/** Join lines with \n, dropping trailing spaces and blank lines at the start and end only. */
export function trimLines(lines: string[]): string {
  const clean = lines.map((l) => l.replace(/[ \t\u00a0]+$/gm, ''));
  while (clean.length && clean[0].trim() === '') clean.shift();
  while (clean.length && clean[clean.length - 1].trim() === '') clean.pop();
  return clean.join('\n');
}
