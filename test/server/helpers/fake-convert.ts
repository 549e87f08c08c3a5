/**
 * A stand-in for convertDeck, for tests of the HTTP layer only (queueing, auth, limits, SSE,
 * durability): it reads the deck it is given (so a bad deck still fails), reports progress through
 * every stage, honours the abort signal, and writes a real (tiny) MP4 with ffmpeg plus .srt/.vtt
 * beside it. Tests that are about the conversion itself use the real convertDeck.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import type { ConvertInput, ConvertOptions, ConvertResult } from '../../../converter/index.js';
import { readDeck } from '../../../converter/deck/read-deck.js';
import { ConvertError } from '../../../converter/errors.js';
import { runFfmpeg } from '../../../converter/engines/ffmpeg.js';
import type { Stage } from '../../../converter/progress.js';

export interface FakeCall {
  name: string;
  options: ConvertOptions;
  slideImages: number[];
}

export interface FakeConverter {
  run: (input: ConvertInput, options: ConvertOptions) => Promise<ConvertResult>;
  calls: FakeCall[];
  /** Highest number of conversions that were running at the same time. */
  maxParallel: number;
  /** Resolve to let conversions past their first stage (when constructed with `gated`). */
  release: () => void;
  /** Resolves when `n` conversions have started. */
  started: (n: number) => Promise<void>;
}

const GREETING: Record<string, string> = { en: 'Hello.', es: 'Hola.', ar: 'مرحبا.' };

const STAGES: Stage[] = ['read', 'render', 'illustrate', 'narrate', 'encode', 'mux'];

export function fakeConverter(opts: { stepMs?: number; gated?: boolean; failWith?: ConvertError } = {}): FakeConverter {
  let running = 0;
  let release!: () => void;
  const gate = opts.gated ? new Promise<void>((r) => (release = r)) : Promise.resolve();
  if (!opts.gated) release = () => undefined;
  const startWaiters: { n: number; resolve: () => void }[] = [];
  const fake: FakeConverter = {
    calls: [],
    maxParallel: 0,
    release: () => release(),
    started: (n) => (fake.calls.length >= n ? Promise.resolve() : new Promise((resolve) => startWaiters.push({ n, resolve }))),
    run: async (input, options) => {
      const deck = 'deck' in input ? input.deck : await readDeck(input);
      const name = 'deck' in input ? input.deck.source.name : 'bytes' in input ? input.name : input.path;
      fake.calls.push({ name, options, slideImages: [...(options.slideImages?.keys() ?? [])] });
      for (const w of startWaiters.filter((x) => fake.calls.length >= x.n)) w.resolve();
      running++;
      fake.maxParallel = Math.max(fake.maxParallel, running);
      try {
        const n = deck.slides.length;
        const step = async () => {
          if (options.signal?.aborted) throw new ConvertError('CANCELLED', 'cancelled');
          await new Promise((r) => setTimeout(r, opts.stepMs ?? 5));
          if (options.signal?.aborted) throw new ConvertError('CANCELLED', 'cancelled');
        };
        for (const stage of STAGES) {
          for (let i = 1; i <= n; i++) {
            options.onProgress?.({ stage, done: i, total: n, detail: `slide ${i}` });
            await step();
          }
          if (stage === 'read') await Promise.race([gate, abortPromise(options.signal)]);
        }
        if (opts.failWith) throw opts.failWith;
        const out = options.output as string;
        mkdirSync(dirname(out), { recursive: true });
        // As convertDeck names them: OUT.mp4 in the deck's language (en here), OUT.es.mp4 per --translate language.
        const videos = [...(options.original === false ? [] : [{ lang: 'en', stem: out.replace(/\.mp4$/, '') }]),
          ...(options.translate ?? []).map((lang) => ({ lang, stem: out.replace(/\.mp4$/, `.${lang}`) }))];
        const made = [];
        for (const { lang, stem } of videos) {
          await runFfmpeg(['-loglevel', 'error', '-f', 'lavfi', '-i', 'color=c=blue:s=160x90:d=1', '-f', 'lavfi', '-i', 'sine=frequency=440:duration=1', '-shortest', '-c:v', 'libx264', '-pix_fmt', 'yuv420p', '-c:a', 'aac', `${stem}.mp4`], { signal: options.signal });
          writeFileSync(`${stem}.srt`, `1\n00:00:00,000 --> 00:00:01,000\n${GREETING[lang] ?? 'Hello.'}\n`);
          writeFileSync(`${stem}.vtt`, `WEBVTT\n\n00:00:00.000 --> 00:00:01.000\n${GREETING[lang] ?? 'Hello.'}\n`);
          made.push({ lang, video: `${stem}.mp4`, srt: `${stem}.srt`, vtt: `${stem}.vtt`, durationMs: 1000 });
        }
        options.onProgress?.({ stage: 'done', done: 1, total: 1 });
        const [main, ...rest] = made;
        return { ...main!, translations: options.original === false ? made : rest, slides: deck.slides.map((s) => s.index), warnings: [], timings: {} };
      } finally {
        running--;
      }
    },
  };
  return fake;
}

function abortPromise(signal: AbortSignal | undefined): Promise<never> {
  return new Promise((_, reject) => {
    if (!signal) return;
    const fail = () => reject(new ConvertError('CANCELLED', 'cancelled'));
    if (signal.aborted) fail();
    else signal.addEventListener('abort', fail, { once: true });
  });
}
