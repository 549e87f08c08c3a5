/**
 * --tts openai: any OpenAI-compatible POST /v1/audio/speech (OpenAI, Kokoro-FastAPI, LocalAI) through
 * the official SDK. WAV is requested so the sample rate travels with the audio (OpenAI answers 24 kHz;
 * local servers may not). Inputs over 4096 characters are cut at sentence boundaries and the pieces
 * joined. Retries are ours (SDK retries off) so 429/5xx behave like the Google provider's.
 */
import type OpenAI from 'openai';
import { loadOpenAiSdk, type OpenAiSdk } from '../engines/openai-sdk.js';
import { ConvertError, missingEngine } from '../errors.js';
import type { ResolvedNarrationOptions } from './options.js';
import { concatPcm, type Pcm } from './pcm.js';
import type { TtsProvider } from './provider.js';
import { chunkText } from './chunk-text.js';
import { OPENAI_MAX_INPUT_CHARS, OPENAI_TTS_VOICE, REMOTE_CONCURRENCY } from './defaults.js';
import { resample } from './resample.js';
import { cancelled, retryAfterMs, withRetry, type RetryVerdict } from './retry.js';
import { isWav, parseWav } from './wav.js';

export const MISSING_KEY_MESSAGE =
  'OpenAI TTS needs an API key: set OPENAI_API_KEY (any non-empty value for a local server such as Kokoro-FastAPI), or use --tts espeak.';

export async function createOpenAiProvider(o: ResolvedNarrationOptions): Promise<TtsProvider> {
  if (!o.openai.apiKey) throw missingEngine(MISSING_KEY_MESSAGE);
  const sdk = await loadOpenAiSdk();
  const client = new sdk({ apiKey: o.openai.apiKey, baseURL: o.openai.baseURL, maxRetries: 0, timeout: 120_000 });
  const voice = o.voice || OPENAI_TTS_VOICE;
  const host = new URL(o.openai.baseURL).host;

  const speak = async (input: string, signal?: AbortSignal): Promise<Pcm> => {
    const body: OpenAI.Audio.SpeechCreateParams = { model: o.ttsModel, voice, input, response_format: 'wav' };
    if (o.ttsInstructions) body.instructions = o.ttsInstructions;
    const response = await client.audio.speech.create(body, { signal });
    const bytes = new Uint8Array(await response.arrayBuffer());
    if (!isWav(bytes)) {
      throw new ConvertError(
        'INTERNAL',
        `The speech server at ${host} did not answer with WAV audio (${response.headers.get('content-type') ?? 'no content type'}): use a server that supports response_format "wav".`,
      );
    }
    return parseWav(bytes);
  };

  return {
    name: 'openai',
    concurrency: o.concurrency || REMOTE_CONCURRENCY,
    warnings: [],
    voiceId: () => `openai ${host} model=${o.ttsModel} voice=${voice} instructions=${o.ttsInstructions}`,
    async synthesize(text: string, lang: string, signal?: AbortSignal): Promise<Pcm> {
      const parts: Pcm[] = [];
      for (const chunk of chunkText(text, OPENAI_MAX_INPUT_CHARS, lang)) {
        try {
          parts.push(await withRetry(() => speak(chunk, signal), o.retry, (e) => classify(sdk, e), signal));
        } catch (e) {
          throw explain(sdk, e, o, host, signal);
        }
      }
      const rate = parts[0]?.sampleRate ?? 24_000;
      return concatPcm(parts.map((p) => resample(p, rate)), rate);
    },
  };
}

function classify(sdk: OpenAiSdk, e: unknown): RetryVerdict {
  if (e instanceof sdk.APIUserAbortError) return { retry: false };
  if (e instanceof sdk.APIConnectionError) return { retry: true }; // includes timeouts
  if (e instanceof sdk.APIError) {
    const status = e.status ?? 0;
    if (status === 429 || status >= 500) return { retry: true, afterMs: retryAfterMs((n) => e.headers?.get(n)) };
  }
  return { retry: false };
}

/** One line the user can act on, for what remains after retries. */
function explain(sdk: OpenAiSdk, e: unknown, o: ResolvedNarrationOptions, host: string, signal?: AbortSignal): unknown {
  if (e instanceof ConvertError) return e;
  if (signal?.aborted || e instanceof sdk.APIUserAbortError) return cancelled(e);
  if (e instanceof sdk.APIConnectionError) {
    return new ConvertError('INTERNAL', `Cannot reach the speech server at ${host}: check the network or --openai-base-url / OPENAI_BASE_URL.`, { cause: e });
  }
  if (e instanceof sdk.APIError) {
    const status = e.status ?? 0;
    const what = `${status}${e.message ? `: ${oneLine(e.message)}` : ''}`;
    if (status === 401 || status === 403) return missingEngine(`The speech server at ${host} refused the API key (${what}): check OPENAI_API_KEY.`, e);
    if (status === 429) return new ConvertError('INTERNAL', `The speech server at ${host} is still rate-limiting after ${o.retry.retries} retries (${what}): wait, lower --concurrency, or check your quota.`, { cause: e });
    if (status >= 500) return new ConvertError('INTERNAL', `The speech server at ${host} kept failing after ${o.retry.retries} retries (${what}): try again later.`, { cause: e });
    return new ConvertError('BAD_USAGE', `The speech server at ${host} refused the request (${what}): check --tts-model "${o.ttsModel}" and --voice.`, { cause: e });
  }
  return e;
}

function oneLine(s: string): string {
  return s.replace(/\s+/g, ' ').trim().slice(0, 200);
}
