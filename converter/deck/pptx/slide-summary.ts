/**
 * The words of a slide: its title and all of its text, for chapters, `inspect` and the narration
 * script. Text is gathered in z-order (the order of p:spTree, which is also the usual reading order),
 * descending into groups, table cells and SmartArt data.
 *
 * Title rule: the first title or ctrTitle placeholder; its paragraphs and line breaks are joined by a
 * single space, because a title is used as one line (chapter name, outline entry).
 * Text rule: every non-empty paragraph on the slide (title included), one per line, joined by \n.
 */
import type { XmlNode } from '../xml.js';
import type { Package } from './package.js';
import { bodyParagraphs, collectLangs, oneLine, placeholderOf, textBodyOf } from './plain-text.js';

export interface SlideSummary {
  title: string;
  text: string;
  /** Characters per run language, for guessing the deck language. */
  langs: Map<string, number>;
}

const TITLE_TYPES = new Set(['title', 'ctrTitle']);

export function summariseSlide(pkg: Package, slidePart: string, root: XmlNode | undefined): SlideSummary {
  const out: SlideSummary = { title: '', text: '', langs: new Map() };
  const tree = root?.children.find((c) => c.local === 'cSld')?.children.find((c) => c.local === 'spTree');
  if (!tree) return out;
  const lines: string[] = [];
  let titleFound = false;
  const addBody = (body: XmlNode | undefined) => {
    collectLangs(body, out.langs);
    for (const p of bodyParagraphs(body)) if (p.trim() !== '') lines.push(p.trim());
  };
  const walk = (container: XmlNode) => {
    for (const c of container.children) {
      switch (c.local) {
        case 'sp': {
          const body = textBodyOf(c);
          const ph = placeholderOf(c);
          if (!titleFound && ph && TITLE_TYPES.has(ph.type)) {
            titleFound = true;
            out.title = oneLine(bodyParagraphs(body).join(' '));
          }
          addBody(body);
          break;
        }
        case 'grpSp':
          walk(c);
          break;
        case 'graphicFrame':
          graphicFrameText(pkg, slidePart, c, addBody);
          break;
        case 'AlternateContent': {
          // The Choice branch carries the real content (text, equations); Fallback is often a picture.
          const branch = c.children.find((b) => b.local === 'Choice') ?? c.children.find((b) => b.local === 'Fallback');
          if (branch) walk(branch);
          break;
        }
      }
    }
  };
  walk(tree);
  out.text = lines.join('\n');
  return out;
}

function graphicFrameText(pkg: Package, slidePart: string, frame: XmlNode, addBody: (b: XmlNode | undefined) => void): void {
  const data = frame.children.find((c) => c.local === 'graphic')?.children.find((c) => c.local === 'graphicData');
  if (!data) return;
  for (const c of data.children) {
    if (c.local === 'tbl') {
      for (const tr of c.children.filter((x) => x.local === 'tr')) {
        for (const tc of tr.children.filter((x) => x.local === 'tc')) {
          // Cells covered by a merge repeat nothing visible; their text (if any) is hidden by PowerPoint.
          if (tc.bool('hMerge', false) || tc.bool('vMerge', false)) continue;
          addBody(textBodyOf(tc));
        }
      }
    } else if (c.local === 'relIds') {
      smartArtText(pkg, slidePart, c, addBody);
    }
  }
}

/** SmartArt: the text lives in the diagram's data part, one dgm:pt per node, in model order. */
function smartArtText(pkg: Package, slidePart: string, relIds: XmlNode, addBody: (b: XmlNode | undefined) => void): void {
  const dm = Object.entries(relIds.attrs).find(([k]) => k === 'r:dm' || k.endsWith(':dm'))?.[1];
  if (!dm) return;
  const part = pkg.target(slidePart, dm);
  const root = part ? pkg.xml(part) : undefined;
  const ptLst = root?.children.find((c) => c.local === 'ptLst');
  if (!ptLst) return;
  for (const pt of ptLst.children) {
    if (pt.local !== 'pt') continue;
    const type = pt.attr('type') ?? 'node';
    if (type !== 'node') continue; // doc, parTrans, sibTrans, pres points carry no user text
    addBody(pt.children.find((c) => c.local === 't'));
  }
}
