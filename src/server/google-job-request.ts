/**
 * Reading POST /v1/jobs for a Google Slides deck: `Content-Type: application/json` with
 * {"googleSlidesId": "…", "googleToken": "…", "options": {…}} (what the Google Slides add-on sends).
 * The id is checked here (the deck's address is accepted too), and the token is required: a job
 * must never be read with the server's own Google credentials. The token is never echoed back.
 */
import type { FastifyRequest } from 'fastify';
import { parseDeckId } from '../../converter/deck/google/index.js';
import { isConvertError } from '../../converter/index.js';
import { badRequest } from './http-error.js';
import { parseJobOptions } from './job-options.js';
import type { JobOptions } from './job-types.js';

export interface GoogleJobRequest {
  deckId: string;
  token: string;
  options: JobOptions;
}

const FIELDS = ['googleSlidesId', 'googleToken', 'options'];
const SHAPE = '{"googleSlidesId": "…", "googleToken": "…", "options": {…}}';
/** OAuth access tokens are printable ASCII without spaces (Google's: "ya29." and base64url). */
const TOKEN = /^[\x21-\x7e]{1,4096}$/;

export function isJsonRequest(request: FastifyRequest): boolean {
  return /^application\/json\s*(;|$)/i.test(request.headers['content-type'] ?? '');
}

export function readGoogleJobRequest(body: unknown): GoogleJobRequest {
  if (typeof body !== 'object' || body === null || Array.isArray(body)) {
    throw badRequest(`Send a Google Slides job as a JSON object ${SHAPE}, or upload a deck as multipart/form-data`);
  }
  const fields = body as Record<string, unknown>;
  for (const k of Object.keys(fields)) {
    if (!FIELDS.includes(k)) throw badRequest(`Unknown field "${clip(k)}" in the job: send ${SHAPE}`);
  }
  const { googleSlidesId, googleToken, options } = fields;
  if (typeof googleSlidesId !== 'string' || googleSlidesId.trim() === '') {
    throw badRequest(`The job has no googleSlidesId: send the Google Slides deck id or its docs.google.com address as ${SHAPE}`);
  }
  let deckId: string;
  try {
    deckId = parseDeckId(googleSlidesId);
  } catch (e) {
    if (isConvertError(e)) throw badRequest(`Bad googleSlidesId: ${e.message}`);
    throw e;
  }
  if (typeof googleToken !== 'string' || googleToken.trim() === '') {
    throw badRequest(
      "The job has no googleToken: send the user's Google access token with the drive.readonly scope (ScriptApp.getOAuthToken() in the add-on); this service never reads Google decks with its own credentials",
    );
  }
  const token = googleToken.trim();
  if (!TOKEN.test(token)) throw badRequest('The googleToken is not an OAuth access token (printable characters, no spaces, at most 4096): send the token exactly as Google issued it');
  if (options !== undefined && options !== null && (typeof options !== 'object' || Array.isArray(options))) {
    throw badRequest('The options field must be a JSON object such as {"resolution":"720p","renderer":"google"}');
  }
  return { deckId, token, options: parseJobOptions((options ?? {}) as Record<string, unknown>, { google: true }) };
}

function clip(s: string): string {
  return s.length > 40 ? `${s.slice(0, 39)}…` : s;
}
