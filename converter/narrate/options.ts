/**
 * Narration options: the public type (every field optional, as the CLI, the service and scripts pass
 * them) and the resolved type the stage works with. Resolution happens once, at the entry point; it
 * reads the environment (OPENAI_API_KEY, OPENAI_BASE_URL) and the lexicon file, and rejects bad values
 * with BAD_USAGE. Nothing downstream checks for undefined.
 */
import { CONVERT_OPTIONS, type GoogleAuthClient, type NarrationOptions } from '../options/convert-options.js';
import { checkOptions } from '../options/parse-options.js';
import { loadLexicon, splitLexicon } from '../script/lexicon.js';
import { resolveScriptOptions, type ResolvedScriptOptions } from '../script/options.js';
import * as D from './defaults.js';
import type { TtsEngine } from './defaults.js';
import { parseVoiceChoice } from './voice-choice.js';

export type { GoogleAuthClient, NarrationOptions };

export interface ResolvedNarrationOptions {
  script: ResolvedScriptOptions;
  tts: TtsEngine;
  /** '' = the engine's voice for each language. */
  voice: string;
  /** --voice es=nova,fr=alloy: lower-case language tag -> voice (translated videos). */
  voices: Readonly<Record<string, string>>;
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
  options: NarrationOptions = {},
  env: Readonly<Record<string, string | undefined>> = process.env,
): Promise<ResolvedNarrationOptions> {
  const o = checkOptions(CONVERT_OPTIONS, options);
  const tts = o.tts ?? D.DEFAULT_TTS;
  const rate = o.rate ?? D.ESPEAK_RATE_WPM;
  const concurrency = o.concurrency ?? 0;
  const lexicon = splitLexicon(typeof o.lexicon === 'string' ? await loadLexicon(o.lexicon) : (o.lexicon ?? {}));
  return {
    script: resolveScriptOptions({
      lang: o.lang,
      skipUrls: o.skipUrls,
      lexicon: lexicon.own,
      lexicons: lexicon.byLang,
      narrateText: o.narrateText,
      sentenceGapMs: o.sentenceGapMs,
      paragraphGapMs: o.paragraphGapMs,
    }),
    tts,
    ...parseVoiceChoice(o.voice ?? ''),
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
