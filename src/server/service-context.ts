/** What the route modules share: the store, the queue, the event hub and the service's settings. */
import type { FastifyRequest } from 'fastify';
import { canReadJob, unauthorized } from './auth.js';
import type { GoogleTokens } from './google-tokens.js';
import { HttpError } from './http-error.js';
import type { JobEvents } from './job-events.js';
import type { JobQueue } from './job-queue.js';
import type { JobStore } from './job-store.js';
import type { JobRecord } from './job-types.js';
import type { UploadLimits } from './upload.js';

/** Reads just enough of an uploaded deck to count its slides (and refuse what is not a deck, with why). */
export type InspectDeck = (input: { bytes: Uint8Array; name: string }) => Promise<{ slides: number }>;

export interface ServiceContext {
  store: JobStore;
  events: JobEvents;
  queue: JobQueue;
  limits: UploadLimits;
  inspect: InspectDeck;
  /** Google access tokens of Google Slides jobs that have not read their deck yet (memory only). */
  googleTokens: GoogleTokens;
  heartbeatMs: number;
  /** True when the request carries the right bearer token, or when no token is configured. */
  bearerOk(request: FastifyRequest): boolean;
}

/** The job named in the URL, if this request may see it: 401 (never 404) for strangers, so ids don't leak. */
export async function authorizedJob(ctx: ServiceContext, request: FastifyRequest): Promise<JobRecord> {
  const { id } = request.params as { id: string };
  const { key } = (request.query ?? {}) as { key?: unknown };
  const record = await ctx.store.read(id);
  const bearerOk = ctx.bearerOk(request);
  if (!canReadJob(bearerOk, record, key)) throw unauthorized();
  if (!record) throw new HttpError(404, `No job ${String(id).slice(0, 40)} on this service: check the id (jobs live in the service's --data-dir)`);
  return record;
}
