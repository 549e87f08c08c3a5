/**
 * Texts through a translator, the same way for every provider: texts already translated come from
 * the cache (keyed by text, languages, provider and model), the rest go in batches, and every answer
 * is checked (check.ts). A batch answered with the wrong number of texts, or with texts that look
 * shifted, is repaired by asking for those texts one at a time; a text that still comes back without
 * a kept piece is reported as a problem for the caller to handle (it keeps the source). A translator
 * that answers nothing at all for a text asked alone is refused with a clear error.
 */
import type { ArtifactCache } from '../cache/artifact-cache.js';
import { cacheKey } from '../cache/cache-key.js';
import { ConvertError } from '../errors.js';
import { mapLimit } from '../parallel.js';
import { checkTranslation, misalignedInBatch, type Problem } from './check.js';
import { TRANSLATION_CACHE_KIND, TRANSLATION_CACHE_VERSION } from './defaults.js';
import { parseMarkup, plainText } from './markup.js';
import { UnusableAnswer, type TranslationProvider } from './translator.js';

export interface TranslateRun {
  provider: TranslationProvider;
  cache: ArtifactCache;
  signal?: AbortSignal;
  /** Called as texts are done (cached ones count at once). */
  onProgress?: (done: number, total: number) => void;
}

export interface Translated {
  /** The answer (markup); the source itself when nothing needed translating. */
  markup: string;
  problem?: Problem;
  cached: boolean;
}

export interface TranslateStats {
  requests: number;
  cached: number;
  translated: number;
}

/** Nothing to translate: no letters outside kept pieces (a number, a URL, a slide number). */
function needsTranslation(markup: string): boolean {
  return parseMarkup(markup).some((p) => p.kind === 'text' && /\p{L}/u.test(p.text));
}

/**
 * Everything a translation depends on: the text as sent (the glossary's fixed forms and kept pieces are
 * in its markup, so another glossary entry is another key), both languages, the engine and its model
 * and endpoint (provider.model), and the version of our markup and checks.
 */
export function translationKey(markup: string, from: string, to: string, provider: TranslationProvider): string {
  return cacheKey({ v: TRANSLATION_CACHE_VERSION, text: markup, from, to, provider: provider.name, model: provider.model });
}

/** Batches of at most maxItems texts and maxChars characters (a longer text goes alone). */
export function planBatches(texts: readonly string[], maxItems: number, maxChars: number): string[][] {
  const out: string[][] = [];
  let batch: string[] = [];
  let chars = 0;
  for (const t of texts) {
    if (batch.length && (batch.length >= maxItems || chars + t.length > maxChars)) {
      out.push(batch);
      batch = [];
      chars = 0;
    }
    batch.push(t);
    chars += t.length;
  }
  if (batch.length) out.push(batch);
  return out;
}

export async function translateTexts(texts: readonly string[], from: string, to: string, run: TranslateRun, stats?: TranslateStats): Promise<Translated[]> {
  const { provider, cache } = run;
  const results = new Map<string, Translated>();
  const todo: string[] = [];
  let hits = 0;
  for (const t of new Set(texts)) {
    if (!needsTranslation(t)) {
      results.set(t, { markup: t, cached: true });
      continue;
    }
    const hit = await cache.getJson<{ markup: string }>(TRANSLATION_CACHE_KIND, translationKey(t, from, to, provider));
    if (hit && typeof hit.markup === 'string') {
      results.set(t, { markup: hit.markup, cached: true });
      hits++;
    } else todo.push(t);
  }
  const total = results.size + todo.length;
  let done = results.size;
  if (stats) stats.cached += hits;
  run.onProgress?.(done, total);

  const ask = async (batch: string[]): Promise<string[] | undefined> => {
    if (run.signal?.aborted) throw new ConvertError('CANCELLED', 'Translation was cancelled');
    if (stats) stats.requests++;
    try {
      return await provider.translate(batch, from, to, run.signal);
    } catch (e) {
      if (e instanceof UnusableAnswer) return undefined;
      throw e;
    }
  };
  const alone = async (text: string): Promise<Translated> => {
    const answer = await ask([text]);
    const parts = (answer ?? []).filter((a) => plainText(parseMarkup(a)).trim() !== '');
    if (parts.length === 0) {
      throw new ConvertError('INTERNAL', `The ${provider.name} translator (${provider.model}) gave no ${to} translation for "${clip(plainText(parseMarkup(text)))}" even when asked for it alone: try another --translator or --translate-model`);
    }
    // One text answered as several (a chat model split a sentence): it is still that text's translation.
    const markup = parts.join(' ');
    const problem = checkTranslation(text, markup);
    return problem ? { markup, problem, cached: false } : { markup, cached: false };
  };
  const store = async (text: string, t: Translated) => {
    if (!t.problem) await cache.putJson(TRANSLATION_CACHE_KIND, translationKey(text, from, to, provider), { markup: t.markup });
    results.set(text, t);
    if (stats) stats.translated++;
    run.onProgress?.(++done, total);
  };

  await mapLimit(planBatches(todo, provider.maxItems, provider.maxChars), provider.concurrency, async (batch) => {
    const answer = await ask(batch);
    const aligned = answer && answer.length === batch.length ? answer : undefined;
    const retry = new Set<number>(aligned ? misalignedInBatch(batch, aligned) : batch.keys());
    if (aligned) batch.forEach((t, i) => (checkTranslation(t, aligned[i]!) ? retry.add(i) : undefined));
    for (const [i, t] of batch.entries()) {
      await store(t, retry.has(i) || !aligned ? await alone(t) : { markup: aligned[i]!, cached: false });
    }
  });
  return texts.map((t) => results.get(t)!);
}

function clip(s: string): string {
  const t = s.replace(/\s+/g, ' ').trim();
  return t.length > 60 ? `${t.slice(0, 59)}…` : t;
}
