/**
 * The translate stage's options, resolved once at the entry point (resolve-convert-options.ts):
 * the target languages, the translator (never chosen for the user: --translator, or the service's
 * DECK2VIDEO_TRANSLATOR), the glossary read from its file, and each translator's endpoint and
 * credentials from the options or the environment, checked to be there (exit 4 otherwise). Nothing
 * is contacted here.
 */
import { resolveRootUrl } from '../deck/google/root-url.js';
import { ConvertError } from '../errors.js';
import * as N from '../narrate/defaults.js';
import type { RetryPolicy } from '../narrate/retry.js';
import type { ConvertOptions, GoogleAuthClient } from '../options/convert-options.js';
import { checkValue } from '../options/parse-options.js';
import { CONVERT_OPTIONS } from '../options/convert-options.js';
import { assertTranslatorAccess } from './credentials.js';
import { TRANSLATORS, type TranslatorName } from './defaults.js';
import { loadGlossary, type Glossary } from './glossary.js';

export interface ResolvedTranslateOptions {
  /** Target languages, in the order given, without duplicates ([] = no translation). */
  languages: string[];
  translator: TranslatorName;
  slides: boolean;
  /** Make the video in the deck's own language too. */
  original: boolean;
  glossary: Glossary;
  /** '' = the translator's default. */
  model: string;
  google: { rootUrl: string; project: string; location: string; token: string; auth: GoogleAuthClient | null };
  openai: { baseURL: string; apiKey: string };
  libretranslate: { url: string; apiKey: string };
  concurrency: number;
  retry: RetryPolicy;
}

export const TRANSLATOR_ENV = 'DECK2VIDEO_TRANSLATOR';

export async function resolveTranslateOptions(o: ConvertOptions, env: Readonly<Record<string, string | undefined>>): Promise<ResolvedTranslateOptions> {
  const languages = [...new Map((o.translate ?? []).map((l) => [l.toLowerCase(), l.trim()])).values()];
  const fromEnv = env[TRANSLATOR_ENV]?.trim() ? checkValue(CONVERT_OPTIONS.translator, env[TRANSLATOR_ENV], { name: TRANSLATOR_ENV, style: 'field' }) : undefined;
  const translator = o.translator ?? fromEnv;
  if (languages.length && !translator) {
    throw new ConvertError('BAD_USAGE', `--translate ${languages.join(',')} needs a translator: add --translator ${TRANSLATORS.join('|')} (none is chosen for you: each sends the text to a service)`);
  }
  if (!languages.length && o.original === false) {
    throw new ConvertError('BAD_USAGE', '--no-original leaves nothing to make without --translate: add --translate es (or leave out --no-original)');
  }
  const glossary = typeof o.glossary === 'string' ? await loadGlossary(o.glossary) : (o.glossary ?? {});
  const resolved: ResolvedTranslateOptions = {
    languages,
    translator: translator ?? 'libretranslate',
    slides: o.translateSlides ?? false,
    original: o.original ?? true,
    glossary,
    model: o.translateModel?.trim() ?? '',
    google: {
      rootUrl: resolveRootUrl(o.googleRootUrl, env),
      project: o.googleProject?.trim() || env.GOOGLE_CLOUD_PROJECT?.trim() || env.GCLOUD_PROJECT?.trim() || '',
      location: env.GOOGLE_CLOUD_LOCATION?.trim() || 'global',
      token: env.GOOGLE_OAUTH_ACCESS_TOKEN?.trim() ?? '',
      auth: o.googleAuth ?? null,
    },
    openai: {
      baseURL: o.openaiBaseUrl?.trim() || env.OPENAI_BASE_URL?.trim() || N.OPENAI_BASE_URL,
      apiKey: o.openaiApiKey?.trim() || env.OPENAI_API_KEY?.trim() || '',
    },
    libretranslate: { url: o.libretranslateUrl?.trim() || env.LIBRETRANSLATE_URL?.trim() || '', apiKey: env.LIBRETRANSLATE_API_KEY?.trim() ?? '' },
    concurrency: o.concurrency ?? 0,
    retry: { retries: o.maxRetries ?? N.MAX_RETRIES, baseMs: o.retryBaseMs ?? N.RETRY_BASE_MS, maxMs: N.RETRY_MAX_MS },
  };
  // A missing key stops the run here, before the deck is read (preflight resolves the same way).
  if (languages.length) {
    assertTranslatorAccess({
      translator: resolved.translator, openaiApiKey: resolved.openai.apiKey, libretranslateUrl: resolved.libretranslate.url,
      googleToken: resolved.google.token, googleAuth: resolved.google.auth !== null,
    }, env);
  }
  return resolved;
}
