/**
 * Loading JSON data that ships inside npm packages (icon sets, emoji keywords, stop words).
 *
 * Read lazily and once: the Fluent Emoji set alone is ~9 MB, so nothing is parsed until a card
 * actually needs it, and a deck of 50 slides parses it a single time.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const memo = new Map<string, unknown>();

/** Parses `specifier` (e.g. "emojibase-data/fr/data.json"), or undefined when the file is absent. */
export function loadPackageJson<T>(specifier: string): T | undefined {
  if (memo.has(specifier)) return memo.get(specifier) as T | undefined;
  let value: T | undefined;
  try {
    value = JSON.parse(readFileSync(require.resolve(specifier), 'utf8')) as T;
  } catch {
    value = undefined;
  }
  memo.set(specifier, value);
  return value;
}
