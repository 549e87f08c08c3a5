/**
 * --translator libretranslate: a self-hosted LibreTranslate server (for schools that keep everything
 * in house), through its HTTP API: POST /translate with {q: [...], source, target, format: "html"},
 * answered {translatedText: [...]}. Its address is an option (--libretranslate-url, else
 * LIBRETRANSLATE_URL); a key (LIBRETRANSLATE_API_KEY) only when the server asks for one.
 */
import { ConvertError, missingEngine } from '../../errors.js';
import { LIBRETRANSLATE_MAX_CHARS, LIBRETRANSLATE_MAX_ITEMS } from '../defaults.js';
import { httpStatus, shortMessage } from '../http-errors.js';
import { remoteTranslator } from '../remote-translator.js';
import { primaryLang } from '../../script/options.js';
import { LIBRETRANSLATE_MISSING_URL } from '../credentials.js';
import type { ResolvedTranslateOptions } from '../options.js';
import { UnusableAnswer, type TranslationProvider } from '../translator.js';

class HttpFailure extends Error {
  constructor(readonly status: number, message: string, readonly headers: Headers) {
    super(message);
  }
}

export async function createLibreTranslator(o: ResolvedTranslateOptions): Promise<TranslationProvider> {
  if (!o.libretranslate.url) throw missingEngine(LIBRETRANSLATE_MISSING_URL);
  const endpoint = new URL('translate', o.libretranslate.url.endsWith('/') ? o.libretranslate.url : `${o.libretranslate.url}/`);
  const host = endpoint.host;

  const once = async (texts: string[], from: string, to: string, signal?: AbortSignal): Promise<string[]> => {
    // LibreTranslate names most languages by their primary subtag (its Chinese is zh, or zh-Hans on newer servers).
    const body = { q: texts, source: primaryLang(from), target: primaryLang(to), format: 'html', ...(o.libretranslate.apiKey ? { api_key: o.libretranslate.apiKey } : {}) };
    const res = await fetch(endpoint, { method: 'POST', headers: { 'content-type': 'application/json', accept: 'application/json' }, body: JSON.stringify(body), signal });
    const text = await res.text();
    if (!res.ok) {
      const said = (() => {
        try {
          const error = (JSON.parse(text) as { error?: unknown }).error;
          return typeof error === 'object' && error !== null ? String((error as { message?: unknown }).message ?? text) : String(error ?? text);
        } catch {
          return text;
        }
      })();
      throw new HttpFailure(res.status, said.replace(/\s+/g, ' ').slice(0, 200), res.headers);
    }
    let data: { translatedText?: unknown };
    try {
      data = JSON.parse(text) as { translatedText?: unknown };
    } catch {
      throw new UnusableAnswer('the answer is not JSON');
    }
    const list = typeof data.translatedText === 'string' ? [data.translatedText] : data.translatedText;
    if (!Array.isArray(list) || !list.every((s) => typeof s === 'string')) throw new UnusableAnswer('the answer has no translatedText list');
    return list as string[];
  };

  return remoteTranslator({ name: 'libretranslate', model: endpoint.href, maxItems: LIBRETRANSLATE_MAX_ITEMS, maxChars: LIBRETRANSLATE_MAX_CHARS }, o, once, (e, from, to) => explain(e, o, host, from, to));
}

function explain(e: unknown, o: ResolvedTranslateOptions, host: string, from: string, to: string): unknown {
  if (e instanceof ConvertError || e instanceof UnusableAnswer) return e;
  const status = httpStatus(e);
  const message = shortMessage(e);
  if (status === 401 || status === 403) return missingEngine(`The LibreTranslate server at ${host} wants an API key (${status}: ${message}): set LIBRETRANSLATE_API_KEY`, e);
  if (status === 429 || status >= 500) return new ConvertError('INTERNAL', `The LibreTranslate server at ${host} kept failing after ${o.retry.retries} retries (${status}: ${message}): try again later`, { cause: e });
  if (status === 400) return new ConvertError('BAD_USAGE', `The LibreTranslate server at ${host} cannot translate ${from} to ${to} (${message}): install that language pair on the server or choose another --translate language`, { cause: e });
  if (status >= 400) return new ConvertError('BAD_USAGE', `The LibreTranslate server at ${host} refused the request (${status}: ${message})`, { cause: e });
  return new ConvertError('INTERNAL', `Cannot reach the LibreTranslate server at ${host} (${message}): check --libretranslate-url and that the server is running`, { cause: e });
}
