/**
 * `--slides 3,5-9` -> sorted, de-duplicated 1-based slide numbers within 1..count. The messages name
 * no option: the CLI (`--slides`) and the library (`slides`) both end up here.
 */
import { ConvertError } from '../errors.js';

export function parseSlideRange(spec: string, count: number): number[] {
  const out = new Set<number>();
  const text = spec.trim();
  if (!text) throw usage(spec, count);
  for (const part of text.split(',')) {
    const m = /^\s*(\d+)\s*(?:-\s*(\d+)\s*)?$/.exec(part);
    if (!m) throw usage(spec, count);
    const a = Number(m[1]);
    const b = m[2] === undefined ? a : Number(m[2]);
    if (a < 1 || b < a) throw usage(spec, count);
    if (a > count) throw new ConvertError('BAD_USAGE', `There is no slide ${a}: the deck has ${count} slide${count === 1 ? '' : 's'}; choose numbers from 1 to ${count}`);
    for (let i = a; i <= Math.min(b, count); i++) out.add(i);
  }
  return [...out].sort((x, y) => x - y);
}

function usage(spec: string, count: number): ConvertError {
  return new ConvertError('BAD_USAGE', `"${spec}" is not a list of slides: use numbers and ranges like 3,5-9 (1 to ${count})`);
}
