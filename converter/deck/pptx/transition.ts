/**
 * Slide transitions (p:transition, also inside mc:AlternateContent for the Office 2010+ p14/p15
 * ones). Duration from p14:dur when given, else from spd (fast/med/slow as PowerPoint times them).
 */
import type { Transition } from '../model.js';
import type { XmlNode } from '../xml.js';
import { chooseAlternate } from './alternate-content.js';

const SPEEDS: Record<string, number> = { fast: 500, med: 750, slow: 1000 };
const UNDERSTOOD = new Set(['p14', 'p15', 'p159']);
const NOT_EFFECTS = new Set(['sndAc', 'extLst', 'ext']);

function findTransition(slide: XmlNode): XmlNode | undefined {
  for (const c of slide.children) {
    if (c.local === 'transition') return c;
    if (c.local === 'AlternateContent') {
      const t = chooseAlternate(c, UNDERSTOOD)?.children.find((n) => n.local === 'transition');
      if (t) return t;
    }
  }
  return undefined;
}

export function readTransition(slide: XmlNode | undefined): Transition | undefined {
  const t = slide ? findTransition(slide) : undefined;
  if (!t) return undefined;
  const effect = t.children.find((c) => !NOT_EFFECTS.has(c.local));
  if (!effect) return undefined;
  const out: Transition = { type: effect.local };
  const dur = Object.entries(t.attrs).find(([k]) => k === 'dur' || k.endsWith(':dur'))?.[1];
  const ms = dur !== undefined ? Number(dur) : SPEEDS[t.attr('spd') ?? 'fast'];
  if (Number.isFinite(ms)) out.durationMs = ms;
  const dir = effect.attr('dir');
  if (dir) out.direction = dir;
  return out;
}
