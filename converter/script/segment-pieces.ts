/**
 * Long text for Intl.Segmenter, in pieces. Iterating ICU's segments costs more than linear time in the
 * length of what it was given (illustrate: 80,000 characters of notes took 2.5 s, 160,000 took 180 s;
 * captions: one 80,000-character word took 12 s), so long text goes in pieces of a few thousand
 * characters. A piece ends at white space when there is some (a boundary of words and, nearly always,
 * of sentences), else before a character that always starts a new grapheme. Real notes are one piece.
 */
export const SEGMENT_PIECE = 4000;

/** Never cut before these: marks, joiners, variation selectors, low surrogates, Hangul jamo that join. */
function continuesGrapheme(ch: string): boolean {
  const c = ch.charCodeAt(0);
  return /\p{M}/u.test(ch) || c === 0x200c || c === 0x200d || (c >= 0xfe00 && c <= 0xfe0f) || (c >= 0xdc00 && c <= 0xdfff)
    || (c >= 0x1160 && c <= 0x11ff) || (c >= 0xd7b0 && c <= 0xd7ff);
}

/** Sentence punctuation followed by white space: where a piece for sentence splitting had best end. */
const SENTENCE_END = /[.!?。！？؟।][)"'’”»]*\s/gu;

/** Pieces of at most `max` characters; for sentence splitting (`sentences`), cut after a sentence end when there is one. */
export function* pieces(text: string, max = SEGMENT_PIECE, sentences = false): Generator<string> {
  let at = 0;
  while (text.length - at > max) {
    const window = text.slice(at, at + max);
    let space = -1;
    if (sentences) for (const m of window.matchAll(SENTENCE_END)) space = m.index + m[0].length - 1;
    if (space <= 0) space = Math.max(window.lastIndexOf(' '), window.lastIndexOf('\n'), window.lastIndexOf('\t'));
    let end = space > 0 ? at + space + 1 : at + max;
    if (space <= 0) while (end > at + 1 && (continuesGrapheme(text[end]!) || text[end - 1] === '\u200d')) end--;
    yield text.slice(at, end);
    at = end;
  }
  yield text.slice(at);
}
