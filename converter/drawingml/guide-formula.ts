/**
 * DrawingML shape guide formulas (ECMA-376 20.1.9.11): "*\/ a b c", "+- a b c", "pin a b c", … over
 * numbers and named guides. Angles are in 60000ths of a degree, as in the file. The one evaluator of
 * the guide language: preset shapes (renderer) and custom geometry (reader) both go through it.
 */
export type Guides = Map<string, number>;

const ANGLE = Math.PI / (180 * 60000);
const DIVISORS = [2, 3, 4, 5, 6, 8, 10, 12, 16, 32];

/** The built-in guides of a shape of size w x h (l, t, r, b, hc, wd2, ss, cd4, …). */
export function builtinGuides(w: number, h: number): Guides {
  const g: Guides = new Map();
  const ss = Math.min(w, h);
  const set: [string, number][] = [
    ['w', w], ['h', h], ['l', 0], ['t', 0], ['r', w], ['b', h], ['hc', w / 2], ['vc', h / 2],
    ['ss', ss], ['ls', Math.max(w, h)],
    ['cd2', 10800000], ['cd4', 5400000], ['cd8', 2700000], ['3cd4', 16200000], ['3cd8', 8100000],
    ['5cd8', 13500000], ['7cd8', 18900000],
  ];
  for (const [k, v] of set) g.set(k, v);
  for (const d of DIVISORS) {
    g.set(`wd${d}`, w / d);
    g.set(`hd${d}`, h / d);
    g.set(`ssd${d}`, ss / d);
  }
  return g;
}

function operand(tok: string | undefined, g: Guides): number {
  if (tok === undefined) return 0;
  const v = g.get(tok);
  if (v !== undefined) return v;
  const n = Number(tok);
  return Number.isFinite(n) ? n : 0;
}

/** Value of one formula; unknown operators evaluate to 0 rather than failing the whole shape. */
export function evalFormula(fmla: string, g: Guides): number {
  const [op, ...args] = fmla.trim().split(/\s+/);
  const [x, y, z] = [operand(args[0], g), operand(args[1], g), operand(args[2], g)];
  switch (op) {
    case 'val': return x;
    case '*/': return z === 0 ? 0 : (x * y) / z;
    case '+-': return x + y - z;
    case '+/': return z === 0 ? 0 : (x + y) / z;
    case '?:': return x > 0 ? y : z;
    case 'abs': return Math.abs(x);
    case 'at2': return Math.atan2(y, x) / ANGLE;
    case 'cat2': return x * Math.cos(Math.atan2(z, y));
    case 'sat2': return x * Math.sin(Math.atan2(z, y));
    case 'cos': return x * Math.cos(y * ANGLE);
    case 'sin': return x * Math.sin(y * ANGLE);
    case 'tan': return x * Math.tan(y * ANGLE);
    case 'max': return Math.max(x, y);
    case 'min': return Math.min(x, y);
    case 'mod': return Math.sqrt(x * x + y * y + z * z);
    case 'pin': return y < x ? x : y > z ? z : y;
    case 'sqrt': return Math.sqrt(Math.max(0, x));
    default: return 0;
  }
}

/** Evaluates guides in order into `g` (each may use the ones before it). */
export function evalGuides(list: [string, string][], g: Guides): Guides {
  for (const [name, fmla] of list) g.set(name, evalFormula(fmla, g));
  return g;
}

/** An operand: the value of a guide already defined, else a number literal (anything else is 0). */
export function guideValue(tok: string | undefined, g: Guides): number {
  return operand(tok, g);
}

/** The number of a "val N" formula (how adjust values are written), or undefined for any other formula. */
export function literalValue(fmla: string): number | undefined {
  const m = /^val\s+(-?[\d.]+)/.exec(fmla.trim());
  return m ? Number(m[1]) : undefined;
}
