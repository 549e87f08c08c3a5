/**
 * How long a slide without narration stays on screen: long enough to read it.
 * Words at 150 per minute (a comfortable pace for reading a projected slide), CJK characters at 300
 * per minute (Korean is spaced into words and counts as words), counted with Intl.Segmenter so that
 * scripts without spaces (Thai) get real words.
 */

export const READING_WPM = 150;
export const READING_CJK_CPM = 300;
export const MIN_HOLD_MS = 3000;
export const MAX_HOLD_MS = 10_000;

const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u;

/**
 * Characters looked at: the hold is capped at MAX_HOLD_MS (25 words, 50 CJK characters), and the word
 * segmenter's cost grows with the whole text it is given (5 s for a million words), so only its
 * beginning is given.
 */
const READ_AT_MOST = 10_000;

export function readingTimeMs(text: string): number {
  let words = 0;
  let cjk = 0;
  const time = () => (words / READING_WPM + cjk / READING_CJK_CPM) * 60_000;
  const head = text.length > READ_AT_MOST ? text.slice(0, READ_AT_MOST) : text;
  for (const s of new Intl.Segmenter(undefined, { granularity: 'word' }).segment(head)) {
    if (!s.isWordLike) continue;
    const chars = [...s.segment].filter((c) => CJK.test(c)).length;
    if (chars > 0) cjk += chars;
    else words++;
    if (time() >= MAX_HOLD_MS) break;
  }
  return Math.round(Math.min(MAX_HOLD_MS, Math.max(MIN_HOLD_MS, time())));
}
