/** Options of the HTTP service (what `deck2video serve` passes), their flags and their defaults. */
import { availableParallelism, homedir } from 'node:os';
import { join } from 'node:path';
import type { FastifyServerOptions } from 'fastify';
import { choice, list, number, text, toggle, type OptionsOf } from '../../converter/options/index.js';
import type { RunJob } from './job-queue.js';
import type { RunAsUser } from '../runner/run-as.js';
import type { InspectDeck } from './service-context.js';

export interface ServiceOptions {
  /** Jobs, their decks and results, and the artifact cache live here. */
  dataDir: string;
  /** Jobs converted at the same time; the rest queue. Default: half the cores (1 on 2 cores). */
  concurrency?: number;
  /** When non-empty, /v1 requests need "Authorization: Bearer <token>". */
  token?: string;
  /** Largest deck accepted, MB (413 beyond). Default 200. */
  maxUploadMb?: number;
  /** Decks with more slides are refused (422). Default 300. */
  maxSlides?: number;
  /** Web origins besides this service's own that may call the API (CORS). */
  allowOrigins?: string[];
  /** PEM certificate and key: serve HTTPS (Office loads add-ins only over HTTPS). */
  https?: { cert: string | Buffer; key: string | Buffer };
  /** Fastify's logger option: pino JSON lines; false in tests. */
  logger?: FastifyServerOptions['logger'];
  /** Built task pane (default addin/powerpoint/dist of this package); null = none. */
  addinDir?: string | null;
  /** The https:// URL Office reaches this service at, for the generated manifest (default: the address it listens on). */
  publicUrl?: string;
  /** The conversion: convertDeck in a child process (src/runner) unless a test swaps it. */
  runJob?: RunJob;
  /** Slide counting at upload: inspectDeck in a child process unless a test swaps it. */
  inspect?: InspectDeck;
  /** Run conversions as this (unprivileged) user; the service must be root to switch (src/runner/run-as.ts). */
  runAs?: RunAsUser;
  /** Root of every Google request of Google Slides jobs (a proxy; tests: a stand-in). Default DECK2VIDEO_GOOGLE_ROOT_URL, else Google. */
  googleRootUrl?: string;
  /** SSE comment-line interval, ms. Default 15000. */
  heartbeatMs?: number;
  stateWriteIntervalMs?: number;
  maxAttempts?: number;
}

export const DEFAULT_MAX_UPLOAD_MB = 200;
export const DEFAULT_MAX_SLIDES = 300;
export const DEFAULT_HEARTBEAT_MS = 15_000;

/** $XDG_DATA_HOME/deck2video, else ~/.local/share/deck2video. */
export function defaultDataDir(env: NodeJS.ProcessEnv = process.env): string {
  const xdg = env.XDG_DATA_HOME;
  return xdg && xdg.startsWith('/') ? join(xdg, 'deck2video') : join(homedir(), '.local', 'share', 'deck2video');
}

export function defaultConcurrency(cores = availableParallelism()): number {
  // Each conversion already uses two processes (Chromium pages, ffmpeg): one job per two cores.
  return Math.max(1, Math.floor(cores / 2));
}

/**
 * The `deck2video serve` flags, one entry each (kinds and how to add one: converter/options/
 * convert-options.ts). Defaults are applied by the command, so a flag given stays distinguishable from
 * one left out; a command that shares a flag (a worker) picks the entry from here.
 */
export const SERVE_OPTIONS = {
  host: text({}, { flag: '--host <host>', help: 'address to listen on (0.0.0.0 for all interfaces; default localhost)' }),
  port: number({ min: 0, max: 65535, whole: true, expect: 'a whole number from 0 to 65535' }, { flag: '--port <port>', help: 'TCP port (0 = any free port; default 3000)' }),
  dataDir: text({}, { flag: '--data-dir <dir>', help: `jobs, results and the cache (default ${defaultDataDir()})` }),
  concurrency: number(
    { min: 1, max: 64, whole: true, expect: 'a whole number from 1 to 64' },
    { flag: '--concurrency <n>', help: `conversions at the same time; more jobs wait in a queue (default ${defaultConcurrency()})` },
  ),
  maxUploadMb: number({ min: 1, max: 4096, whole: true, expect: 'a whole number from 1 to 4096' }, { flag: '--max-upload-mb <mb>', help: `largest deck accepted, in MB (default ${DEFAULT_MAX_UPLOAD_MB})` }),
  maxSlides: number({ min: 1, max: 10000, whole: true, expect: 'a whole number from 1 to 10000' }, { flag: '--max-slides <n>', help: `decks with more slides are refused (default ${DEFAULT_MAX_SLIDES})` }),
  allowOrigin: list(text(), { flag: '--allow-origin <url...>', help: 'other web origins allowed to call the API (CORS)' }),
  cert: text({}, { flag: '--cert <file>', help: 'TLS certificate (PEM): serve HTTPS' }),
  key: text({}, { flag: '--key <file>', help: 'TLS private key (PEM)' }),
  devCerts: toggle({ flag: '--dev-certs', help: 'serve HTTPS with the localhost certificate of "npx office-addin-dev-certs install"' }),
  publicUrl: text({}, { flag: '--public-url <url>', help: 'the https:// URL Office reaches this service at (for /addin/manifest.xml)' }),
  runAs: text({}, { flag: '--run-as <user>', help: 'started as root: convert as this unprivileged user (default: the "deck2video" account when it exists; also DECK2VIDEO_RUN_AS)' }),
  logLevel: choice(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'], { flag: '--log-level <level>', help: 'how much the service logs (default info)' }),
};

export type ServeFlags = OptionsOf<typeof SERVE_OPTIONS>;
