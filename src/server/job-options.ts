/**
 * Job options as a client sends them (multipart form fields, or one JSON field `options`) -> the
 * validated JobOptions kept in options.json. Only options that are safe for a shared service are
 * accepted: nothing that names a server path (lexicon, cache, output) or a server-side URL
 * (openaiBaseUrl), so a client can neither read the server's files nor make it call other hosts.
 * A bad value is a 400 that names the accepted values. `renderer` picks who draws the slides; only
 * Google Slides jobs can have Google draw them, so it is listed (and `google` accepted) only there.
 */
import { IMAGE_PROVIDERS } from '../../converter/illustrate/options.js';
import { ttsNames } from '../../converter/narrate/registry.js';
import type { ConvertOptions } from '../../converter/convert-options.js';
import { badRequest } from './http-error.js';
import type { JobOptions } from './job-types.js';

const RESOLUTIONS = ['720p', '1080p', '1440p', '2160p'] as const;
const FITS = ['pad', 'native'] as const;
const LAYOUTS = ['slide-then-frame', 'side-by-side', 'frame-then-slide', 'slide-only'] as const;
const RENDERERS = ['ours', 'google'] as const;

type Parser = (value: string, name: string) => JobOptions[keyof JobOptions] | undefined;

const oneOf =
  <T extends string>(values: readonly T[]): Parser =>
  (v, name) => {
    const s = v.trim().toLowerCase();
    if (s === '') return undefined;
    if (!(values as readonly string[]).includes(s)) throw badRequest(`Unknown ${name} "${clip(v)}": use one of ${values.join(', ')}`);
    return s as T;
  };

const pattern =
  (re: RegExp, what: string): Parser =>
  (v, name) => {
    const s = v.trim();
    if (s === '' || s.toLowerCase() === 'auto' || s.toLowerCase() === 'default') return undefined;
    if (!re.test(s)) throw badRequest(`${name} "${clip(v)}" is not usable: give ${what}`);
    return s;
  };

const bool: Parser = (v, name) => {
  const s = v.trim().toLowerCase();
  if (s === '') return undefined;
  if (['true', '1', 'on', 'yes'].includes(s)) return true;
  if (['false', '0', 'off', 'no'].includes(s)) return false;
  throw badRequest(`${name} "${clip(v)}" is not usable: give true or false`);
};

const rate: Parser = (v, name) => {
  const s = v.trim();
  if (s === '') return undefined;
  const n = Number(s);
  if (!/^\d+$/.test(s) || n < 80 || n > 450) throw badRequest(`${name} "${clip(v)}" is out of range: give 80 to 450 words per minute`);
  return n;
};

const PARSERS: Record<keyof JobOptions, Parser> = {
  tts: (v, n) => oneOf(ttsNames())(v, n),
  voice: pattern(/^[A-Za-z0-9][A-Za-z0-9_.+-]{0,63}$/, 'a voice name such as en-gb, alloy or en-US-Neural2-C'),
  lang: pattern(/^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8}){0,3}$/, 'a language tag such as en, fr or pt-BR'),
  rate,
  images: (v, n) => oneOf(IMAGE_PROVIDERS)(v, n),
  imageStyle: pattern(/^[^\u0000-\u001f\u007f]{1,300}$/, 'one line of at most 300 characters'),
  resolution: (v, n) => oneOf(RESOLUTIONS)(v, n),
  fit: (v, n) => oneOf(FITS)(v, n),
  layout: (v, n) => oneOf(LAYOUTS)(v, n),
  transition: pattern(/^[a-z]{2,20}$/, 'fade, cut or an ffmpeg xfade name such as wipeleft'),
  motion: bool,
  burnCaptions: bool,
  includeHidden: bool,
  narrateText: bool,
  renderer: (v, n) => oneOf(RENDERERS)(v, n),
};

/** What the job is made from: an uploaded deck, or a deck read from Google Slides. */
export interface JobKind {
  google: boolean;
}

/** The conversion's own options (passed on to convertDeck). */
export const OPTION_NAMES = (Object.keys(PARSERS) as (keyof JobOptions)[]).filter((n) => n !== 'renderer');

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
  for (const [raw, value] of Object.entries(fields)) {
    const name = camel(raw) as keyof JobOptions;
    const parse = PARSERS[name];
    if (!Object.hasOwn(PARSERS, name) || !parse) {
      throw badRequest(`Unknown option "${clip(raw)}": use ${optionNames(kind).join(', ')}`);
    }
    if (value === null || value === undefined) continue;
    if (typeof value !== 'string' && typeof value !== 'number' && typeof value !== 'boolean') {
      throw badRequest(`Option ${raw} must be a single value`);
    }
    const parsed = parse(String(value), raw);
    if (parsed !== undefined) out[name] = parsed;
  }
  if (out.renderer === 'google' && !kind.google) {
    throw badRequest('renderer google needs a Google Slides job (JSON with googleSlidesId): Google can only draw decks it holds; leave renderer out or use ours for an uploaded deck');
  }
  return out as JobOptions;
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
  const out: ConvertOptions = {};
  for (const name of OPTION_NAMES) if (o[name] !== undefined) (out as Record<string, unknown>)[name] = o[name];
  return out;
}

function clip(s: string): string {
  return s.length > 40 ? `${s.slice(0, 39)}…` : s;
}
