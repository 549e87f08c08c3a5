/**
 * A slide at one of its build steps, as a plain Slide the renderer draws like any other: elements not
 * yet shown (or already gone) are left out, paragraphs not yet shown keep their place in the layout but
 * are not drawn, a hidden background leaves the shape's text alone. Also the text each click reveals,
 * for tying clicks to the narration. Pure: model in, model out.
 */
import type { BuildTarget, Paragraph, ShapeElement, Slide, SlideElement } from './model.js';

type Hidden = Map<string, BuildTarget[]>;

function hiddenAt(slide: Slide, step: number): Hidden {
  const out: Hidden = new Map();
  for (const t of slide.build?.steps[step]?.hidden ?? []) out.set(t.shape, [...(out.get(t.shape) ?? []), t]);
  return out;
}

/** The slide at step `step` (0 = before the first click), without its build; the flat slide when it has none. */
export function slideAtStep(slide: Slide, step: number): Slide {
  const { build: _build, ...flat } = slide;
  const hidden = hiddenAt(slide, step);
  if (hidden.size === 0) return flat;
  return { ...flat, elements: withHidden(flat.elements, hidden) };
}

function withHidden(elements: SlideElement[], hidden: Hidden): SlideElement[] {
  const out: SlideElement[] = [];
  for (const el of elements) {
    const targets = el.origin === 'slide' ? hidden.get(el.id) : undefined;
    if (targets?.some((t) => !t.background && !t.paragraphs)) continue;
    let next: SlideElement = el;
    // SmartArt groups hold the diagram drawing's own ids, which spTgt never names.
    if (next.kind === 'group' && !next.smartArt) next = { ...next, children: withHidden(next.children, hidden) };
    for (const t of targets ?? []) if (next.kind === 'shape') next = hideIn(next, t);
    out.push(next);
  }
  return out;
}

function hideIn(el: ShapeElement, t: BuildTarget): ShapeElement {
  if (t.background) {
    const { shadow: _shadow, ...rest } = el;
    return { ...rest, fill: { type: 'none' }, line: { ...el.line, width: 0 } };
  }
  if (!el.text || !t.paragraphs) return el;
  const off = new Set(t.paragraphs);
  const paragraphs = el.text.paragraphs.map((p, i): Paragraph => (off.has(i) ? { ...p, invisible: true } : p));
  return { ...el, text: { ...el.text, paragraphs } };
}

/**
 * The text that click `step` brings onto the slide (what was hidden before it and is shown after);
 * for step 0, the text on the slide before the first click.
 */
export function revealedText(slide: Slide, step: number): string {
  const before: Hidden = step > 0 ? hiddenAt(slide, step - 1) : new Map();
  const after = hiddenAt(slide, step);
  const lines: string[] = [];
  const visit = (elements: SlideElement[], shownAll: boolean) => {
    for (const el of elements) {
      const was = el.origin === 'slide' ? before.get(el.id) : undefined;
      const is = el.origin === 'slide' ? after.get(el.id) : undefined;
      if (is?.some((t) => !t.background && !t.paragraphs)) continue;
      const appears = shownAll || !!was?.some((t) => !t.background && !t.paragraphs);
      if (el.kind === 'group' && !el.smartArt) {
        visit(el.children, appears);
        continue;
      }
      const paragraphs = textOf(el);
      const hiddenNow = new Set(is?.flatMap((t) => t.paragraphs ?? []));
      const hiddenThen = new Set(was?.flatMap((t) => t.paragraphs ?? []));
      paragraphs.forEach((text, i) => {
        if (!hiddenNow.has(i) && (appears || hiddenThen.has(i)) && text.trim()) lines.push(text);
      });
    }
  };
  visit(slide.elements, step === 0);
  return lines.join('\n');
}

/** Each paragraph's text of an element (table cells one after another; SmartArt from its shapes). */
function textOf(el: SlideElement): string[] {
  const para = (p: Paragraph) => p.runs.map((r) => (r.kind === 'break' ? ' ' : r.text)).join('');
  switch (el.kind) {
    case 'shape':
      return el.text ? el.text.paragraphs.map(para) : [];
    case 'table':
      return el.rows.flatMap((r) => r.cells.filter((c) => !c.merged).flatMap((c) => c.text.paragraphs.map(para)));
    case 'group':
      return el.children.flatMap(textOf);
    case 'chart':
      return el.chart.title ? [el.chart.title] : [];
    default:
      return [];
  }
}
