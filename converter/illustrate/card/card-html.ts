/**
 * The offline "concept card" as one self-contained HTML document: inline CSS and SVG, fonts by
 * family name from the system, no scripts and no URLs, so the locked-down Chromium page of the
 * shared pool renders it exactly and nothing in the deck's text can reach the network.
 */
import type { StyleLock } from '../style/style-lock.js';
import { dominantScript } from '../text/scripts.js';
import type { CardSpec, FrameSize } from '../types.js';
import { cardCss } from './card-css.js';
import type { Box } from './card-frame.js';
import { comparisonLayout, conceptLayout, numberLayout, stepsLayout, type LayoutResult } from './card-layouts.js';
import { esc } from './card-parts.js';

export interface BuiltCard {
  html: string;
  /** Where text may appear (for the pixel tests). */
  textBoxes: Box[];
  /** Where the main illustrations are. */
  artBoxes: Box[];
}

export interface CardHtmlOptions {
  /** Draw text transparent (tests diff a card against this to find every text pixel). */
  hideText?: boolean;
}

export function buildCardHtml(spec: CardSpec, lock: StyleLock, size: FrameSize, opts: CardHtmlOptions = {}): BuiltCard {
  const all = [spec.kicker, spec.headline, ...spec.points, ...(spec.sides ?? []), ...(spec.steps ?? []).map((x) => x.text)].join(' ');
  const script = dominantScript(all);
  const layout = pickLayout(spec);
  const built: LayoutResult = layout(spec, lock, size);
  const p = lock.palette;
  const stripe = `<div class="stripe"><i style="background:#${p.accent}"></i><i style="background:#${p.accent2}"></i><i style="background:#${p.accent3}"></i></div>`;
  const html =
    `<!doctype html><html lang="${esc(spec.lang || 'en')}" dir="${spec.dir}"><head><meta charset="utf-8">` +
    `<style>${cardCss(lock, { ...size, s: Math.min(size.width, size.height) / 1080 }, script, !!opts.hideText)}</style></head>` +
    `<body>${built.html}${stripe}</body></html>`;
  return { html, textBoxes: built.textBoxes, artBoxes: built.artBoxes };
}

function pickLayout(spec: CardSpec): (spec: CardSpec, lock: StyleLock, size: FrameSize) => LayoutResult {
  if (spec.layout === 'comparison' && spec.sides) return comparisonLayout;
  if (spec.layout === 'steps' && spec.steps?.length) return stepsLayout;
  if (spec.layout === 'number' && spec.figure) return numberLayout;
  return conceptLayout;
}
