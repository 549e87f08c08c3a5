/**
 * One slide's audio: every sentence synthesized on its own, its engine silence trimmed, then laid end
 * to end with the script's pauses into one WAV. Each sentence's span is read off the sample counter,
 * so timings are exact by construction. Every piece is padded to a whole millisecond (24 samples at
 * 24 kHz), which makes all timings integers and the slide duration exactly the sum of its parts.
 */
import type { ScriptSentence, SlideScript } from '../script/build-script.js';
import * as D from './defaults.js';
import { concatPcm, msToSamples, silence, trimSilence, type Pcm } from './pcm.js';
import type { TtsProvider } from './provider.js';
import { resample } from './resample.js';
import { cancelled } from './retry.js';
import { encodeWav } from './wav.js';

export interface TimedSentence extends ScriptSentence {
  /** Span of the sentence in the slide's audio, ms from the start of the slide (integers). */
  startMs: number;
  endMs: number;
}

export interface SlideAudio {
  /** Mono 16-bit WAV at SAMPLE_RATE. */
  wav: Uint8Array;
  sampleRate: number;
  durationMs: number;
  lang: string;
  leadingPauseMs: number;
  /** Empty for a silent slide (held for its reading time). */
  sentences: TimedSentence[];
}

const SAMPLES_PER_MS = D.SAMPLE_RATE / 1000;

export async function narrateSlide(script: SlideScript, provider: TtsProvider, signal?: AbortSignal): Promise<SlideAudio> {
  if (script.sentences.length === 0) {
    const hold = silence(script.holdMs, D.SAMPLE_RATE);
    return finish(hold, script, [], 0);
  }
  const voices = await synthesizeAll(script, provider, signal);
  const pieces: Pcm[] = [silence(script.leadingPauseMs, D.SAMPLE_RATE)];
  let at = pieces[0]!.samples.length;
  const timed: TimedSentence[] = [];
  script.sentences.forEach((sentence, i) => {
    const voice = toSpan(voices[i]!);
    const pause = silence(sentence.pauseAfterMs, D.SAMPLE_RATE);
    timed.push({ ...sentence, startMs: at / SAMPLES_PER_MS, endMs: (at + voice.samples.length) / SAMPLES_PER_MS });
    pieces.push(voice, pause);
    at += voice.samples.length + pause.samples.length;
  });
  return finish(concatPcm(pieces, D.SAMPLE_RATE), script, timed, script.leadingPauseMs);
}

/** All sentences in parallel (the provider's limiter bounds it); the first failure cancels the rest. */
async function synthesizeAll(script: SlideScript, provider: TtsProvider, signal?: AbortSignal): Promise<Pcm[]> {
  const inner = new AbortController();
  const forward = () => inner.abort(signal?.reason);
  if (signal?.aborted) throw cancelled(signal.reason);
  signal?.addEventListener('abort', forward, { once: true });
  try {
    return await Promise.all(
      script.sentences.map((s) =>
        provider.synthesize(s.spoken, script.lang, inner.signal).catch((e: unknown) => {
          inner.abort(e);
          throw e;
        }),
      ),
    );
  } finally {
    signal?.removeEventListener('abort', forward);
  }
}

/** Engine audio -> the sentence's span: our rate, engine silence trimmed, at least MIN_SENTENCE_MS, whole ms. */
function toSpan(raw: Pcm): Pcm {
  const voiced = trimSilence(resample(raw, D.SAMPLE_RATE), D.SILENCE_THRESHOLD, D.TRIM_LEAD_MS, D.TRIM_TAIL_MS);
  const min = msToSamples(D.MIN_SENTENCE_MS, D.SAMPLE_RATE);
  const length = Math.max(min, Math.ceil(voiced.samples.length / SAMPLES_PER_MS) * SAMPLES_PER_MS);
  if (length === voiced.samples.length) return voiced;
  const padded = new Int16Array(length);
  padded.set(voiced.samples);
  return { sampleRate: D.SAMPLE_RATE, samples: padded };
}

function finish(pcm: Pcm, script: SlideScript, sentences: TimedSentence[], leadingPauseMs: number): SlideAudio {
  return {
    wav: encodeWav(pcm),
    sampleRate: D.SAMPLE_RATE,
    durationMs: pcm.samples.length / SAMPLES_PER_MS,
    lang: script.lang,
    leadingPauseMs,
    sentences,
  };
}

/**
 * Everything that determines a slide's audio and timings, as a string for the cache to hash:
 * the voice (engine, version, model, voice, rate) and the script.
 */
export function narrationKey(script: SlideScript, provider: TtsProvider): string {
  return JSON.stringify({
    v: 1,
    rate: D.SAMPLE_RATE,
    voice: provider.voiceId(script.lang),
    lead: script.leadingPauseMs,
    hold: script.holdMs,
    sentences: script.sentences.map((s) => [s.spoken, s.caption, s.pauseAfterMs]),
  });
}
