/**
 * One slide -> one self-contained HTML page: absolute layout in CSS px (96 per inch), inline SVG for
 * geometry and charts, pictures as data: URIs, a Content-Security-Policy that forbids scripts and any
 * load other than data:/blob:. Pure: no I/O, same input -> same bytes.
 */
import type { Deck, Slide } from '../deck/model.js';
import { elementBackground } from './chart/chart-background.js';
import { elementHtml } from './elements/element.js';
import { FONT_FACES } from './fonts.js';
import type { RenderContext } from './render-context.js';
import { num, px } from './units.js';

export interface SlidePage {
  html: string;
  /** Page size in CSS px. */
  width: number;
  height: number;
  /** The page has text boxes to shrink-fit in the browser before the screenshot (changed text). */
  needsShrink: boolean;
}

const CSP = "default-src 'none'; img-src data: blob:; style-src 'unsafe-inline'; font-src data:";

const BASE_CSS = `html,body{margin:0;padding:0;overflow:hidden;background:#fff}
#slide{position:absolute;left:0;top:0;overflow:hidden}
.e,.grp{position:absolute}
.grp{left:0;top:0;width:100%;height:100%}
.g{position:absolute;left:0;top:0;overflow:visible}
.tb{overflow:visible;-webkit-font-smoothing:antialiased;text-rendering:geometricPrecision;font-kerning:normal}
.tc{min-width:0}
p{margin:0;white-space:pre-wrap;overflow-wrap:break-word;line-break:auto}
.td{position:relative;min-width:0}
.tbd{position:absolute;z-index:1;box-sizing:border-box}
img{display:block;max-width:none}`;

export function slideHtml(deck: Pick<Deck, 'size'>, slide: Slide, ctx: RenderContext): SlidePage {
  const width = px(deck.size.width);
  const height = px(deck.size.height);
  const bg = elementBackground(slide.background, ctx, width, height);
  const background = bg ? `<svg class="g" width="${num(width)}" height="${num(height)}">${bg}</svg>` : '';
  const body = slide.elements.map((el) => elementHtml(el, ctx)).join('');
  const html =
    `<!DOCTYPE html><html><head><meta charset="utf-8"><meta http-equiv="Content-Security-Policy" content="${CSP}">` +
    `<style>${FONT_FACES}\n${BASE_CSS}\n${ctx.css()}</style></head><body>` +
    `<div id="slide" style="width:${num(width)}px;height:${num(height)}px">${background}${body}</div></body></html>`;
  return { html, width, height, needsShrink: body.includes(' data-shrink') };
}
