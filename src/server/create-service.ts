/**
 * The deck2video HTTP service (ARCHITECTURE.md, "HTTP service"): fastify with multipart uploads, a
 * durable job store in the data dir, a queue running `concurrency` conversions, SSE progress, the
 * add-in's static files, bearer-token auth and an origin guard. Jobs come from uploads (multipart)
 * or from Google Slides (JSON with the deck id and the user's access token, kept in memory only). On start it re-queues every job
 * that was queued or running when the previous process stopped (or was killed).
 */
import cors from '@fastify/cors';
import multipart from '@fastify/multipart';
import fastify, { type FastifyInstance } from 'fastify';
import type { ServerResponse } from 'node:http';
import { dirname } from 'node:path';
import { sweepStale } from '../../converter/index.js';
import { childRunJob, inspectInChild, type RunnerOptions } from '../runner/conversion-runner.js';
import { assertReachable, handOver, type RunAsUser } from '../runner/run-as.js';
import { packageVersion } from '../cli/version.js';
import { DEFAULT_BASE_URL } from './manifest-xml.js';
import { bearerMatches, unauthorized } from './auth.js';
import { GoogleTokens } from './google-tokens.js';
import { errorHandler } from './error-handler.js';
import { JobEvents } from './job-events.js';
import { JobQueue, type RunJob } from './job-queue.js';
import { JobStore } from './job-store.js';
import { withRedaction } from './log-redact.js';
import { forbiddenOrigin, normalizeOrigin, originAllowed } from './origin-guard.js';
import { defaultAddinDir } from './package-root.js';
import { registerAddinRoutes } from './routes/addin-routes.js';
import { registerEventsRoute } from './routes/events-route.js';
import { registerFileRoutes } from './routes/files-routes.js';
import { registerJobRoutes } from './routes/jobs-routes.js';
import type { ServiceContext } from './service-context.js';
import { DEFAULT_HEARTBEAT_MS, DEFAULT_MAX_SLIDES, DEFAULT_MAX_UPLOAD_MB, defaultConcurrency, type ServiceOptions } from './service-options.js';
import { tooLarge } from './upload.js';

export interface Service {
  app: FastifyInstance;
  store: JobStore;
  queue: JobQueue;
  events: JobEvents;
  /** Jobs found unfinished on disk at start and queued again. */
  resumed: string[];
  /** Without a configured publicUrl, the manifest names the address the service listens on (set by startService). */
  listeningAt(url: string): void;
}

const MB = 1024 * 1024;

export async function createService(o: ServiceOptions): Promise<Service> {
  const token = o.token ?? '';
  const limits = { maxBytes: Math.round((o.maxUploadMb ?? DEFAULT_MAX_UPLOAD_MB) * MB), maxSlides: o.maxSlides ?? DEFAULT_MAX_SLIDES };
  const allowed = new Set((o.allowOrigins ?? []).map(normalizeOrigin));
  const store = new JobStore(o.dataDir);
  await store.init();
  const runner = o.runAs ? { user: { uid: o.runAs.uid, gid: o.runAs.gid } } : {};
  if (o.runAs) {
    await assertReachable(store.cacheDir, o.runAs);
    await handOver(store.cacheDir, o.runAs);
  }
  // What runs killed with the previous process left behind (temp files in the cache, temp folders).
  await sweepStale({ cacheDir: store.cacheDir });
  const googleTokens = new GoogleTokens();

  const app = fastify({
    logger: withRedaction(o.logger ?? false, () => googleTokens.values()),
    ...(o.https ? { https: o.https } : {}),
    // Closing must not wait on idle keep-alive sockets of browsers.
    forceCloseConnections: 'idle',
  }) as unknown as FastifyInstance;

  let manifestBase = o.publicUrl ?? DEFAULT_BASE_URL;
  const events = new JobEvents();
  const queue = new JobQueue({
    store,
    events,
    runJob: o.runJob ?? conversionInChild(runner, o.runAs),
    google: { store, tokens: googleTokens, limits, ...(o.googleRootUrl ? { rootUrl: o.googleRootUrl } : {}) },
    concurrency: o.concurrency ?? defaultConcurrency(),
    log: app.log,
    maxAttempts: o.maxAttempts,
    stateWriteIntervalMs: o.stateWriteIntervalMs,
  });
  const ctx: ServiceContext = {
    store,
    events,
    queue,
    limits,
    inspect: o.inspect ?? ((input) => inspectInChild(input, runner)),
    googleTokens,
    heartbeatMs: o.heartbeatMs ?? DEFAULT_HEARTBEAT_MS,
    bearerOk: (request) => token === '' || bearerMatches(request.headers.authorization, token),
  };

  app.setErrorHandler(errorHandler(limits));
  app.setNotFoundHandler((request, reply) => void reply.code(404).send({ error: `Nothing at ${request.method} ${request.url.split('?')[0]}` }));

  await app.register(cors, {
    origin: allowed.size > 0 ? [...allowed] : false,
    methods: ['GET', 'POST', 'DELETE'],
    allowedHeaders: ['Authorization', 'Content-Type', 'Last-Event-ID'],
    exposedHeaders: ['Location', 'Content-Disposition'],
    maxAge: 600,
  });
  await app.register(multipart, { limits: { fileSize: limits.maxBytes } });

  app.addHook('onRequest', async (request) => {
    if (!request.url.startsWith('/v1/')) return;
    const origin = request.headers.origin;
    if (!originAllowed(origin, request.headers.host, allowed)) throw forbiddenOrigin(origin as string);
    if (request.method === 'OPTIONS') return;
    const route = request.routeOptions.url ?? '';
    if (request.method === 'POST' && route === '/v1/jobs') {
      // Refuse an obviously oversized upload before reading it (deck + slide images + form overhead).
      const length = Number(request.headers['content-length'] ?? 0);
      if (length > 2 * limits.maxBytes + MB) throw tooLarge(limits);
    }
    // Job-scoped reads may instead carry the job's key; their handlers check it.
    const hasKey = typeof (request.query as { key?: unknown } | undefined)?.key === 'string';
    if (!ctx.bearerOk(request) && !(route.startsWith('/v1/jobs/:id') && hasKey)) throw unauthorized();
  });

  const streams = new Set<ServerResponse>();
  registerJobRoutes(app, ctx);
  registerEventsRoute(app, ctx, streams);
  registerFileRoutes(app, ctx);
  await registerAddinRoutes(app, ctx, {
    addinDir: o.addinDir === null ? undefined : (o.addinDir ?? defaultAddinDir()),
    publicUrl: () => manifestBase,
    version: packageVersion(),
  });

  app.addHook('preClose', async () => {
    await queue.stop();
    for (const s of streams) s.end();
    streams.clear();
  });

  await app.ready();
  const resumed = await resumeUnfinished(store, queue);
  if (resumed.length > 0) app.log.info({ jobs: resumed }, `resuming ${resumed.length} unfinished job(s)`);
  if (!token) app.log.warn('DECK2VIDEO_TOKEN is not set: anyone who can reach this service can use it');
  const listeningAt = (url: string) => {
    if (o.publicUrl === undefined) manifestBase = `https://${new URL(url).host}`;
  };
  return { app, store, queue, events, resumed, listeningAt };
}

/**
 * The conversion, in a child process: the service's event loop stays free whatever the deck, and the
 * memory a job takes goes back to the system when it ends. As another user, the job's output folder
 * becomes theirs first (the cache was handed over at start).
 */
function conversionInChild(runner: RunnerOptions, user: RunAsUser | undefined): RunJob {
  const run = childRunJob(runner);
  return async (input, options) => {
    if (user && options.output) await handOver(dirname(options.output), user);
    return run(input, options);
  };
}

/** Queue again, oldest first, every job that was queued or running when the last process ended. */
async function resumeUnfinished(store: JobStore, queue: JobQueue): Promise<string[]> {
  const unfinished = [];
  for (const id of await store.ids()) {
    const r = await store.read(id).catch(() => undefined);
    if (r && (r.state === 'queued' || r.state === 'running')) unfinished.push(r);
  }
  unfinished.sort((a, b) => a.createdAt.localeCompare(b.createdAt));
  for (const r of unfinished) queue.enqueue(r.id);
  return unfinished.map((r) => r.id);
}

/** Create the service and listen; resolves to the service and its base URL. */
export async function startService(o: ServiceOptions & { host?: string; port?: number }): Promise<Service & { url: string }> {
  const service = await createService(o);
  const host = o.host ?? 'localhost';
  const address = await service.app.listen({ host, port: o.port ?? 3000 });
  // The dev certificate and the manifest name "localhost", not the address it resolved to.
  const url = host === 'localhost' ? address.replace(/^(https?:\/\/)(\[[^\]]+\]|[^/:]+)/, '$1localhost') : address;
  service.listeningAt(url);
  return { ...service, url };
}

