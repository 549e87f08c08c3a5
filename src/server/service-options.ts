/** Options of the HTTP service (what `deck2video serve` passes), and their defaults. */
import { availableParallelism } from 'node:os';
import type { FastifyServerOptions } from 'fastify';
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

export function defaultConcurrency(cores = availableParallelism()): number {
  // Each conversion already uses two processes (Chromium pages, ffmpeg): one job per two cores.
  return Math.max(1, Math.floor(cores / 2));
}
