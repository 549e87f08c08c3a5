/**
 * Shared by the Google Slides job tests: posting a JSON job, a conversion double that takes the deck
 * the service read from Google (and can hold a job in its conversion), a log capture, and a search
 * of every file under a folder for a secret.
 */
import { mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { ConvertInput, ConvertOptions, ConvertResult } from '../../converter/index.js';
import type { Deck } from '../../converter/deck/model.js';
import { runFfmpeg } from '../../converter/engines/ffmpeg.js';
import { ConvertError } from '../../converter/errors.js';

export function postGoogleJob(url: string, body: unknown, headers: Record<string, string> = {}): Promise<Response> {
  return fetch(`${url}/v1/jobs`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify(body) });
}

export interface DeckCall {
  deck: Deck;
  slideImages: Map<number, Uint8Array> | undefined;
  options: ConvertOptions;
}

export interface DeckConverter {
  run: (input: ConvertInput, options: ConvertOptions) => Promise<ConvertResult>;
  calls: DeckCall[];
  /** Resolves when `n` conversions have started. */
  started: (n: number) => Promise<void>;
}

/**
 * For tests of the HTTP layer: expects a deck already read (a Google job's), records it, reports a
 * little progress and writes a real 1-second MP4 plus captions. `gated`: waits (until aborted) before
 * writing anything, so a test can stop the service while the job is in its conversion.
 */
export function deckConverter(o: { gated?: boolean } = {}): DeckConverter {
  const waiters: { n: number; resolve: () => void }[] = [];
  const conv: DeckConverter = {
    calls: [],
    started: (n) => (conv.calls.length >= n ? Promise.resolve() : new Promise((resolve) => waiters.push({ n, resolve }))),
    run: async (input, options) => {
      if (!('deck' in input)) throw new Error('expected the deck the service read from Google, not a file');
      conv.calls.push({ deck: input.deck, slideImages: options.slideImages, options });
      for (const w of waiters.filter((x) => conv.calls.length >= x.n)) w.resolve();
      options.onProgress?.({ stage: 'render', done: 1, total: 1, detail: 'slide 1' });
      if (o.gated) {
        await new Promise((_, reject) => {
          const stop = () => reject(new ConvertError('CANCELLED', 'cancelled'));
          if (options.signal?.aborted) stop();
          else options.signal?.addEventListener('abort', stop, { once: true });
        });
      }
      const out = options.output as string;
      mkdirSync(dirname(out), { recursive: true });
      await runFfmpeg(['-loglevel', 'error', '-f', 'lavfi', '-i', 'color=c=blue:s=160x90:d=1', '-f', 'lavfi', '-i', 'sine=frequency=440:duration=1', '-shortest', '-c:v', 'libx264', '-pix_fmt', 'yuv420p', '-c:a', 'aac', out], { signal: options.signal });
      const srt = out.replace(/\.mp4$/, '.srt');
      const vtt = out.replace(/\.mp4$/, '.vtt');
      writeFileSync(srt, '1\n00:00:00,000 --> 00:00:01,000\nWelcome.\n');
      writeFileSync(vtt, 'WEBVTT\n\n00:00:00.000 --> 00:00:01.000\nWelcome.\n');
      options.onProgress?.({ stage: 'done', done: 1, total: 1 });
      const slides = input.deck.slides.filter((s) => options.includeHidden || !s.hidden).map((s) => s.index);
      return { video: out, srt, vtt, durationMs: 1000, lang: input.deck.lang || 'en', translations: [], slides, warnings: [], timings: {} };
    },
  };
  return conv;
}

/** A pino destination that keeps every line. */
export function logCapture(): { lines: string[]; logger: { level: string; stream: { write(line: string): void } } } {
  const lines: string[] = [];
  return { lines, logger: { level: 'debug', stream: { write: (line: string) => void lines.push(line) } } };
}

/** Paths (relative to `dir`) of every file under it whose bytes contain `secret`. */
export function filesContaining(dir: string, secret: string): string[] {
  const needle = Buffer.from(secret);
  const hits: string[] = [];
  const walk = (d: string) => {
    for (const name of readdirSync(d)) {
      const p = join(d, name);
      if (statSync(p).isDirectory()) walk(p);
      else if (readFileSync(p).includes(needle)) hits.push(p.slice(dir.length + 1));
    }
  };
  walk(dir);
  return hits;
}

/** Number of files under `dir` (to show a search looked at something). */
export function fileCount(dir: string): number {
  let n = 0;
  for (const name of readdirSync(dir)) n += statSync(join(dir, name)).isDirectory() ? fileCount(join(dir, name)) : 1;
  return n;
}
