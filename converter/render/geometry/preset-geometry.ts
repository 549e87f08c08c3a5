/**
 * Preset geometry (prstGeom) -> concrete paths, by evaluating the spec's guide formulas for the shape's
 * size and adjust values. The result uses the model's own path type, so presets and custom geometry
 * share one SVG writer.
 */
import type { GeometryPath, PathCommand, Rect } from '../../deck/model.js';
import { builtinGuides, evalGuides, guideValue, type Guides } from './guide-formula.js';
import { PRESET_DATA } from './preset-data.js';
import type { PresetDef } from './preset-types.js';

export interface ResolvedGeometry {
  paths: GeometryPath[];
  /** Text rectangle relative to the shape's top-left, in the same unit as w/h. */
  textRect: Rect;
}

const DEG = 60000;

/** Names that old files or other writers use for presets. */
const ALIASES: Record<string, string> = { rectangle: 'rect', roundRectangle: 'roundRect' };

export function presetDef(preset: string): PresetDef | undefined {
  return PRESET_DATA[preset] ?? PRESET_DATA[ALIASES[preset] ?? ''];
}

/** Paths for `preset` at size w x h; unknown presets fall back to a rectangle (undefined is never returned). */
export function presetGeometry(preset: string, adjust: Record<string, number>, w: number, h: number): ResolvedGeometry {
  const def = presetDef(preset) ?? PRESET_DATA.rect!;
  const g = builtinGuides(w, h);
  for (const [name, fmla] of def.av) {
    // Files written for the one-adjust shapes sometimes say "adj" where the spec names it "adj1" and vice versa.
    const given = adjust[name] ?? (name === 'adj1' ? adjust.adj : name === 'adj' ? adjust.adj1 : undefined);
    g.set(name, given ?? evalFormulaDefault(fmla));
  }
  evalGuides(def.gd, g);
  const paths = def.paths.map((p): GeometryPath => ({
    w: p.w,
    h: p.h,
    fill: p.fill,
    stroke: p.stroke,
    commands: p.c.map((c) => command(c, g)),
  }));
  const textRect = def.rect ? rectOf(def.rect, g) : { x: 0, y: 0, w, h };
  return { paths, textRect };
}

function evalFormulaDefault(fmla: string): number {
  const m = /^val\s+(-?[\d.]+)/.exec(fmla.trim());
  return m ? Number(m[1]) : 0;
}

function rectOf([l, t, r, b]: [string, string, string, string], g: Guides): Rect {
  const x = guideValue(l, g);
  const y = guideValue(t, g);
  return { x, y, w: guideValue(r, g) - x, h: guideValue(b, g) - y };
}

function command(c: string[], g: Guides): PathCommand {
  const v = (i: number) => guideValue(c[i] ?? '0', g);
  switch (c[0]) {
    case 'M': return { op: 'M', x: v(1), y: v(2) };
    case 'L': return { op: 'L', x: v(1), y: v(2) };
    case 'A': return { op: 'A', wR: v(1), hR: v(2), stAng: v(3) / DEG, swAng: v(4) / DEG };
    case 'C': return { op: 'C', x1: v(1), y1: v(2), x2: v(3), y2: v(4), x: v(5), y: v(6) };
    case 'Q': return { op: 'Q', x1: v(1), y1: v(2), x: v(3), y: v(4) };
    default: return { op: 'Z' };
  }
}
