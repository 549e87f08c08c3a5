/**
 * Request logging without secrets: job keys travel in query strings (`?key=…`), so the URL in the
 * structured request log has them replaced; Authorization headers are never logged at all. Google
 * access tokens of Google Slides jobs are never put in a log line on purpose, but an error from the
 * Google client could carry one (a request's headers in its config), so every finished line is also
 * scrubbed of the tokens the service currently holds, just before it is written.
 */
import type { FastifyServerOptions } from 'fastify';

export const REDACTED = '[redacted]';

export function redactUrl(url: string): string {
  return url.replace(/([?&]key=)[^&#]*/g, `$1${REDACTED}`);
}

/** Secrets shorter than this are not scrubbed: replacing "ab" everywhere would garble every line. */
const MIN_SECRET = 8;

/** `text` with every occurrence of each secret (and its JSON-escaped form) replaced. */
export function scrubSecrets(text: string, secrets: Iterable<string>): string {
  let out = text;
  for (const s of secrets) {
    if (s.length < MIN_SECRET) continue;
    const escaped = JSON.stringify(s).slice(1, -1);
    for (const form of escaped === s ? [s] : [s, escaped]) if (out.includes(form)) out = out.split(form).join(REDACTED);
  }
  return out;
}

interface LoggedRequest {
  method: string;
  url: string;
  headers: Record<string, unknown>;
  socket?: { remoteAddress?: string };
}

function req(request: LoggedRequest): object {
  return { method: request.method, url: redactUrl(request.url), host: request.headers.host, remoteAddress: request.socket?.remoteAddress };
}

interface PinoHooks {
  streamWrite?: (line: string) => string;
}

/**
 * The fastify logger option with our request serializer added (false stays false), and, when given,
 * the secrets to scrub from every line (asked for each line: the set changes as jobs come and go).
 */
export function withRedaction(logger: FastifyServerOptions['logger'], secrets?: () => Iterable<string>): FastifyServerOptions['logger'] {
  if (!logger) return false;
  const base = logger === true ? {} : (logger as object);
  const serializers = (base as { serializers?: object }).serializers ?? {};
  const hooks = (base as { hooks?: PinoHooks }).hooks ?? {};
  const before = hooks.streamWrite;
  const streamWrite = secrets ? (line: string) => scrubSecrets(before ? before(line) : line, secrets()) : before;
  return { ...base, serializers: { ...serializers, req }, hooks: { ...hooks, ...(streamWrite ? { streamWrite } : {}) } } as FastifyServerOptions['logger'];
}
