/**
 * Where Google requests go. Normally each API's own host (slides.googleapis.com, www.googleapis.com,
 * the thumbnail content host); with DECK2VIDEO_GOOGLE_ROOT_URL (or the rootUrl option) EVERY request
 * goes to that one root instead: a proxy, or a test's stand-in. A path prefix in the root is kept
 * (http://proxy/google/ -> http://proxy/google/v1/presentations/…).
 */
import { ConvertError } from '../../errors.js';

export const ROOT_URL_ENV = 'DECK2VIDEO_GOOGLE_ROOT_URL';

/** The override, normalised to end in '/', or '' for Google's own hosts. */
export function resolveRootUrl(option: string | undefined, env: Readonly<Record<string, string | undefined>>): string {
  const raw = (option ?? env[ROOT_URL_ENV] ?? '').trim();
  if (!raw) return '';
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    url = new URL('invalid:');
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new ConvertError('BAD_USAGE', `${ROOT_URL_ENV}="${raw.slice(0, 80)}" is not an http(s) address; set it to the root of a Google API proxy (e.g. https://proxy.example/) or unset it`);
  }
  url.search = '';
  url.hash = '';
  return url.href.endsWith('/') ? url.href : `${url.href}/`;
}

/**
 * The address to download a thumbnail's contentUrl from. Google hands out URLs on its content host
 * (lh*.googleusercontent.com); with an override they are sent to the override too, keeping their path
 * and query, unless they already point there (a stand-in that answers with its own address).
 */
export function contentUrlFor(contentUrl: string, rootUrl: string): string {
  if (!rootUrl || contentUrl.startsWith(rootUrl)) return contentUrl;
  const u = new URL(contentUrl);
  return new URL(`${u.pathname.replace(/^\/+/, '')}${u.search}`, rootUrl).href;
}
