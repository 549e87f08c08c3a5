/**
 * Which web pages may call the API. The add-in's task pane is served by this service under /addin/,
 * so it is same-origin; other origins must be listed with --allow-origin. CORS headers alone would
 * only stop a foreign page from *reading* responses, while a form post would still start a job, so
 * /v1 requests from an Origin that is neither this service nor allowed are refused (403) outright.
 */
import { HttpError } from './http-error.js';

export function normalizeOrigin(origin: string): string {
  const u = new URL(origin);
  if (u.protocol !== 'https:' && u.protocol !== 'http:') throw new Error(`not a web origin: ${origin}`);
  return u.origin;
}

/** Same origin as this service: the Origin's host:port is the Host the request was sent to. */
export function isSameOrigin(origin: string, host: string | undefined): boolean {
  if (!host) return false;
  try {
    return new URL(origin).host.toLowerCase() === host.toLowerCase();
  } catch {
    return false;
  }
}

export function originAllowed(origin: string | undefined, host: string | undefined, allowed: ReadonlySet<string>): boolean {
  if (origin === undefined) return true; // not a browser page (curl, scripts, the Office host itself)
  if (isSameOrigin(origin, host)) return true;
  try {
    return allowed.has(normalizeOrigin(origin));
  } catch {
    return false;
  }
}

export function forbiddenOrigin(origin: string): HttpError {
  return new HttpError(403, `Requests from ${origin.slice(0, 100)} are not allowed: start the service with --allow-origin ${origin.slice(0, 100)} to allow that page`);
}
