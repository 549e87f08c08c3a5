/**
 * Paragraph bullets (buNone/buChar/buAutoNum/buBlip with buFont/buClr/buSz*) and automatic numbers.
 * Numbering follows PowerPoint: it continues among paragraphs of the same level with the same scheme
 * and start value, deeper levels in between do not break it, a shallower paragraph restarts the deeper
 * ones, and a paragraph of that level with another bullet (or none) restarts it. Empty paragraphs show
 * no bullet and leave the count alone.
 */
import type { Bullet, Color } from '../model.js';
import { readColor } from './color.js';
import { blipImage } from './fill.js';
import { forPart, type ReadContext } from './read-context.js';
import { autonumText } from './autonum.js';
import { PropStack, resolveTypeface, stylePart } from './text-styles.js';

interface Counter {
  /** Scheme and start value: PowerPoint writes both on every paragraph of one numbered sequence. */
  key: string;
  next: number;
}

export class Numbering {
  private counters = new Map<number, Counter>();

  /** Number for an autonum paragraph at `level`. */
  take(level: number, scheme: string, startAt: number): number {
    this.dropDeeper(level);
    const key = `${scheme}@${startAt}`;
    const c = this.counters.get(level);
    if (c && c.key === key) return c.next++;
    this.counters.set(level, { key, next: startAt + 1 });
    return startAt;
  }

  /** A non-numbered paragraph with text at `level`. */
  reset(level: number): void {
    this.dropDeeper(level);
    this.counters.delete(level);
  }

  private dropDeeper(level: number): void {
    for (const l of [...this.counters.keys()]) if (l > level) this.counters.delete(l);
  }
}

export interface BulletInfo {
  level: number;
  hasText: boolean;
  /** Size (pt) and colour of the first run, for buSzPts and buClrTx. */
  firstSize: number;
  firstColor?: Color;
}

const NONE: Bullet = { type: 'none' };

export function readBullet(s: PropStack, ctx: ReadContext, info: BulletInfo, numbering: Numbering): Bullet {
  const kind = s.pick('buNone', 'buChar', 'buAutoNum', 'buBlip');
  if (!info.hasText) return NONE;
  if (!kind || kind.node.local === 'buNone') {
    numbering.reset(info.level);
    return NONE;
  }
  const sizePct = bulletSize(s, info.firstSize);
  const font = bulletFont(s, ctx);
  const color = bulletColor(s, ctx);
  const extra = { ...(font ? { font } : {}), ...(color ? { color } : {}) };
  const n = kind.node;
  if (n.local === 'buAutoNum') {
    const scheme = n.attr('type') ?? 'arabicPeriod';
    const number = numbering.take(info.level, scheme, n.num('startAt', 1));
    return { type: 'autonum', scheme, number, text: autonumText(scheme, number), ...extra, sizePct };
  }
  numbering.reset(info.level);
  if (n.local === 'buChar') return { type: 'char', char: n.attr('char') ?? '•', ...extra, sizePct };
  // Bullet pictures resolve against the part whose style holds them (often the master).
  const part = stylePart(kind.owner);
  const image = blipImage(n.child('a:blip'), part ? forPart(ctx, part) : ctx);
  return image ? { type: 'picture', image, sizePct } : { type: 'char', char: '•', sizePct };
}

function bulletSize(s: PropStack, firstSize: number): number {
  const sz = s.pick('buSzPct', 'buSzPts', 'buSzTx')?.node;
  if (!sz || sz.local === 'buSzTx') return 1;
  if (sz.local === 'buSzPct') return sz.num('val', 100000) / 100000;
  return firstSize > 0 ? sz.num('val', 0) / 100 / firstSize : 1;
}

function bulletFont(s: PropStack, ctx: ReadContext): string | undefined {
  const f = s.pick('buFont', 'buFontTx')?.node;
  if (!f || f.local === 'buFontTx') return undefined;
  return resolveTypeface(f.attr('typeface') ?? '', ctx.theme) || undefined;
}

function bulletColor(s: PropStack, ctx: ReadContext): Color | undefined {
  const c = s.pick('buClr', 'buClrTx')?.node;
  if (!c || c.local === 'buClrTx') return undefined;
  return readColor(c, ctx);
}
