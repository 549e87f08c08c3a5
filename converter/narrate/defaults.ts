/**
 * Every default of the narration stage in one place. Model and voice names are options: providers
 * retire models (OpenAI has announced the shutdown of its current speech models for January 2027),
 * so users change them with --tts-model / --voice without a new release.
 */

/** All slide audio is mono signed 16-bit PCM at this rate (OpenAI's native rate; Google is asked for it). */
export const SAMPLE_RATE = 24_000;

/** The --tts engines; registry.ts has one factory per name (adding an engine = a name here and a line there). */
export const TTS_ENGINES = ['espeak', 'openai', 'google'] as const;
export type TtsEngine = (typeof TTS_ENGINES)[number];
export const DEFAULT_TTS: TtsEngine = 'espeak';

/** espeak-ng speaking rate in words per minute (its own default is 175, a little fast for teaching). */
export const ESPEAK_RATE_WPM = 160;

export const OPENAI_TTS_MODEL = 'gpt-4o-mini-tts';
export const OPENAI_TTS_VOICE = 'alloy';
export const OPENAI_BASE_URL = 'https://api.openai.com/v1';
/** The speech endpoint refuses inputs over 4096 characters. */
export const OPENAI_MAX_INPUT_CHARS = 4096;

export const GOOGLE_TTS_ROOT_URL = 'https://texttospeech.googleapis.com/';
export const GOOGLE_SCOPES = ['https://www.googleapis.com/auth/cloud-platform'];
/** Google's documented limit is 5000 bytes of input per request. */
export const GOOGLE_MAX_INPUT_BYTES = 5000;

/** Requests in flight per provider: remote APIs tolerate a few, espeak-ng is CPU-bound (2 cores). */
export const REMOTE_CONCURRENCY = 4;
export const ESPEAK_CONCURRENCY = 2;

/** Retries on 429/5xx/network errors, with exponential backoff from this base (jittered, capped). */
export const MAX_RETRIES = 4;
export const RETRY_BASE_MS = 500;
export const RETRY_MAX_MS = 20_000;

/**
 * A sentence's span lasts at least this long (silence is added after a very short sentence) so that
 * its caption can stay on screen for the 1 s minimum and still lie inside the sentence's span.
 */
export const MIN_SENTENCE_MS = 1000;

/** Engine audio below this level (-46 dBFS) at the ends of a sentence is silence and is trimmed. */
export const SILENCE_THRESHOLD = 164;
/** Kept before the first and after the last audible sample, so soft onsets and decays survive the trim. */
export const TRIM_LEAD_MS = 15;
export const TRIM_TAIL_MS = 40;
