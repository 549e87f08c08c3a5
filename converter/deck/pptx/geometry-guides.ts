/**
 * The DrawingML shape guide language (a:gd fmla="*\/ w adj 100000"): built-in variables for a shape
 * of size w x h, and the 17 formula operators. Angles are in 60000ths of a degree, as in the file.
 */
const DEG = Math.PI / 180 / 60000;

/** Built-in guides for a shape of width w and height h. */
export function builtinGuides(w: number, h: number): Map<string, number> {
  const ss = Math.min(w, h);
  const ls = Math.max(w, h);
  const g = new Map<string, number>([
    ['w', w], ['h', h], ['l', 0], ['t', 0], ['r', w], ['b', h], ['hc', w / 2], ['vc', h / 2],
    ['ss', ss], ['ls', ls],
    ['cd2', 10800000], ['cd4', 5400000], ['cd8', 2700000],
    ['3cd4', 16200000], ['3cd8', 8100000], ['5cd8', 13500000], ['7cd8', 18900000],
  ]);
  for (const d of [2, 3, 4, 5, 6, 8, 10, 12, 16, 32]) {
    g.set(`wd${d}`, w / d);
    g.set(`hd${d}`, h / d);
    g.set(`ssd${d}`, ss / d);
  }
  return g;
}

/** Value of an argument: a literal number or the name of a guide already defined. */
function arg(token: string | undefined, vars: Map<string, number>): number {
  if (token === undefined) return 0;
  const v = vars.get(token);
  if (v !== undefined) return v;
  const n = Number(token);
  return Number.isFinite(n) ? n : 0;
}

export function evalFormula(fmla: string, vars: Map<string, number>): number {
  const [op, a, b, c] = fmla.trim().split(/\s+/);
  const x = arg(a, vars);
  const y = arg(b, vars);
  const z = arg(c, vars);
  switch (op) {
    case '*/': return z === 0 ? 0 : (x * y) / z;
    case '+-': return x + y - z;
    case '+/': return z === 0 ? 0 : (x + y) / z;
    case '?:': return x > 0 ? y : z;
    case 'abs': return Math.abs(x);
    case 'at2': return Math.atan2(y, x) / DEG;
    case 'cat2': return x * Math.cos(Math.atan2(z, y));
    case 'cos': return x * Math.cos(y * DEG);
    case 'max': return Math.max(x, y);
    case 'min': return Math.min(x, y);
    case 'mod': return Math.sqrt(x * x + y * y + z * z);
    case 'pin': return y < x ? x : y > z ? z : y;
    case 'sat2': return x * Math.sin(Math.atan2(z, y));
    case 'sin': return x * Math.sin(y * DEG);
    case 'sqrt': return Math.sqrt(Math.max(0, x));
    case 'tan': return x * Math.tan(y * DEG);
    case 'val': return x;
    default: return 0;
  }
}

/** Evaluate a list of a:gd elements in order into `vars` (each may use the ones before it). */
export function evalGuides(gds: { name: string; fmla: string }[], vars: Map<string, number>): void {
  for (const g of gds) vars.set(g.name, evalFormula(g.fmla, vars));
}
