/**
 * The four card layouts. Each returns its markup and the boxes its text lives in (the e2e test
 * checks that every text pixel falls inside them).
 */
import type { StyleLock } from '../style/style-lock.js';
import type { CardSpec } from '../types.js';
import { boxCss, cardFrame, mirror, round, type Box, type CardFrame } from './card-frame.js';
import { artBlob, columnHtml, esc, fitColumn, textBlock } from './card-parts.js';
import { countLines, fitFontSize } from './fit-text.js';

export interface LayoutResult {
  html: string;
  textBoxes: Box[];
  artBoxes: Box[];
}

type Size = { width: number; height: number };

export function conceptLayout(spec: CardSpec, lock: StyleLock, size: Size): LayoutResult {
  const frame = cardFrame(size, spec.dir === 'rtl', 0.48);
  const art = artBlob(frame.art, spec.icon, lock.palette, spec.variant);
  const t = { kicker: spec.kicker, headline: spec.headline, points: spec.points };
  const sizes = fitColumn(t, frame.text, frame.s);
  return { html: art.html + columnHtml(t, sizes, frame.text, frame, lock.palette), textBoxes: [frame.text], artBoxes: [art.icon] };
}

export function numberLayout(spec: CardSpec, lock: StyleLock, size: Size): LayoutResult {
  const frame = cardFrame(size, spec.dir === 'rtl', 0.42);
  const s = frame.s;
  const art = artBlob(frame.art, spec.icon, lock.palette, spec.variant, 0.78);
  const figure = spec.figure ?? { value: '', caption: spec.headline };
  const box = frame.text;
  const wideFrame = frame.orientation === 'landscape';
  const figSize = fitFontSize(figure.value, box.w, 1, (wideFrame ? 230 : 170) * s, 80 * s, true);
  const kicker = Math.round(30 * s);
  // The figure's line box plus the kicker come off the top; the caption and points share the rest.
  const rest = { ...box, h: Math.round(box.h - figSize * 1.05 - kicker * 1.3 - 20 * s) };
  const sizes = fitColumn({ kicker: '', headline: figure.caption, points: spec.points.slice(0, 2) }, rest, s, 58, 34);
  const html = [
    art.html,
    `<div class="abs col" style="${boxCss(box)}${wideFrame ? '' : ';justify-content:flex-start'}">`,
    textBlock('kicker', spec.kicker || spec.headline, kicker, 1, `margin-bottom:${Math.round(20 * s)}px`),
    `<div class="t figure" style="font-size:${figSize}px;margin-bottom:${Math.round(18 * s)}px">${esc(figure.value)}</div>`,
    textBlock('headline', figure.caption, sizes.headline, 3, 'font-weight:600'),
    sizes.points.length ? '<div class="bar"></div>' : '',
    sizes.points.length
      ? `<div>${columnPoints(sizes.points, sizes.point, lock)}</div>`
      : '',
    '</div>',
  ].join('');
  return { html, textBoxes: [box], artBoxes: [art.icon] };
}

function columnPoints(points: string[], size: number, lock: StyleLock): string {
  const colors = [lock.palette.accent, lock.palette.accent2, lock.palette.accent3];
  return `<ul class="points">${points
    .map((pt, i) => `<li><span class="dot" style="background:#${colors[i % 3]};margin-top:${Math.round(size * 0.42)}px"></span>${textBlock('point', pt, size, 3)}</li>`)
    .join('')}</ul>`;
}

/** Kicker + headline across the top of the frame (comparison and steps). */
function header(spec: CardSpec, frame: CardFrame, box: Box, align: 'center' | 'start'): string {
  const s = frame.s;
  const kicker = spec.kicker ? 28 * s * 1.25 + 14 * s : 0;
  // One line as large as the box allows; if the headline needs two, both lines must fit the height.
  const oneLine = Math.min(96 * s, (box.h - kicker) / 1.12);
  const head =
    countLines(spec.headline, oneLine, box.w * 0.94, true) === 1
      ? Math.floor(oneLine)
      : fitFontSize(spec.headline, box.w, 2, Math.min(96 * s, (box.h - kicker) / 2.24), 30 * s, true);
  return [
    `<div class="abs col" style="${boxCss(box)};text-align:${align}">`,
    spec.kicker ? textBlock('kicker', spec.kicker, Math.round(28 * s), 1, `margin-bottom:${Math.round(14 * s)}px`) : '',
    textBlock('headline', spec.headline, head, 2),
    '</div>',
  ].join('');
}

export function comparisonLayout(spec: CardSpec, lock: StyleLock, size: Size): LayoutResult {
  const frame = cardFrame(size, spec.dir === 'rtl');
  const { width: W, height: H, s } = frame;
  const wide = frame.orientation === 'landscape';
  const padX = W * (wide ? 0.07 : 0.08);
  const top = round({ x: padX, y: H * 0.07, w: W - 2 * padX, h: H * (wide ? 0.2 : 0.12) });
  const gap = (wide ? W : H) * 0.06;
  const areaTop = top.y + top.h + H * 0.04;
  const areaMax = H - areaTop - H * 0.07;
  const panelW = wide ? (W - 2 * padX - gap) / 2 : W - 2 * padX;
  // Panels as tall as their content (illustration, label, one note), centred in the space left.
  const artH = wide ? Math.min(panelW * 0.5, areaMax * 0.52) : 0;
  const contentH = wide ? artH + 58 * s * 1.12 * 2 + 18 * s + 30 * s * 1.34 * 2 + 40 * s : 0;
  const areaH = wide ? Math.min(areaMax, contentH + 40 * s) : areaMax;
  const areaY = areaTop + (areaMax - areaH) / 2;
  const panels: Box[] = wide
    ? [0, 1].map((i) => round({ x: padX + i * (panelW + gap), y: areaY, w: panelW, h: areaH }))
    : [0, 1].map((i) => round({ x: padX, y: areaY + i * ((areaH + gap) / 2), w: panelW, h: (areaH - gap) / 2 }));
  const ordered = frame.rtl && wide ? panels.map((b) => mirror(b, W)) : panels;
  const sides = spec.sides ?? [spec.headline, ''];
  const icons = [spec.icon, spec.icon2 ?? spec.icon];
  const notes = spec.sidePoints ?? ['', ''];
  const textBoxes: Box[] = [top];
  const artBoxes: Box[] = [];
  const parts: string[] = [header(spec, frame, top, 'center')];
  ordered.forEach((panel, i) => {
    parts.push(`<div class="panel" style="${boxCss(panel)}"></div>`);
    const artArea = wide
      ? round({ x: panel.x, y: panel.y + 24 * s, w: panel.w, h: artH })
      : round({ x: frame.rtl ? panel.x + panel.w - panel.h : panel.x, y: panel.y + panel.h * 0.05, w: panel.h, h: panel.h * 0.9 });
    const art = artBlob(artArea, icons[i]!, i === 0 ? lock.palette : { ...lock.palette, tint: lock.palette.tint2 }, spec.variant + i, 0.82);
    parts.push(art.html);
    artBoxes.push(art.icon);
    const textBox = wide
      ? round({ x: panel.x + panel.w * 0.08, y: artArea.y + artArea.h + 16 * s, w: panel.w * 0.84, h: panel.y + panel.h - (artArea.y + artArea.h + 16 * s) - 30 * s })
      : round({ x: frame.rtl ? panel.x + panel.w * 0.05 : panel.x + panel.h, y: panel.y + panel.h * 0.08, w: panel.w - panel.h - panel.w * 0.05, h: panel.h * 0.84 });
    const label = fitFontSize(sides[i]!, textBox.w, 2, 58 * s, 36 * s, true);
    const note = notes[i] ?? '';
    const noteSize = Math.round(32 * s);
    const labelLines = Math.min(2, countLines(sides[i]!, label, textBox.w * 0.94, true));
    const noteLines = Math.max(1, Math.min(3, Math.floor((textBox.h - labelLines * label * 1.12 - 18 * s) / (noteSize * 1.34))));
    parts.push(
      `<div class="abs col" style="${boxCss(textBox)};justify-content:flex-start;text-align:${wide ? 'center' : 'start'}">` +
        textBlock('headline', sides[i]!, label, 2) +
        (note ? textBlock('point', note, noteSize, noteLines, `margin-top:${Math.round(18 * s)}px`) : '') +
        '</div>',
    );
    textBoxes.push(textBox);
  });
  // The "vs" badge sits on the seam between the panels, level with the illustrations.
  const b = Math.round(118 * s);
  const badge = wide
    ? { x: Math.round(W / 2 - b / 2), y: Math.round(areaY + 24 * s + artH / 2 - b / 2), w: b, h: b }
    : { x: Math.round(W / 2 - b / 2), y: Math.round(areaY + areaH / 2 - b / 2), w: b, h: b };
  parts.push(`<div class="abs badge" style="${boxCss(badge)};font-size:${Math.round(44 * s)}px"><span class="t">${esc(vsWord(spec.lang))}</span></div>`);
  textBoxes.push(badge);
  return { html: parts.join(''), textBoxes, artBoxes };
}

function vsWord(lang: string): string {
  return lang === 'ar' ? 'مقابل' : lang === 'hi' ? 'बनाम' : 'vs';
}

export function stepsLayout(spec: CardSpec, lock: StyleLock, size: Size): LayoutResult {
  const frame = cardFrame(size, spec.dir === 'rtl');
  const { width: W, height: H, s } = frame;
  const wide = frame.orientation === 'landscape';
  const steps = spec.steps ?? [];
  const padX = W * 0.07;
  const headBox = round({ x: padX, y: H * 0.08, w: (W - 2 * padX) * (wide ? 0.7 : 0.62), h: H * (wide ? 0.26 : 0.16) });
  const artArea = round({ x: W - padX - H * (wide ? 0.3 : 0.2), y: H * (wide ? 0.03 : 0.05), w: H * (wide ? 0.34 : 0.2), h: H * (wide ? 0.36 : 0.2) });
  const head = frame.rtl ? mirror(headBox, W) : headBox;
  const artBox = frame.rtl ? mirror(artArea, W) : artArea;
  const art = artBlob(artBox, spec.icon, lock.palette, spec.variant, 0.86);
  const parts = [art.html, header(spec, frame, head, 'start')];
  const textBoxes: Box[] = [head];
  const areaTop = H * (wide ? 0.4 : 0.3);
  const areaMax = H * (wide ? 0.52 : 0.62);
  const n = Math.max(1, steps.length);
  const gap = (wide ? W : H) * 0.035;
  const colors = [lock.palette.accent, lock.palette.accent2, lock.palette.accent3, lock.palette.accent];
  const badge = Math.round(80 * s);
  const icon = Math.round(64 * s);
  const inset = Math.round(36 * s);
  const colW = wide ? (W - 2 * padX - gap * (n - 1)) / n : W - 2 * padX;
  const textW = wide ? colW - 2 * inset : colW - 2 * inset - badge - icon - 48 * s;
  // One text size for all steps (the largest that fits every step in four lines), so the row reads evenly.
  const stepSize = Math.min(...steps.map((st) => fitFontSize(st.text, textW, wide ? 4 : 2, 52 * s, 28 * s, true)));
  const lines = Math.max(1, ...steps.map((st) => Math.min(wide ? 4 : 2, countLines(st.text, stepSize, textW * 0.94, true))));
  const textH = Math.ceil(lines * stepSize * 1.34);
  const panelH = wide
    ? Math.min(areaMax, inset * 2 + badge + 26 * s + textH + 8 * s)
    : Math.min((areaMax - gap * (n - 1)) / n, Math.max(badge, textH) + inset * 1.4);
  const rowH = wide ? panelH : n * panelH + (n - 1) * gap;
  const areaY = areaTop + (areaMax - rowH) / 2;
  steps.forEach((step, i) => {
    const raw = wide
      ? { x: padX + i * (colW + gap), y: areaY, w: colW, h: panelH }
      : { x: padX, y: areaY + i * (panelH + gap), w: colW, h: panelH };
    const panel = round(frame.rtl ? mirror(raw, W) : raw);
    parts.push(`<div class="panel" style="${boxCss(panel)}"></div>`);
    const top = wide ? panel.y + inset : panel.y + (panel.h - badge) / 2;
    const badgeBox = round(
      frame.rtl ? { x: panel.x + panel.w - inset - badge, y: top, w: badge, h: badge } : { x: panel.x + inset, y: top, w: badge, h: badge },
    );
    parts.push(`<div class="abs badge" style="${boxCss(badgeBox)};font-size:${Math.round(40 * s)}px;background:#${colors[i]}"><span class="t">${i + 1}</span></div>`);
    textBoxes.push(badgeBox);
    const iconBox = round(
      frame.rtl
        ? { x: panel.x + inset, y: top + (badge - icon) / 2, w: icon, h: icon }
        : { x: panel.x + panel.w - inset - icon, y: top + (badge - icon) / 2, w: icon, h: icon },
    );
    parts.push(`<div class="abs line-icon" data-icon="${esc(step.icon.id)}" style="${boxCss(iconBox)}">${step.icon.svg}</div>`);
    const textRaw = wide
      ? { x: panel.x + inset, y: panel.y + inset + badge + 26 * s, w: textW, h: panel.h - 2 * inset - badge - 26 * s }
      : { x: frame.rtl ? panel.x + inset + icon + 24 * s : panel.x + inset + badge + 24 * s, y: panel.y + inset * 0.7, w: textW, h: panel.h - inset * 1.4 };
    const textBox = round(textRaw);
    parts.push(
      `<div class="abs col" style="${boxCss(textBox)};justify-content:${wide ? 'flex-start' : 'center'}">` +
        textBlock('point', step.text, stepSize, wide ? 4 : 2, `color:#${lock.palette.heading};font-weight:700`) +
        '</div>',
    );
    textBoxes.push(textBox);
  });
  return { html: parts.join(''), textBoxes, artBoxes: [art.icon] };
}
