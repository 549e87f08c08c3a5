/**
 * Request logging without secrets: job keys travel in query strings (`?key=…`), so the URL in the
 * structured request log has them replaced; Authorization headers are never logged at all.
 */
import type { FastifyServerOptions } from 'fastify';

export function redactUrl(url: string): string {
  return url.replace(/([?&]key=)[^&#]*/g, '$1[redacted]');
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

/** The fastify logger option with our request serializer added (false stays false). */
export function withRedaction(logger: FastifyServerOptions['logger']): FastifyServerOptions['logger'] {
  if (!logger) return false;
  const base = logger === true ? {} : (logger as object);
  const serializers = (base as { serializers?: object }).serializers ?? {};
  return { ...base, serializers: { ...serializers, req } } as FastifyServerOptions['logger'];
}
