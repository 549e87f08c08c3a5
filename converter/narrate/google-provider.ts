/**
 * --tts google: Cloud Text-to-Speech v1 through googleapis. Credentials come from the usual Google
 * sources (GOOGLE_APPLICATION_CREDENTIALS, gcloud's application-default login, the metadata server)
 * unless an auth client is passed in. LINEAR16 at 24 kHz is asked for, so the answer is a WAV at the
 * narration's own rate. Input is limited to 5000 bytes per request; longer sentences are cut.
 */
import type { Auth, texttospeech_v1 } from 'googleapis';
import { ConvertError, missingEngine } from '../errors.js';
import type { ResolvedNarrationOptions } from './options.js';
import { concatPcm, type Pcm } from './pcm.js';
import type { TtsProvider } from './provider.js';
import { chunkText, utf8Bytes } from './chunk-text.js';
import { GOOGLE_MAX_INPUT_BYTES, GOOGLE_SCOPES, REMOTE_CONCURRENCY, SAMPLE_RATE } from './defaults.js';
import { googleVoiceFor } from './google-voices.js';
import { cancelled, retryAfterMs, withRetry, type RetryVerdict } from './retry.js';
import { isWav, parseWav, pcmFromS16le } from './wav.js';

export const MISSING_CREDENTIALS_MESSAGE =
  'Google TTS needs credentials: set GOOGLE_APPLICATION_CREDENTIALS to a service-account key file or run "gcloud auth application-default login", or use --tts espeak.';

export async function createGoogleProvider(o: ResolvedNarrationOptions): Promise<TtsProvider> {
  const auth = o.google.auth ?? (await defaultCredentials());
  // Loaded on first use: googleapis takes ~1 s to import, which every command paid before.
  const { google } = await import('googleapis');
  const tts = google.texttospeech({ version: 'v1', auth, rootUrl: o.google.rootUrl });
  const host = new URL(o.google.rootUrl).host;

  const speak = async (text: string, lang: string, signal?: AbortSignal): Promise<Pcm> => {
    const voice = googleVoiceFor(lang, o.voice);
    const requestBody: texttospeech_v1.Schema$SynthesizeSpeechRequest = {
      input: { text },
      voice,
      audioConfig: { audioEncoding: 'LINEAR16', sampleRateHertz: SAMPLE_RATE },
    };
    // gaxios retries only idempotent methods by default; ours handles POST the same as OpenAI.
    const res = await tts.text.synthesize({ requestBody }, { signal, retry: false });
    const bytes = Buffer.from(res.data.audioContent ?? '', 'base64');
    return isWav(bytes) ? parseWav(bytes) : pcmFromS16le(bytes, SAMPLE_RATE);
  };

  return {
    name: 'google',
    concurrency: o.concurrency || REMOTE_CONCURRENCY,
    warnings: [],
    voiceId: (lang) => {
      const v = googleVoiceFor(lang, o.voice);
      return `google ${host} ${v.languageCode} ${v.name ?? ''}`;
    },
    async synthesize(text: string, lang: string, signal?: AbortSignal): Promise<Pcm> {
      const parts: Pcm[] = [];
      for (const chunk of chunkText(text, GOOGLE_MAX_INPUT_BYTES, lang, utf8Bytes)) {
        try {
          parts.push(await withRetry(() => speak(chunk, lang, signal), o.retry, classify, signal));
        } catch (e) {
          throw explain(e, o, host, signal);
        }
      }
      return concatPcm(parts, SAMPLE_RATE);
    },
  };
}

/** Application Default Credentials, looked up now so a missing key fails before any slide is rendered. */
async function defaultCredentials(): Promise<Auth.GoogleAuth> {
  const { google } = await import('googleapis');
  const auth = new google.auth.GoogleAuth({ scopes: GOOGLE_SCOPES });
  try {
    await auth.getClient();
  } catch (e) {
    throw missingEngine(MISSING_CREDENTIALS_MESSAGE, e);
  }
  return auth;
}

interface HttpishError {
  status?: number;
  response?: { status?: number; headers?: Headers | Record<string, string> };
  message?: string;
  code?: string | number;
}

function statusOf(e: unknown): number {
  const h = e as HttpishError;
  return Number(h?.status ?? h?.response?.status ?? 0) || 0;
}

function header(e: unknown, name: string): string | undefined {
  const headers = (e as HttpishError)?.response?.headers;
  if (!headers) return undefined;
  return typeof (headers as Headers).get === 'function' ? ((headers as Headers).get(name) ?? undefined) : (headers as Record<string, string>)[name];
}

function classify(e: unknown): RetryVerdict {
  const status = statusOf(e);
  if (status === 429 || status >= 500) return { retry: true, afterMs: retryAfterMs((n) => header(e, n)) };
  const code = (e as HttpishError)?.code;
  if (status === 0 && (code === 'ECONNRESET' || code === 'ETIMEDOUT' || code === 'ECONNREFUSED')) return { retry: true };
  return { retry: false };
}

function explain(e: unknown, o: ResolvedNarrationOptions, host: string, signal?: AbortSignal): unknown {
  if (e instanceof ConvertError) return e;
  if (signal?.aborted) return cancelled(e);
  const status = statusOf(e);
  const message = String((e as HttpishError)?.message ?? e).replace(/\s+/g, ' ').slice(0, 200);
  if (status === 0 && /credential|GOOGLE_APPLICATION_CREDENTIALS|does not exist, or it is not a file|metadata/i.test(message)) {
    return missingEngine(MISSING_CREDENTIALS_MESSAGE, e);
  }
  if (status === 401 || status === 403) return missingEngine(`Google TTS refused the credentials (${status}: ${message}): check the account and that the Text-to-Speech API is enabled.`, e);
  if (status === 429 || status >= 500) return new ConvertError('INTERNAL', `Google TTS kept failing after ${o.retry.retries} retries (${status}: ${message}): try again later.`, { cause: e });
  if (status >= 400) return new ConvertError('BAD_USAGE', `Google TTS refused the request (${status}: ${message}): check --lang and --voice.`, { cause: e });
  if (status === 0) return new ConvertError('INTERNAL', `Cannot reach Google TTS at ${host} (${message}): check the network.`, { cause: e });
  return e;
}
