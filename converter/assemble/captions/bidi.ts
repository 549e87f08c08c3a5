/**
 * Right-to-left captions stay in logical order: players run the Unicode bidi algorithm. WebVTT renders
 * cue text with 'unicode-bidi: plaintext', so a line's direction comes from its first strong character
 * and an Arabic line that starts with a Latin word ("HTML هي لغة…") is laid out left to right, "HTML"
 * first on the left. Checked in Chromium: with a RIGHT-TO-LEFT MARK in front, the same line is laid out
 * right to left, as written. So such lines (only those) get an RLM. libass (ffmpeg's subtitles filter,
 * for burned-in captions) lays out both the same, so the mark costs nothing there. Embedding controls
 * (U+202B…U+202C) are not used: an RLM is enough and is the most widely supported.
 */

const STRONG_RTL = /[\p{Script=Arabic}\p{Script=Hebrew}\p{Script=Syriac}\p{Script=Thaana}\p{Script=Nko}]/u;
const LETTER = /\p{L}/u;
export const RLM = '\u200F';

/** More right-to-left letters than left-to-right ones. */
export function isRtlText(text: string): boolean {
  let rtl = 0;
  let ltr = 0;
  for (const ch of text) {
    if (STRONG_RTL.test(ch)) rtl++;
    else if (LETTER.test(ch)) ltr++;
  }
  return rtl > ltr;
}

/** The line with an RLM in front when its first strong character is left-to-right. */
export function anchorRtl(line: string): string {
  for (const ch of line) {
    if (STRONG_RTL.test(ch)) return line;
    if (LETTER.test(ch)) return RLM + line;
  }
  return line;
}
