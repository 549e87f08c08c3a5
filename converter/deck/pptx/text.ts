/**
 * Text bodies (p:txBody, a:txBody) into the model: body properties, paragraphs with their resolved
 * level properties and bullets (automatic numbers worked out), and runs with resolved properties.
 */
import type { Color, Paragraph, Run, Spacing, TextBody } from '../model.js';
import type { XmlNode } from '../xml.js';
import { resolveBodyProps } from './body-props.js';
import { readBullet, Numbering } from './bullets.js';
import { formatDateField } from './date-fields.js';
import type { ReadContext } from './read-context.js';
import { applyRunLink, resolveRunProps } from './text-run.js';
import { levelNodes, overrideStyle, plainBase, PropStack, type TextOverrides } from './text-styles.js';

export interface TextSources {
  /** List styles below the body's own a:lstStyle, lowest first. */
  styles: XmlNode[];
  /** Inherited a:bodyPr nodes, lowest first (the body's own is added on top). */
  bodyPrs: XmlNode[];
}

/** Text that is not in a placeholder: defaultTextStyle, master otherStyle, overrides, then lstStyle. */
export function readPlainTextBody(txBody: XmlNode, ctx: ReadContext, overrides?: TextOverrides): TextBody {
  const styles = plainBase(ctx);
  const o = overrides ? overrideStyle(overrides) : undefined;
  if (o) styles.push(o);
  return readTextBody(txBody, ctx, { styles, bodyPrs: [] });
}

const ALIGNS: Record<string, Paragraph['align']> = { l: 'l', ctr: 'ctr', r: 'r', just: 'just', justLow: 'just', dist: 'dist', thaiDist: 'dist' };

export function readTextBody(txBody: XmlNode, ctx: ReadContext, src: TextSources): TextBody {
  const own = txBody.children.find((c) => c.local === 'bodyPr');
  const body = resolveBodyProps(own ? [...src.bodyPrs, own] : src.bodyPrs);
  const lst = txBody.children.find((c) => c.local === 'lstStyle');
  const styles = lst ? [...src.styles, lst] : src.styles;
  const numbering = new Numbering();
  const paragraphs = txBody.children.filter((c) => c.local === 'p').map((p) => readParagraph(p, styles, ctx, numbering));
  return { ...body, paragraphs };
}

function readParagraph(p: XmlNode, styles: XmlNode[], ctx: ReadContext, numbering: Numbering): Paragraph {
  const pPr = p.child('a:pPr');
  const level = Math.min(8, Math.max(0, pPr?.num('lvl', 0) ?? 0));
  const pNodes = levelNodes(styles, level);
  if (pPr) pNodes.push(pPr);
  const s = new PropStack(pNodes);
  const defRPrs = pNodes.map((n) => n.child('a:defRPr')).filter((n): n is XmlNode => !!n);
  const runs = readRuns(p, defRPrs, ctx);
  const end = p.child('a:endParaRPr');
  const endSize = resolveRunProps(end ? [...defRPrs, end] : defRPrs, ctx).size;
  const hasText = runs.some((r) => r.kind !== 'break' && r.text !== '');
  const firstSize = runs.find((r) => r.kind !== 'break')?.size ?? endSize;
  const firstColor: Color | undefined = runs.find((r) => r.kind !== 'break')?.color;
  return {
    level,
    align: ALIGNS[s.attr('algn') ?? 'l'] ?? 'l',
    rtl: s.bool('rtl') ?? false,
    marginLeft: s.num('marL') ?? 0,
    indent: s.num('indent') ?? 0,
    lineSpacing: spacing(s, 'lnSpc') ?? { pct: 1 },
    spaceBefore: spacing(s, 'spcBef') ?? { pts: 0 },
    spaceAfter: spacing(s, 'spcAft') ?? { pts: 0 },
    bullet: readBullet(s, ctx, { level, hasText, firstSize, firstColor }, numbering),
    runs,
    endSize,
    tabSize: s.num('defTabSz') ?? 914400,
  };
}

function spacing(s: PropStack, local: string): Spacing | undefined {
  const n = s.pick(local)?.node;
  if (!n) return undefined;
  const pct = n.child('a:spcPct');
  if (pct) return { pct: pct.num('val', 100000) / 100000 };
  const pts = n.child('a:spcPts');
  if (pts) return { pts: pts.num('val', 0) / 100 };
  return undefined;
}

/** Run-level children, with mc:AlternateContent (equations) replaced by their fallback runs. */
function runNodes(p: XmlNode): XmlNode[] {
  if (!p.children.some((c) => c.local === 'AlternateContent')) return p.children;
  return p.children.flatMap((c) => (c.local === 'AlternateContent' ? c.children.find((b) => b.local === 'Fallback')?.children ?? [] : [c]));
}

function readRuns(p: XmlNode, defRPrs: XmlNode[], ctx: ReadContext): Run[] {
  const runs: Run[] = [];
  for (const c of runNodes(p)) {
    if (c.local !== 'r' && c.local !== 'br' && c.local !== 'fld') continue;
    const rPr = c.child('a:rPr');
    const props = resolveRunProps(rPr ? [...defRPrs, rPr] : defRPrs, ctx);
    applyRunLink(props, rPr, ctx);
    if (c.local === 'br') {
      runs.push({ kind: 'break', text: '\n', ...props });
      continue;
    }
    const whole = c.child('a:t')?.deepText() ?? '';
    const text = ctx.budget ? ctx.budget.runText(whole) : whole;
    if (c.local === 'r') {
      runs.push({ kind: 'text', text, ...props });
      continue;
    }
    const type = c.attr('type') ?? '';
    runs.push({ kind: 'field', text: fieldText(type, text, ctx), fieldType: type, ...props });
  }
  return runs;
}

function fieldText(type: string, saved: string, ctx: ReadContext): string {
  if (type === 'slidenum') return ctx.slideNumber > 0 ? String(ctx.slideNumber) : saved;
  if (type.startsWith('datetime')) return formatDateField(type);
  return saved;
}
