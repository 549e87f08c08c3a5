/**
 * A shape geometry as the file states it (guide names and formulas, paths over guide names): the form
 * of the preset definitions in preset-data.ts and of a slide's own a:custGeom once read.
 */
import type { GeometryPath } from '../deck/model.js';

export interface GeometryPathDef {
  /** Path coordinate space (0 = the shape's size). */
  w: number;
  h: number;
  fill: GeometryPath['fill'];
  stroke: boolean;
  /** ['M', x, y] | ['L', x, y] | ['A', wR, hR, stAng, swAng] | ['C', x1, y1, x2, y2, x, y] | ['Q', …] | ['Z'];
   * each operand a guide name or a number literal. */
  c: string[][];
}

export interface GeometryDef {
  /** Adjust values with their default formulas. */
  av: [string, string][];
  /** Guides, in evaluation order. */
  gd: [string, string][];
  /** Text rectangle as guide names: l, t, r, b (null = the whole shape). */
  rect: [string, string, string, string] | null;
  paths: GeometryPathDef[];
}

/** The preset tables' name for the same shape. */
export type PresetDef = GeometryDef;
