/**
 * Cache keys: sha256 of a canonical JSON of everything an artifact depends on.
 *
 * Canonical means object keys sorted at every depth, so `{a, b}` and `{b, a}` give the same key;
 * byte arrays are replaced by their own sha256 so that a key over a picture does not serialise
 * megabytes of numbers. Values JSON cannot express (undefined, functions) are dropped like
 * JSON.stringify drops them; NaN/Infinity are refused because they would collide with null.
 */
import { createHash } from 'node:crypto';

export function sha256Hex(data: string | Uint8Array): string {
  return createHash('sha256').update(data).digest('hex');
}

/** JSON with sorted keys; Uint8Array -> {"sha256": …}; Map -> sorted entries. */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(canonical(value));
}

/** The cache key of a set of inputs: hex sha256 of their canonical JSON. */
export function cacheKey(inputs: unknown): string {
  return sha256Hex(canonicalJson(inputs));
}

function canonical(value: unknown): unknown {
  if (value === null || typeof value === 'string' || typeof value === 'boolean') return value;
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) throw new TypeError(`cache key input is not a finite number: ${value}`);
    return value;
  }
  if (value instanceof Uint8Array) return { sha256: sha256Hex(value) };
  if (Array.isArray(value)) return value.map((v) => (v === undefined || typeof v === 'function' ? null : canonical(v)));
  if (value instanceof Map) {
    return [...value.entries()]
      .map(([k, v]) => [String(k), canonical(v)] as const)
      .sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
  }
  if (typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const k of Object.keys(value as object).sort()) {
      const v = (value as Record<string, unknown>)[k];
      if (v === undefined || typeof v === 'function') continue;
      out[k] = canonical(v);
    }
    return out;
  }
  // bigint, symbol, function at the top level: nothing sensible to hash.
  throw new TypeError(`cache key input of type ${typeof value} cannot be hashed`);
}
