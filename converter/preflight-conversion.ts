/**
 * Everything about a conversion that can be checked before any work: the deck's path, every option
 * (resolved as convertDeck resolves them, which also checks the cache folder), the output folder.
 * The CLI calls it first thing, so a mistake costs one line at once, not minutes of work.
 */
import { resolveConvertOptions } from './options/resolve-convert-options.js';
import type { ConvertOptions } from './options/convert-options.js';
import { assertDeckReadable, assertOutputWritable } from './preflight.js';

export async function preflightConversion(options: ConvertOptions, where: { deckPath?: string; output?: string }): Promise<{ cacheDir: string }> {
  if (where.deckPath !== undefined) await assertDeckReadable(where.deckPath);
  const o = await resolveConvertOptions(options);
  if (where.output !== undefined) await assertOutputWritable(where.output);
  return { cacheDir: o.cacheDir };
}
