/**
 * URLs in notes are spoken as their domain ("see https://www.example.com/docs?id=3" -> "see example dot com"),
 * or left out of the speech entirely with --skip-urls. Captions keep the URL as typed (learners may want
 * to copy it) when it fits a caption line; a longer one shows its domain there too, never a URL cut in two
 * (assemble/captions/atoms.ts). Bare domains are recognised only with a common top-level domain, so "Node.js" and
 * "file.txt" stay words.
 */
import { symbolWords } from './symbols.js';

const TLDS =
  'com|org|net|edu|gov|mil|int|io|dev|ai|app|co|info|biz|me|tv|us|uk|ca|au|de|fr|es|it|pt|br|mx|ar|cl|in|jp|cn|ru|nl|eu|ch|be|at|se|no|dk|fi|pl|ie|nz|za|xyz|ly|gg|so|online|site|tech|blog|academy|school|wiki';

/** Scheme URLs, www. URLs, and bare domains with a known TLD (optionally with a path). */
const URL_RE = new RegExp(
  String.raw`(?<![@\p{L}\p{N}.])(?:https?:\/\/[^\s<>"'«»]+|www\.[^\s<>"'«»]+|(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+(?:${TLDS})(?![\p{L}\p{N}])(?:\/[^\s<>"'«»]*)?)`,
  'giu',
);
/** Sentence punctuation that ends the text, not the URL ("see example.com/a."). */
const TRAILING = /[.,;:!?…)\]}'"»”’]+$/u;

export interface UrlMatch {
  index: number;
  url: string;
}

export function findUrls(text: string): UrlMatch[] {
  const out: UrlMatch[] = [];
  for (const m of text.matchAll(URL_RE)) {
    const url = m[0].replace(TRAILING, '');
    if (url) out.push({ index: m.index, url });
  }
  return out;
}

/** The host of a URL without scheme, credentials, port, "www." — "" when there is none. */
export function urlDomain(url: string): string {
  const withScheme = /^[a-z][a-z0-9+.-]*:\/\//iu.test(url) ? url : `http://${url}`;
  try {
    return new URL(withScheme).hostname.replace(/^www\./iu, '');
  } catch {
    return '';
  }
}

/** "docs.python.org" -> "docs dot python dot org" in the words of `lang` (the engine's reading when unknown). */
export function speakDomain(domain: string, lang: string): string {
  const words = symbolWords(lang);
  return words ? domain.split('.').join(` ${words.dot} `) : domain;
}

/** Replace each URL by its spoken domain, or by nothing when `skip`. */
export function speakUrls(text: string, lang: string, skip: boolean): string {
  let out = '';
  let last = 0;
  for (const { index, url } of findUrls(text)) {
    out += text.slice(last, index);
    if (!skip) out += speakDomain(urlDomain(url), lang);
    last = index + url.length;
  }
  out += text.slice(last);
  return out.replace(/ {2,}/g, ' ').replace(/ ([.,;:!?])/gu, '$1').trim();
}
