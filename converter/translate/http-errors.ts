/**
 * What the translators' HTTP failures have in common, whatever client raised them (gaxios for
 * googleapis, the openai SDK, fetch for LibreTranslate): the status, a short message, and whether
 * it is worth another try (429, 5xx, a dropped connection), honouring Retry-After.
 */
import { retryAfterMs, type RetryVerdict } from '../narrate/retry.js';

interface Httpish {
  status?: number;
  code?: string | number;
  message?: string;
  response?: { status?: number; headers?: Headers | Record<string, string> };
  headers?: Headers | Record<string, string>;
  cause?: { code?: string };
}

export function httpStatus(e: unknown): number {
  const h = e as Httpish;
  return Number(h?.status ?? h?.response?.status ?? 0) || 0;
}

export function shortMessage(e: unknown): string {
  return String((e as Httpish)?.message ?? e).replace(/\s+/g, ' ').slice(0, 200);
}

function header(e: unknown, name: string): string | undefined {
  const h = e as Httpish;
  const headers = h?.response?.headers ?? h?.headers;
  if (!headers) return undefined;
  return typeof (headers as Headers).get === 'function' ? ((headers as Headers).get(name) ?? undefined) : (headers as Record<string, string>)[name];
}

const DROPPED = new Set(['ECONNRESET', 'ETIMEDOUT', 'ECONNREFUSED', 'EPIPE', 'UND_ERR_SOCKET']);

export function retryVerdict(e: unknown): RetryVerdict {
  const status = httpStatus(e);
  if (status === 429 || status >= 500) return { retry: true, afterMs: retryAfterMs((n) => header(e, n)) };
  const h = e as Httpish;
  const code = String(h?.code ?? h?.cause?.code ?? '');
  return { retry: status === 0 && DROPPED.has(code) };
}
