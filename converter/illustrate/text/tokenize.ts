/**
 * Word splitting through Intl.Segmenter (ICU), which handles scripts without spaces (Chinese,
 * Japanese, Thai) and keeps Devanagari vowel signs and Arabic words whole.
 */
import { pieces } from '../../script/segment-pieces.js';
import { splitSentences } from '../../script/sentences.js';
import { foldWord, stemWord } from './normalize.js';

export interface Token {
  /** The word as written. */
  text: string;
  /** foldWord(text): for stop-word tests and display-independent counting. */
  folded: string;
  /** stemWord(text): for matching across plurals and inflections. */
  stem: string;
  /** True when punctuation (not just a space) separates this token from the previous one. */
  breakBefore: boolean;
}

const segmenters = new Map<string, Intl.Segmenter>();

function segmenter(lang: string, granularity: 'word'): Intl.Segmenter {
  const key = `${lang}|${granularity}`;
  let s = segmenters.get(key);
  if (!s) {
    let locale = lang || 'en';
    try {
      s = new Intl.Segmenter(locale, { granularity });
    } catch {
      locale = 'en';
      s = new Intl.Segmenter(locale, { granularity });
    }
    segmenters.set(key, s);
  }
  return s;
}

/** Words of `text` in order; numbers count as words (a figure may be the point of a slide). */
export function tokenize(text: string, lang: string): Token[] {
  const out: Token[] = [];
  let pendingBreak = true;
  for (const piece of pieces(text)) for (const seg of segmenter(lang, 'word').segment(piece)) {
    if (seg.isWordLike) {
      out.push({ text: seg.segment, folded: foldWord(seg.segment, lang), stem: stemWord(seg.segment, lang), breakBefore: pendingBreak });
      pendingBreak = false;
    } else if (/[^\s]/u.test(seg.segment) && !/^['’-]$/u.test(seg.segment)) {
      // Punctuation ends a candidate phrase; an apostrophe or hyphen inside a word does not.
      pendingBreak = true;
    } else if (/\n/.test(seg.segment)) {
      pendingBreak = true;
    }
  }
  return out;
}

/**
 * Sentences of `text`, split by the narration's splitter (script/sentences.ts: the same sentences the
 * captions show); line breaks end sentences too, because notes are often bullet lists.
 */
export function sentences(text: string, lang: string): string[] {
  return text.split(/\n+/).flatMap((line) => splitSentences(line, lang));
}
