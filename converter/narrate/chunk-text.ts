/**
 * Cutting text for engines with an input limit (OpenAI: 4096 characters; Google: 5000 bytes):
 * at sentence boundaries first, then after clause punctuation, then between words, and only as a last
 * resort inside a word. Every level cuts the string without dropping anything, so the chunks joined
 * back are the text itself (up to the whitespace trimmed at their ends).
 */
import { splitSentences } from '../script/sentences.js';

export type Measure = (text: string) => number;

/** Unicode code points, as the APIs count characters. */
export const codePoints: Measure = (s) => [...s].length;
export const utf8Bytes: Measure = (s) => Buffer.byteLength(s, 'utf8');

type Cutter = (s: string) => string[];

const LEVELS: ((lang: string) => Cutter)[] = [
  (lang) => (s) => cutAtSentences(s, lang),
  () => (s) => s.split(/(?<=[,;:،؛、，；：—–]\s*)(?!\s)/u),
  () => (s) => s.split(/(?<=\s)(?=\S)/u),
  () => (s) => [...s],
];

export function chunkText(text: string, max: number, lang: string, measure: Measure = codePoints): string[] {
  const trimmed = text.trim();
  if (trimmed === '') return [];
  if (measure(trimmed) <= max) return [trimmed];
  return pack(trimmed, LEVELS.map((l) => l(lang)), max, measure).map((c) => c.trim()).filter((c) => c !== '');
}

/** Cut with the coarsest level, pack neighbours back together up to `max`, refine pieces still too long. */
function pack(text: string, levels: Cutter[], max: number, measure: Measure): string[] {
  const [cut, ...finer] = levels;
  const out: string[] = [];
  let current = '';
  for (const piece of cut!(text)) {
    if (measure((current + piece).trim()) <= max) {
      current += piece;
      continue;
    }
    if (current.trim()) out.push(current);
    current = '';
    if (measure(piece.trim()) <= max) current = piece;
    else if (finer.length) out.push(...pack(piece, finer, max, measure));
    else out.push(piece);
  }
  if (current.trim()) out.push(current);
  return out;
}

/** Sentence pieces that keep the whitespace between them, found back in the original string. */
function cutAtSentences(s: string, lang: string): string[] {
  const pieces: string[] = [];
  let from = 0;
  for (const sentence of splitSentences(s, lang).slice(1)) {
    const at = s.indexOf(sentence, from + 1);
    if (at < 0) break; // not a plain substring (merged strays): keep the rest as one piece
    pieces.push(s.slice(from, at));
    from = at;
  }
  pieces.push(s.slice(from));
  return pieces;
}
