/**
 * Job options as a client sends them (multipart form fields, or one JSON field `options`) -> the
 * validated JobOptions kept in options.json. What a client may send comes from the options tables
 * (deck2video/options): the conversion options marked `http` (nothing that names a server path or a
 * server-side URL, so a client can neither read the server's files nor make it call other hosts),
 * checked by the same rules as the library's with the field's name in the message. A bad value is a
 * 400 that names the field and the accepted values. `renderer` picks who draws the slides; only Google
 * Slides jobs can have Google draw them, so it is listed (and `google` accepted) only there.
 */
import { isConvertError, type ConvertOptions } from '../../converter/index.js';
import { CONVERT_OPTIONS, serviceSpec, SOURCE_OPTIONS, valueFromText, type OptionSpec } from '../../converter/options/index.js';
import { badRequest } from './http-error.js';
import type { JobOptions } from './job-types.js';

/** The conversion's own options (passed on to convertDeck), in table order. */
export const OPTION_NAMES = (Object.keys(CONVERT_OPTIONS) as (keyof typeof CONVERT_OPTIONS)[])
  .filter((n) => CONVERT_OPTIONS[n].http) as (keyof JobOptions & keyof ConvertOptions)[];

const SPECS: Record<string, OptionSpec<unknown>> = {
  ...Object.fromEntries(OPTION_NAMES.map((n) => [n, serviceSpec(CONVERT_OPTIONS[n] as OptionSpec<unknown>)])),
  renderer: SOURCE_OPTIONS.renderer,
};

/** What the job is made from: an uploaded deck, or a deck read from Google Slides. */
export interface JobKind {
  google: boolean;
}

/** Names a client of this kind of job may send. */
export function optionNames(kind: JobKind): (keyof JobOptions)[] {
  return kind.google ? [...OPTION_NAMES, 'renderer'] : OPTION_NAMES;
}

/** `burn-captions` and `burnCaptions` are the same option. */
function camel(name: string): string {
  return name.replace(/-([a-z])/g, (_, c: string) => c.toUpperCase());
}

/** Field name -> value (strings, as multipart fields are; JSON scalars are accepted too). */
export function parseJobOptions(fields: Record<string, unknown>, kind: JobKind = { google: false }): JobOptions {
  const out: Record<string, unknown> = {};
  const allowed = optionNames(kind) as string[];
  for (const [raw, value] of Object.entries(fields)) {
    const name = camel(raw);
    const spec = Object.hasOwn(SPECS, name) ? SPECS[name] : undefined;
    if (!spec) {
      throw badRequest(`Unknown option "${clip(raw)}": use ${allowed.join(', ')}`);
    }
    if (value === null || value === undefined) continue;
    if (typeof value !== 'string' && typeof value !== 'number' && typeof value !== 'boolean') {
      throw badRequest(`Option ${raw} must be a single value`);
    }
    const parsed = inClientWords(() => valueFromText(spec, String(value), { name: raw, style: 'field' }));
    if (parsed !== undefined) out[name] = parsed;
  }
  if (out.renderer === 'google' && !kind.google) {
    throw badRequest('renderer google needs a Google Slides job (JSON with googleSlidesId): Google can only draw decks it holds; leave renderer out or use ours for an uploaded deck');
  }
  return out as JobOptions;
}

/** A bad value is the client's mistake: 400 with the checker's message (which names the field). */
function inClientWords<T>(parse: () => T): T {
  try {
    return parse();
  } catch (e) {
    throw isConvertError(e) && e.code === 'BAD_USAGE' ? badRequest(e.message) : e;
  }
}

/** The JSON field `options`, when a client sends its options that way. */
export function parseOptionsJson(text: string): Record<string, unknown> {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    throw badRequest('The options field is not valid JSON: send an object such as {"resolution":"720p"}');
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw badRequest('The options field must be a JSON object such as {"resolution":"720p"}');
  }
  return value as Record<string, unknown>;
}

/** JobOptions -> the converter's options (names match; nothing else is let through; renderer is the job's own). */
export function toConvertOptions(o: JobOptions): ConvertOptions {
  const out: Record<string, unknown> = {};
  for (const name of OPTION_NAMES) if (o[name] !== undefined) out[name] = o[name];
  return out as ConvertOptions;
}

function clip(s: string): string {
  return s.length > 40 ? `${s.slice(0, 39)}…` : s;
}
