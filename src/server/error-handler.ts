/**
 * How a failed request is answered and logged. Every answer is `{"error": one line}` with the fitting
 * status; only our own faults (5xx) are logged as errors with their stack. A client that hangs up
 * mid-request is no fault of ours: one info line, nothing sent.
 */
import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import type { HttpError } from './http-error.js';
import { FORM_FIELDS, tooLarge, type UploadLimits } from './upload.js';

/** The form-shape limits of upload.ts, by the code @fastify/multipart gives when one is passed. */
export function formLimitMessage(code: string | undefined, limits: UploadLimits): string | undefined {
  switch (code) {
    case 'FST_FIELDS_LIMIT':
      return `The form has more than ${FORM_FIELDS} option fields: send only the options you set (or all of them as one JSON field "options")`;
    case 'FST_FILES_LIMIT':
      return `The form has more than ${limits.maxSlides + 1} files: send the deck and at most one image per slide (this service converts at most ${limits.maxSlides} slides)`;
    case 'FST_PARTS_LIMIT':
      return `The form has more than ${limits.maxSlides + FORM_FIELDS + 1} parts: send the deck, one image per slide and only the options you set`;
    default:
      return undefined;
  }
}

const HUNG_UP = new Set(['ECONNRESET', 'ECONNABORTED', 'EPIPE', 'FST_MP_PREMATURE_CLOSE', 'ERR_STREAM_PREMATURE_CLOSE']);

export function clientHungUp(err: { code?: string }, request: FastifyRequest): boolean {
  // Not request.raw.destroyed: a body read to its end is destroyed too. The socket tells.
  return request.raw.socket?.destroyed === true || (err.code !== undefined && HUNG_UP.has(err.code));
}

export function errorHandler(limits: UploadLimits) {
  return (err: FastifyError | HttpError, request: FastifyRequest, reply: FastifyReply): void => {
    const code = (err as FastifyError).code;
    if (clientHungUp(err as FastifyError, request)) {
      request.log.info({ code: code ?? err.message }, 'client closed the connection before the request was complete');
      if (!reply.raw.destroyed) void reply.code(400).send({ error: 'The request was closed before it was complete: send it again' });
      return;
    }
    let status = err.statusCode ?? 500;
    let message = err.message;
    if (status === 413) message = formLimitMessage(code, limits) ?? tooLarge(limits).message;
    if (status >= 500) {
      request.log.error({ err }, 'request failed');
      message = `internal error: ${err.message}`;
    }
    if (status < 400 || status > 599) status = 500;
    if (status === 401) void reply.header('www-authenticate', 'Bearer realm="deck2video"');
    void reply.code(status).send({ error: message });
  };
}
