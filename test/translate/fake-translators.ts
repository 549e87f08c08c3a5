/**
 * Translators implementing our TranslationProvider interface in the test itself, for the
 * provider-independent logic (batching, cache, checks, repairs). Each records the batches it was
 * given. The real providers are tested through their clients against stand-in servers.
 */
import type { TranslationProvider } from '../../converter/translate/translator.js';

export interface Recording extends TranslationProvider {
  batches: string[][];
}

/** A translator that answers each text through `each` (a pseudo-translation), or the whole batch through `batch`. */
export function fakeTranslator(o: { each?: (t: string) => string; batch?: (texts: string[]) => string[]; maxItems?: number; maxChars?: number; model?: string }): Recording {
  const batches: string[][] = [];
  return {
    name: 'fake',
    model: o.model ?? 'm1',
    maxItems: o.maxItems ?? 10,
    maxChars: o.maxChars ?? 10_000,
    concurrency: 1,
    batches,
    async translate(texts) {
      batches.push(texts);
      return o.batch ? o.batch(texts) : texts.map(o.each ?? ((t) => t));
    },
  };
}

/** "Pseudo-Spanish": every word outside a kept span gets "-o" (tags and kept text untouched). */
export function pseudo(markup: string): string {
  return markup.replace(/(<span translate="no">[^<]*<\/span>)|(<[^>]+>)|([A-Za-z]+)/g, (m, keep, tag, word) => (keep || tag ? m : `${word}o`));
}
