/**
 * What every remote translator shares around its one request: requests in flight bounded (the
 * translator's own limit, else REMOTE_CONCURRENCY), retried on 429/5xx and dropped connections
 * (http-errors.ts), and a failure that survives the retries said in the user's terms by the
 * provider's `explain`.
 */
import { withRetry } from '../narrate/retry.js';
import { REMOTE_CONCURRENCY } from './defaults.js';
import { retryVerdict } from './http-errors.js';
import type { ResolvedTranslateOptions } from './options.js';
import type { TranslationProvider } from './translator.js';

type Request = (texts: string[], from: string, to: string, signal?: AbortSignal) => Promise<string[]>;

export function remoteTranslator(
  about: Pick<TranslationProvider, 'name' | 'model' | 'maxItems' | 'maxChars'>,
  o: ResolvedTranslateOptions,
  once: Request,
  explain: (e: unknown, from: string, to: string) => unknown,
): TranslationProvider {
  return {
    ...about,
    concurrency: o.concurrency || REMOTE_CONCURRENCY,
    async translate(texts, from, to, signal) {
      try {
        return await withRetry(() => once(texts, from, to, signal), o.retry, retryVerdict, signal);
      } catch (e) {
        throw explain(e, from, to);
      }
    },
  };
}
