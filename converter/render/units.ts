/**
 * Units of the slide page. The page is laid out in CSS px at 96 per inch (9525 EMU per px), whatever the
 * output width: the screenshot scales it with deviceScaleFactor. Laying out at one fixed size keeps line
 * breaks identical at every output width, the way PowerPoint lays out in points and only then rasterises.
 */
export const EMU_PER_PX = 9525;
export const PX_PER_PT = 4 / 3;

export function px(emu: number): number {
  return emu / EMU_PER_PX;
}

export function ptPx(pt: number): number {
  return pt * PX_PER_PT;
}

/** Short decimal text for CSS/SVG: at most 2 decimals, no trailing zeros, never "-0". */
export function num(n: number): string {
  if (!Number.isFinite(n)) return '0';
  const r = Math.round(n * 100) / 100;
  return Object.is(r, -0) ? '0' : String(r);
}

/** `num(px(emu))` followed by "px". */
export function pxs(emu: number): string {
  return `${num(px(emu))}px`;
}
