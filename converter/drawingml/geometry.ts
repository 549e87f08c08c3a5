/**
 * Geometry definitions -> concrete paths, by evaluating the guide formulas for the shape's size and
 * adjust values. Presets (prstGeom, from the spec's tables) and a slide's own custGeom resolve here
 * alike; the result uses the model's own path type, so both share one SVG writer.
 */
import type { GeometryPath, PathCommand, Rect } from '../deck/model.js';
import type { GeometryDef } from './geometry-types.js';
import { builtinGuides, evalFormula, evalGuides, guideValue, type Guides } from './guide-formula.js';
import { PRESET_DATA } from './preset-data.js';

export interface ResolvedGeometry {
  paths: GeometryPath[];
  /** Text rectangle relative to the shape's top-left, in the same unit as w/h. */
  textRect: Rect;
}

const DEG = 60000;

/** Names that old files or other writers use for presets. */
const ALIASES: Record<string, string> = { rectangle: 'rect', roundRectangle: 'roundRect' };

export function presetDef(preset: string): GeometryDef | undefined {
  return PRESET_DATA[preset] ?? PRESET_DATA[ALIASES[preset] ?? ''];
}

/** Paths for `preset` at size w x h; unknown presets fall back to a rectangle (undefined is never returned). */
export function presetGeometry(preset: string, adjust: Record<string, number>, w: number, h: number): ResolvedGeometry {
  return resolveGeometry(presetDef(preset) ?? PRESET_DATA.rect!, adjust, w, h);
}

/**
 * Paths and text rectangle of a geometry at size w x h. Adjust values given in `adjust` replace the
 * definition's defaults; the defaults themselves are formulas (a custGeom may compute one).
 */
export function resolveGeometry(def: GeometryDef, adjust: Record<string, number>, w: number, h: number): ResolvedGeometry {
  const g = builtinGuides(w, h);
  for (const [name, fmla] of def.av) {
    // Files written for the one-adjust shapes sometimes say "adj" where the spec names it "adj1" and vice versa.
    const given = adjust[name] ?? (name === 'adj1' ? adjust.adj : name === 'adj' ? adjust.adj1 : undefined);
    g.set(name, given ?? evalFormula(fmla, g));
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
