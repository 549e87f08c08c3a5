/**
 * The data a chart shows, from the caches PowerPoint stores beside each formula (c:strCache,
 * c:numCache, c:multiLvlStrCache) or from literals. The embedded workbook is never opened: the cache
 * is what PowerPoint itself draws until the data is edited.
 */
import type { XmlNode } from '../xml.js';
import { formatNumber } from '../../drawingml/number-format.js';

const kid = (n: XmlNode | undefined, local: string) => n?.children.find((c) => c.local === local);

/** Points of a cache as strings, ptCount long (gaps are undefined). */
function points(cache: XmlNode | undefined): (string | undefined)[] {
  if (!cache) return [];
  const pts = cache.children.filter((c) => c.local === 'pt');
  const declared = kid(cache, 'ptCount')?.num('val');
  let n = declared ?? 0;
  for (const p of pts) n = Math.max(n, p.num('idx', -1) + 1);
  // A corrupt ptCount must not make us allocate millions of slots.
  n = Math.min(n, 100000);
  const out: (string | undefined)[] = new Array(n).fill(undefined);
  pts.forEach((p, i) => {
    const idx = p.num('idx', i);
    if (idx >= 0 && idx < n) out[idx] = kid(p, 'v')?.deepText() ?? '';
  });
  return out;
}

/** The cache (or literal) inside a data source element such as c:cat, c:val, c:tx, c:xVal. */
function cacheOf(source: XmlNode | undefined): { cache?: XmlNode; multi?: XmlNode; numeric?: boolean } {
  if (!source) return {};
  for (const ref of source.children) {
    switch (ref.local) {
      case 'strRef': return { cache: kid(ref, 'strCache') };
      case 'numRef': return { cache: kid(ref, 'numCache'), numeric: true };
      case 'multiLvlStrRef': return { multi: kid(ref, 'multiLvlStrCache') };
      case 'strLit': return { cache: ref };
      case 'numLit': return { cache: ref, numeric: true };
    }
  }
  return {};
}

/**
 * Category labels (multi-level categories: the innermost level, which PowerPoint writes first).
 * Numeric categories (dates included) are shown with their number format, as PowerPoint shows them.
 */
export function readLabels(source: XmlNode | undefined, date1904 = false): string[] {
  const { cache, multi, numeric } = cacheOf(source);
  if (multi) {
    const count = kid(multi, 'ptCount')?.num('val') ?? 0;
    const lvl = kid(multi, 'lvl');
    const out = points(lvl).map((v) => v ?? '');
    while (out.length < count) out.push('');
    return out;
  }
  const code = numeric ? kid(cache, 'formatCode')?.deepText().trim() : undefined;
  const pts = cache?.children.filter((c) => c.local === 'pt') ?? [];
  return points(cache).map((v, i) => {
    if (v === undefined) return '';
    const n = Number(v);
    if (!numeric || v.trim() === '' || !Number.isFinite(n)) return v;
    // A point may carry its own format code.
    const own = pts.find((p) => p.num('idx', -1) === i)?.attr('formatCode');
    return formatNumber(n, own ?? code, date1904);
  });
}

/** Numbers (gaps and non-numbers are null). */
export function readNumbers(source: XmlNode | undefined): (number | null)[] {
  return points(cacheOf(source).cache).map((v) => {
    if (v === undefined || v.trim() === '') return null;
    const n = Number(v);
    return Number.isFinite(n) ? n : null;
  });
}

/** True when a data source holds text (scatter x values given as labels are plotted 1, 2, 3 …). */
export function isTextSource(source: XmlNode | undefined): boolean {
  return !!source?.children.some((c) => c.local === 'strRef' || c.local === 'strLit' || c.local === 'multiLvlStrRef');
}

/** The number format code of a numeric cache, if any. */
export function formatCode(source: XmlNode | undefined): string | undefined {
  const code = kid(cacheOf(source).cache, 'formatCode')?.deepText().trim();
  return code || undefined;
}

/** Series name: c:tx cache or literal c:v. */
export function readSeriesName(ser: XmlNode): string | undefined {
  const tx = kid(ser, 'tx');
  if (!tx) return undefined;
  const v = kid(tx, 'v');
  if (v) return v.deepText();
  const labels = readLabels(tx);
  return labels.length ? labels.join(' ') : undefined;
}
