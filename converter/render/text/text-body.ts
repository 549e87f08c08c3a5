/**
 * A text body -> an absolutely placed box in its shape: insets, vertical anchoring (flex), wrapping,
 * vertical and rotated text, columns, and autofit. Paragraphs are flex items so that space after one
 * paragraph and space before the next add up, as in PowerPoint, instead of collapsing as CSS margins do.
 */
import type { Shadow, TextBody } from '../../deck/model.js';
import { cssTextShadow } from '../paint/shadow.js';
import type { RenderContext } from '../render-context.js';
import { num, px } from '../units.js';
import { paragraphHtml } from './paragraph.js';
import { textScale } from './text-scale.js';

export interface TextPlacement {
  /** The text rectangle inside the element's box, px. */
  x: number;
  y: number;
  w: number;
  h: number;
  /** Undo the element's mirror (PowerPoint never mirrors text; a vertical flip turns it upside down). */
  unmirror: boolean;
  /** The element's own rotation, undone when the body asks to stay upright. */
  elementRotation: number;
  /** Shadow of a shape without fill or line: PowerPoint puts it on the glyphs. */
  textShadow?: Shadow;
  /** In the page flow (table cells): fills its container and may grow it instead of overflowing. */
  flow?: boolean;
}

const JUSTIFY = { t: 'flex-start', ctr: 'center', b: 'flex-end' } as const;
const SELF = { l: 'flex-start', ctr: 'center', r: 'flex-end', just: 'flex-start', dist: 'flex-start' } as const;

export function hasText(body: TextBody | undefined): body is TextBody {
  return !!body && body.paragraphs.some((p) => p.runs.some((r) => r.kind === 'field' || r.kind === 'text' ? r.text.trim().length > 0 : false) || p.bullet.type !== 'none');
}

export function textBodyHtml(body: TextBody, at: TextPlacement, ctx: RenderContext): string {
  const scale = textScale(body);
  const vertical = body.vert === 'vert' || body.vert === 'vert270' || body.vert === 'wordArtVertRtl';
  // Text turned by 90 degrees is laid out horizontally in the swapped box, then the box is turned.
  const [bw, bh] = vertical ? [at.h, at.w] : [at.w, at.h];
  const turns: string[] = [];
  if (at.unmirror) turns.push('scaleX(-1)');
  if (body.upright && at.elementRotation) turns.push(`rotate(${num(-at.elementRotation)}deg)`);
  if (body.vert === 'vert' || body.vert === 'wordArtVertRtl') turns.push('rotate(90deg)');
  if (body.vert === 'vert270') turns.push('rotate(-90deg)');
  if (body.rotation) turns.push(`rotate(${num(body.rotation)}deg)`);
  // Insets stay with the shape's sides: turned text takes its top inset from the side its lines start at.
  const i = body.insets;
  const ins =
    body.vert === 'vert' || body.vert === 'wordArtVertRtl' ? { t: i.r, r: i.b, b: i.l, l: i.t }
      : body.vert === 'vert270' ? { t: i.l, r: i.t, b: i.r, l: i.b }
        : i;
  const place = at.flow
    ? ['position:relative', 'width:100%', 'min-height:100%']
    : ['position:absolute', `left:${num(at.x + (at.w - bw) / 2)}px`, `top:${num(at.y + (at.h - bh) / 2)}px`, `width:${num(bw)}px`, `height:${num(bh)}px`];
  const outer = [
    ...place,
    'box-sizing:border-box',
    `padding:${num(px(ins.t))}px ${num(px(ins.r))}px ${num(px(ins.b))}px ${num(px(ins.l))}px`,
    'display:flex',
    'flex-direction:column',
    `justify-content:${JUSTIFY[body.anchor] ?? 'flex-start'}`,
  ];
  if (turns.length) outer.push(`transform:${turns.join(' ')}`);
  if (body.vert === 'eaVert' || body.vert === 'mongolianVert' || body.vert === 'wordArtVert') {
    outer.push('writing-mode:vertical-rl');
    if (body.vert === 'wordArtVert') outer.push('text-orientation:upright');
  }
  if (scale.shrink) outer.push('--fs:1');
  if (at.textShadow) outer.push(`text-shadow:${cssTextShadow(at.textShadow)}`);
  const inner: string[] = [];
  if (body.columns > 1) inner.push(`column-count:${body.columns}`, 'column-gap:0.25in', 'height:100%');
  else inner.push('display:flex', 'flex-direction:column');
  if (body.anchorCtr) inner.push('align-self:center', 'width:max-content', 'max-width:100%');
  if (!body.wrap) inner.push('white-space:pre');
  const paras = body.paragraphs
    .map((p, i) => {
      // Unwrapped lines overflow the box on the side their alignment points away from (both when centred).
      const extra = !body.wrap && body.columns <= 1 ? [`align-self:${SELF[p.align] ?? 'flex-start'}`, 'width:max-content'] : [];
      return paragraphHtml(p, scale, ctx, i === 0, extra);
    })
    .join('');
  const shrink = scale.shrink ? ' data-shrink' : '';
  return `<div class="tb"${shrink} style="${outer.join(';')}"><div class="tc" style="${inner.join(';')}">${paras}</div></div>`;
}
