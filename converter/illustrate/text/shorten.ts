import { foldWord } from './normalize.js';
import { isStopWord } from './stop-words.js';

/**
 * Making notes sentences short enough for a card: a point is a glance, not a paragraph.
 */

const NO_SPACE_SCRIPTS = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}]/u;

/** Discourse openers that carry no content ("So,", "Now,", "Also,", "Pues,", "Alors,", "ثم"). */
const OPENERS =
  /^(?:so|now|also|and|but|well|okay|ok|remember|note that|notice that|as you can see|in fact|pues|ahora|también|además|y|bueno|recuerden que|alors|maintenant|aussi|et|donc|en fait|notez que|तो|अब|और|भी|ثم|و|كما|أيضا|إذن)\s*[,،:]?\s+/iu;

/** Upper-cases the first letter (locale-aware; scripts without case are unchanged). */
export function capitalizeFirst(text: string, lang: string): string {
  const m = /\p{L}/u.exec(text);
  if (!m) return text;
  const i = m.index;
  return text.slice(0, i) + text.charAt(i).toLocaleUpperCase(lang || 'en') + text.slice(i + 1);
}

/** Removes a leading opener and the closing full stop; collapses spaces. */
export function tidySentence(text: string): string {
  let s = text.replace(/\s+/g, ' ').trim();
  for (let i = 0; i < 2; i++) s = s.replace(OPENERS, '');
  return s.replace(/[.。۔।]+$/u, '').trim();
}

/**
 * Shortens to at most `maxWords` words (or 2*maxWords wide characters for unspaced scripts),
 * preferring to stop at a clause boundary; adds an ellipsis only when words were cut mid-clause.
 */
export function shortenText(text: string, maxWords: number, lang = 'en'): string {
  const s = tidySentence(text);
  if (NO_SPACE_SCRIPTS.test(s) && !/\s/.test(s)) {
    const chars = [...s];
    const limit = maxWords * 2;
    return chars.length <= limit ? s : chars.slice(0, limit).join('') + '…';
  }
  const words = s.split(' ');
  if (words.length <= maxWords) return s;
  // Last clause boundary that keeps most of the budget (an opening "By the end of the lesson,"
  // alone says nothing; better to cut later with an ellipsis).
  for (let i = maxWords; i >= Math.ceil(maxWords * 0.6); i--) {
    const w = words[i - 1]!;
    if (/[,;:،؛—–)]$/u.test(w)) return words.slice(0, i).join(' ').replace(/[,;:،؛—–]+$/u, '');
  }
  const cut = words.slice(0, maxWords);
  // Never end on a dangling function word ("the", "de", "और") when it can be avoided.
  const dangling = (w: string) => isStopWord(foldWord(w.replace(/[\p{P}]+$/u, ''), lang), lang);
  while (cut.length > Math.ceil(maxWords / 2) && dangling(cut[cut.length - 1]!)) cut.pop();
  return cut.join(' ').replace(/[,;:،؛—–]+$/u, '') + '…';
}
