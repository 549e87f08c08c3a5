/**
 * Narration options: the public type (every field optional, as the CLI, the service and scripts pass
 * them) and the resolved type the stage works with. Resolution happens once, at the entry point; it
 * reads the environment (OPENAI_API_KEY, OPENAI_BASE_URL) and the lexicon file, and rejects bad values
 * with BAD_USAGE. Nothing downstream checks for undefined.
 */
import { ConvertError } from '../errors.js';
import { loadLexicon, type Lexicon } from '../script/lexicon.js';
import { resolveScriptOptions, type ResolvedScriptOptions } from '../script/options.js';
import * as D from './defaults.js';
import { ttsNames } from './registry.js';

/** An auth client for googleapis (e.g. an OAuth2 client holding a token); Application Default Credentials when absent. */
export type GoogleAuthClient = import('googleapis').Auth.OAuth2Client | import('googleapis').Auth.GoogleAuth;

export interface NarrationOptions {
  /** TTS engine: espeak (default, offline), openai, google. */
  tts?: string;
  /** Force the narration language (BCP-47); detected from the notes otherwise. */
  lang?: string;
  /** Engine voice: an OpenAI voice ('alloy'), a Google voice name ('en-US-Neural2-C'), an espeak-ng voice ('en-gb'). */
  voice?: string;
  /** espeak-ng speaking rate, words per minute. */
  rate?: number;
  /** OpenAI-compatible speech model. */
  ttsModel?: string;
  /** Style instructions for models that take them (gpt-4o-mini-tts). */
  ttsInstructions?: string;
  /** OpenAI-compatible base URL (Kokoro-FastAPI, LocalAI); else OPENAI_BASE_URL, else OpenAI. */
  openaiBaseUrl?: string;
  /** Else OPENAI_API_KEY. */
  openaiApiKey?: string;
  /** Google Cloud TTS endpoint (regional endpoints, tests). */
  googleRootUrl?: string;
  googleAuth?: GoogleAuthClient;
  /** Path to espeak-ng; else ESPEAK_NG_PATH, else PATH. */
  espeakPath?: string;
  /** Requests in flight; provider default when absent. */
  concurrency?: number;
  maxRetries?: number;
  retryBaseMs?: number;
  /** Leave URLs out of the speech. */
  skipUrls?: boolean;
  /** A lexicon file path (--lexicon words.json) or the lexicon itself. */
  lexicon?: string | Lexicon;
  /** Read the slide text on slides without notes. */
  narrateText?: boolean;
  sentenceGapMs?: number;
  paragraphGapMs?: number;
}

export interface ResolvedNarrationOptions {
  script: ResolvedScriptOptions;
  tts: string;
  /** '' = the engine's voice for each language. */
  voice: string;
  rate: number;
  ttsModel: string;
  /** '' = none. */
  ttsInstructions: string;
  openai: { baseURL: string; apiKey: string };
  google: { rootUrl: string; auth: GoogleAuthClient | null };
  /** '' = look it up. */
  espeakPath: string;
  /** 0 = the provider's default. */
  concurrency: number;
  retry: { retries: number; baseMs: number; maxMs: number };
  env: Readonly<Record<string, string | undefined>>;
}

export async function resolveNarrationOptions(
  o: NarrationOptions = {},
  env: Readonly<Record<string, string | undefined>> = process.env,
): Promise<ResolvedNarrationOptions> {
  const tts = (o.tts ?? D.DEFAULT_TTS).toLowerCase();
  if (!ttsNames().includes(tts)) usage(`Unknown --tts "${o.tts}": use one of ${ttsNames().join(', ')}.`);
  const rate = o.rate ?? D.ESPEAK_RATE_WPM;
  if (!(Number.isFinite(rate) && rate >= 80 && rate <= 450)) usage(`--rate ${o.rate} is out of range: use 80 to 450 words per minute.`);
  const concurrency = o.concurrency ?? 0;
  if (!(Number.isInteger(concurrency) && concurrency >= 0 && concurrency <= 32)) usage(`--concurrency ${o.concurrency} must be a whole number from 1 to 32.`);
  const lexicon = typeof o.lexicon === 'string' ? await loadLexicon(o.lexicon) : (o.lexicon ?? {});
  return {
    script: resolveScriptOptions({
      lang: o.lang,
      skipUrls: o.skipUrls,
      lexicon,
      narrateText: o.narrateText,
      sentenceGapMs: o.sentenceGapMs,
      paragraphGapMs: o.paragraphGapMs,
    }),
    tts,
    voice: o.voice?.trim() ?? '',
    rate: Math.round(rate),
    ttsModel: o.ttsModel?.trim() || D.OPENAI_TTS_MODEL,
    ttsInstructions: o.ttsInstructions?.trim() ?? '',
    openai: {
      baseURL: o.openaiBaseUrl?.trim() || env.OPENAI_BASE_URL?.trim() || D.OPENAI_BASE_URL,
      apiKey: o.openaiApiKey?.trim() || env.OPENAI_API_KEY?.trim() || '',
    },
    google: { rootUrl: o.googleRootUrl?.trim() || D.GOOGLE_TTS_ROOT_URL, auth: o.googleAuth ?? null },
    espeakPath: o.espeakPath?.trim() || env.ESPEAK_NG_PATH?.trim() || '',
    concurrency,
    retry: { retries: o.maxRetries ?? D.MAX_RETRIES, baseMs: o.retryBaseMs ?? D.RETRY_BASE_MS, maxMs: D.RETRY_MAX_MS },
    env,
  };
}

function usage(message: string): never {
  throw new ConvertError('BAD_USAGE', message);
}
