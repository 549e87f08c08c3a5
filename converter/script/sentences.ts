/**
 * Sentence splitting for narration and captions. Intl.Segmenter('sentence') (ICU, Node 20) was tried:
 * it splits after "Dr." and "M." and leaves the » of a French « … ! » on the next sentence, so we use
 * explicit rules instead:
 *  - terminators . ! ? … ‽ and the Hindi danda । ॥, Arabic ؟ and Urdu ۔, CJK 。！？ (which need no space after);
 *  - a period ends a sentence only before whitespace (so 3.5 and example.com never split), not after a
 *    single letter (initials, "p. ej."), not after a known abbreviation, and not before a lower-case word;
 *  - an ellipsis ends a sentence only when the next word is not lower case;
 *  - closing quotes and brackets stay with the sentence they close; Spanish ¿ ¡ open the next one.
 */
import { abbreviationKind } from './abbreviations.js';
import { primaryLang } from './options.js';

const TERMINATOR = /[.!?…‽।॥؟۔。！？｡]/u;
const CJK_TERMINATOR = /[。！？｡]/u;
const CLOSER = /["'”’»)\]」』）】›]/u;
const OPENERS = /^[¿¡"'“‘«(\[—–-]+/u;
const WORD_BEFORE = /[\p{L}\p{M}\p{N}°'’-]+(?:\.[\p{L}\p{M}\p{N}°'’-]+)*$/u;

export function splitSentences(text: string, lang: string): string[] {
  const language = primaryLang(lang || 'en');
  const pieces: string[] = [];
  let start = 0;
  let i = 0;
  while (i < text.length) {
    if (!TERMINATOR.test(text[i]!)) {
      i++;
      continue;
    }
    let j = i;
    while (j < text.length && TERMINATOR.test(text[j]!)) j++;
    const terms = text.slice(i, j);
    j = skipClosers(text, j);
    if (isBoundary(text, start, i, terms, j, language)) {
      pieces.push(text.slice(start, j).trim());
      start = j;
    }
    i = j;
  }
  pieces.push(text.slice(start).trim());
  return mergeStrays(pieces);
}

/** Closing quotes after a terminator, including the French spaced form "! »". */
function skipClosers(text: string, j: number): number {
  for (;;) {
    if (j < text.length && CLOSER.test(text[j]!)) j++;
    else if (text[j] === ' ' && /[»”›]/u.test(text[j + 1] ?? '')) j += 2;
    else return j;
  }
}

function isBoundary(text: string, start: number, at: number, terms: string, after: number, lang: string): boolean {
  if (CJK_TERMINATOR.test(terms)) return true;
  if (after < text.length && !/\s/u.test(text[after]!)) return false;
  const next = text.slice(after).trimStart().replace(OPENERS, '');
  if (next === '') return true;
  const nextLower = /^\p{Ll}/u.test(next);
  if (terms === '.') {
    const word = WORD_BEFORE.exec(text.slice(start, at))?.[0] ?? '';
    if (/^\p{L}$/u.test(word)) return false; // an initial: "J. Smith", "M. Dupont", "p. ej."
    switch (abbreviationKind(word, lang)) {
      case 'never-final':
        return false;
      case 'before-number':
        if (/^\p{N}/u.test(next)) return false;
        break;
      case 'maybe-final':
        return /^\p{Lu}/u.test(next);
      default:
        break;
    }
    return !nextLower;
  }
  if (/^(?:\.{2,}|…)$/u.test(terms)) return !nextLower;
  return true;
}

/** Pieces with no letter or digit (a lone dash, a stray "...") belong to the sentence before them. */
function mergeStrays(pieces: string[]): string[] {
  const out: string[] = [];
  for (const p of pieces) {
    if (p === '') continue;
    if (!/[\p{L}\p{N}]/u.test(p) && out.length > 0) out[out.length - 1] += ' ' + p;
    else if (/[\p{L}\p{N}]/u.test(p)) out.push(p);
  }
  return out;
}
