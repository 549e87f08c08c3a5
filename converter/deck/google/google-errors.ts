/**
 * Google API failures turned into ConvertErrors that say what to do. Google's error bodies
 * ({"error":{"code","message","status","errors":[{"reason"}],"details":[{"reason"}]}}) arrive parsed,
 * as bytes (files.export asks for an arraybuffer) or as text, depending on the call: all are read.
 */
import { ConvertError, badInput, missingEngine } from '../../errors.js';
import { LOGIN_HINT } from './google-auth.js';

export type GoogleStep = 'details' | 'export' | 'thumbnail' | 'download';

export interface ApiError {
  status: number;
  message: string;
  /** errors[].reason and details[].reason, e.g. exportSizeLimitExceeded, ACCESS_TOKEN_SCOPE_INSUFFICIENT. */
  reasons: string[];
}

interface Httpish {
  status?: number;
  code?: string | number;
  message?: string;
  response?: { status?: number; data?: unknown };
}

export function apiErrorOf(e: unknown): ApiError {
  const h = (e ?? {}) as Httpish;
  const status = Number(h.status ?? h.response?.status ?? 0) || 0;
  const body = bodyJson(h.response?.data) as { error?: { message?: string; status?: string; errors?: { reason?: string }[]; details?: { reason?: string }[] } | string; error_description?: string } | undefined;
  const err = typeof body?.error === 'object' ? body.error : undefined;
  const reasons = [
    ...(err?.errors ?? []).map((x) => x?.reason),
    ...(err?.details ?? []).map((x) => x?.reason),
    err?.status,
    typeof body?.error === 'string' ? body.error : undefined,
  ].filter((r): r is string => typeof r === 'string' && r !== '');
  const message = (err?.message ?? body?.error_description ?? h.message ?? String(e)).replace(/\s+/g, ' ').trim().slice(0, 200);
  return { status, message, reasons };
}

function bodyJson(data: unknown): unknown {
  if (data === undefined || data === null) return undefined;
  let text: string | undefined;
  if (typeof data === 'string') text = data;
  else if (data instanceof ArrayBuffer) text = Buffer.from(data).toString('utf8');
  else if (ArrayBuffer.isView(data)) text = Buffer.from(data.buffer, data.byteOffset, data.byteLength).toString('utf8');
  else return data;
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

const has = (a: ApiError, ...names: string[]) => a.reasons.some((r) => names.includes(r));

export function explainGoogleError(e: unknown, step: GoogleStep, id: string, host: string, signal?: AbortSignal): ConvertError {
  if (e instanceof ConvertError) return e;
  if (signal?.aborted) return new ConvertError('CANCELLED', 'Reading the Google Slides deck was cancelled', { cause: e });
  const a = apiErrorOf(e);
  const why = `${a.status}: ${a.message}`;
  if (a.status === 403 && (has(a, 'exportSizeLimitExceeded') || /too large to be exported/i.test(a.message))) {
    return badInput(`Google Drive cannot export deck ${id}: its .pptx is over Drive's 10 MB export limit; in Google Slides use File > Download > Microsoft PowerPoint (.pptx) and convert that file instead`, e);
  }
  if (has(a, 'fileNotExportable') || (a.status === 400 && /not supported for this document/i.test(a.message))) {
    return badInput(`${id} is not a Google Slides deck (it may be a .pptx stored in Drive): download the file and convert it, or open it in Slides and use File > Save as Google Slides`, e);
  }
  if (a.status === 401) return missingEngine(`Google refused the credentials (${why}): the access token is missing, expired or revoked; ${LOGIN_HINT}`, e);
  if (a.status === 403 && has(a, 'accessNotConfigured', 'SERVICE_DISABLED')) {
    return missingEngine(`Google refused the request (${why}): enable the Google Slides API and the Google Drive API in the Google Cloud project of these credentials`, e);
  }
  if (a.status === 403 && has(a, 'insufficientPermissions', 'ACCESS_TOKEN_SCOPE_INSUFFICIENT')) {
    return missingEngine(`Google refused the credentials (${why}): they lack the drive.readonly scope; ${LOGIN_HINT}`, e);
  }
  if (a.status === 429 || (a.status === 403 && has(a, 'rateLimitExceeded', 'userRateLimitExceeded', 'RATE_LIMIT_EXCEEDED'))) {
    return new ConvertError('INTERNAL', `Google's quota for this account is used up (${why}): wait a minute and try again`, { cause: e });
  }
  if (a.status === 403) {
    return missingEngine(`Google refused access to deck ${id} (${why}): make sure the signed-in account can open the deck; ${LOGIN_HINT}`, e);
  }
  if (a.status === 404) return badInput(`no Google Slides deck with id ${id}; check the id and that the account can open it`, e);
  if (a.status >= 500) return new ConvertError('INTERNAL', `Google ${STEP_NAMES[step]} failed (${why}): try again later`, { cause: e });
  if (a.status === 0) return new ConvertError('INTERNAL', `cannot reach Google at ${host} (${a.message}): check the network${host.includes('googleapis.com') ? '' : ' and DECK2VIDEO_GOOGLE_ROOT_URL'}`, { cause: e });
  return new ConvertError('INTERNAL', `Google ${STEP_NAMES[step]} failed (${why})`, { cause: e });
}

const STEP_NAMES: Record<GoogleStep, string> = {
  details: 'Slides API (presentations.get)',
  export: 'Drive export',
  thumbnail: 'Slides API (getThumbnail)',
  download: 'thumbnail download',
};
