/**
 * Access control. When DECK2VIDEO_TOKEN is set, every /v1 request needs `Authorization: Bearer
 * <token>`; the comparison is constant-time (over SHA-256 digests, so lengths leak nothing either).
 * A job's own links also work with `?key=<job key>`: the key is a per-job capability handed to the
 * client that created the job, because <video> tags, EventSource and "open in browser" cannot send
 * headers. /healthz and /addin/ stay open.
 */
import { createHash, timingSafeEqual } from 'node:crypto';
import { HttpError } from './http-error.js';
import type { JobRecord } from './job-types.js';

export function safeEqual(a: string, b: string): boolean {
  const da = createHash('sha256').update(a).digest();
  const db = createHash('sha256').update(b).digest();
  return timingSafeEqual(da, db);
}

export function bearerMatches(header: string | undefined, token: string): boolean {
  const m = /^Bearer[ \t]+(\S+)[ \t]*$/i.exec(header ?? '');
  return m !== null && safeEqual(m[1] as string, token);
}

export function unauthorized(): HttpError {
  return new HttpError(401, 'Missing or wrong access token: send "Authorization: Bearer <token>" with the token the service was started with (DECK2VIDEO_TOKEN)');
}

/** May this request read this job? `bearerOk` is true when no token is configured. */
export function canReadJob(bearerOk: boolean, record: JobRecord | undefined, key: unknown): boolean {
  if (bearerOk) return true;
  return record !== undefined && typeof key === 'string' && key !== '' && safeEqual(key, record.key);
}
