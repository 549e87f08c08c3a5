/**
 * Preset pattern fills (ST_PresetPatternVal) as small SVG tiles. Line patterns are drawn as lines; the
 * percentage and texture patterns are shown as the blend of foreground and background they average to,
 * which is what a viewer sees at video resolution.
 */
import type { Color } from '../../deck/model.js';
import { mixHex } from '../../drawingml/color-math.js';
import { hex } from '../css-color.js';

/** The colour a pattern averages to: `f` of the foreground over the background. */
function mix(fg: Color, bg: Color, f: number): string {
  return `#${mixHex(bg.hex, fg.hex, f)}`;
}

/** Stroke width and spacing of line patterns. */
const LINES: Record<string, { dir: 'h' | 'v' | 'd' | 'u' | 'hv' | 'du'; step: number; width: number }> = {
  horz: { dir: 'h', step: 8, width: 1 }, ltHorz: { dir: 'h', step: 4, width: 1 }, narHorz: { dir: 'h', step: 2, width: 1 },
  dkHorz: { dir: 'h', step: 4, width: 2 }, dashHorz: { dir: 'h', step: 8, width: 1 },
  vert: { dir: 'v', step: 8, width: 1 }, ltVert: { dir: 'v', step: 4, width: 1 }, narVert: { dir: 'v', step: 2, width: 1 },
  dkVert: { dir: 'v', step: 4, width: 2 }, dashVert: { dir: 'v', step: 8, width: 1 },
  dnDiag: { dir: 'd', step: 8, width: 1 }, ltDnDiag: { dir: 'd', step: 4, width: 1 }, dkDnDiag: { dir: 'd', step: 4, width: 2 },
  wdDnDiag: { dir: 'd', step: 8, width: 3 }, dashDnDiag: { dir: 'd', step: 8, width: 1 },
  upDiag: { dir: 'u', step: 8, width: 1 }, ltUpDiag: { dir: 'u', step: 4, width: 1 }, dkUpDiag: { dir: 'u', step: 4, width: 2 },
  wdUpDiag: { dir: 'u', step: 8, width: 3 }, dashUpDiag: { dir: 'u', step: 8, width: 1 },
  cross: { dir: 'hv', step: 8, width: 1 }, smGrid: { dir: 'hv', step: 4, width: 1 }, lgGrid: { dir: 'hv', step: 8, width: 1 },
  diagCross: { dir: 'du', step: 8, width: 1 },
};

export function patternTile(preset: string, fg: Color, bg: Color): { size: number; body: string } {
  const pct = /^pct(\d+)$/.exec(preset);
  if (pct) return { size: 8, body: `<rect width="8" height="8" fill="${mix(fg, bg, Number(pct[1]) / 100)}"/>` };
  const spec = LINES[preset];
  if (!spec) return { size: 8, body: `<rect width="8" height="8" fill="${mix(fg, bg, 0.5)}"/>` };
  const s = spec.step;
  const stroke = `stroke="${hex(fg)}" stroke-width="${spec.width}"`;
  const parts: string[] = [`<rect width="${s}" height="${s}" fill="${hex(bg)}"/>`];
  if (spec.dir.includes('h')) parts.push(`<line x1="0" y1="${spec.width / 2}" x2="${s}" y2="${spec.width / 2}" ${stroke}/>`);
  if (spec.dir.includes('v')) parts.push(`<line x1="${spec.width / 2}" y1="0" x2="${spec.width / 2}" y2="${s}" ${stroke}/>`);
  // Diagonals are drawn three times so the tile edges join without gaps.
  if (spec.dir.includes('d')) for (const o of [-s, 0, s]) parts.push(`<line x1="${o}" y1="0" x2="${o + s}" y2="${s}" ${stroke}/>`);
  if (spec.dir.includes('u')) for (const o of [-s, 0, s]) parts.push(`<line x1="${o}" y1="${s}" x2="${o + s}" y2="0" ${stroke}/>`);
  return { size: s, body: parts.join('') };
}
