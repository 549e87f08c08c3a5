/**
 * Sentences with exact spans -> caption cues. A sentence that fits one cue (2 lines x 42 columns,
 * at most 7 s) is one cue covering its span exactly. A longer one is cut, preferably after clause
 * punctuation, into cues of even size; within the sentence, time is shared in proportion to text width
 * (the sentence span itself is exact, so every cue lies inside its sentence's span). The cut is chosen
 * by dynamic programming over the break opportunities: hard limits are line fit and 7 s, soft ones
 * are clause boundaries, evenness and the 1 s minimum.
 */
import { atomsWidth, toAtoms, type Atom } from './atoms.js';
import { anchorRtl, isRtlText } from './bidi.js';
import { MAX_CUE_MS, MAX_LINE_WIDTH, MAX_LINES, MIN_CUE_MS, type Cue } from './cue.js';
import { CLAUSE_END, fitLines, isWeakEnd } from './wrap-lines.js';

export interface TimedCaption {
  caption: string;
  startMs: number;
  endMs: number;
}

const CUE_COST = 10;
const WORD_BREAK_COST = 4;
const WEAK_BREAK_COST = 4;
const SHORT_COST = 30;
const UNEVEN_COST = 3;
/** Joined width of two full lines: the space at the line break is not drawn. */
const MAX_CUE_WIDTH = MAX_LINE_WIDTH * MAX_LINES + MAX_LINES - 1;

export function segmentCues(sentences: readonly TimedCaption[]): Cue[] {
  return sentences.flatMap((s) => segmentSentence(s.caption, s.startMs, s.endMs));
}

export function segmentSentence(caption: string, startMs: number, endMs: number): Cue[] {
  const atoms = toAtoms(caption);
  if (atoms.length === 0 || endMs <= startMs) return [];
  const n = atoms.length;
  const span = endMs - startMs;
  const prefix = [0];
  for (let i = 0; i < n; i++) prefix.push(prefix[i]! + atoms[i]!.width + (i > 0 && atoms[i]!.spaceBefore ? 1 : 0));
  const total = prefix[n]!;
  const target = total / Math.max(Math.ceil(total / (MAX_CUE_WIDTH - 4)), Math.ceil(span / MAX_CUE_MS));

  const best = new Array<number>(n + 1).fill(Infinity);
  const from = new Array<number>(n + 1).fill(-1);
  const lines = new Array<string[]>(n + 1);
  best[0] = 0;
  for (let j = 1; j <= n; j++) {
    for (let i = j - 1; i >= 0; i--) {
      const width = atomsWidth(atoms, i, j);
      if (width > MAX_CUE_WIDTH) break;
      if (best[i] === Infinity) continue;
      const ms = (span * (prefix[j]! - prefix[i]!)) / total;
      if (ms > MAX_CUE_MS - 2 && j - i > 1) continue; // 2 ms of room for rounding
      const fit = fitLines(atoms, i, j);
      if (!fit) continue;
      const cost = best[i]! + CUE_COST + breakCost(atoms, j) + shortCost(ms, span) + UNEVEN_COST * ((width - target) / target) ** 2;
      if (cost < best[j]!) {
        best[j] = cost;
        from[j] = i;
        lines[j] = fit;
      }
    }
    if (best[j] === Infinity) {
      // Only a word wider than a line gets here (words are never cut): it is shown alone.
      best[j] = best[j - 1]! + CUE_COST;
      from[j] = j - 1;
      lines[j] = [atoms[j - 1]!.text];
    }
  }

  const cuts: number[] = [];
  for (let j = n; j > 0; j = from[j]!) cuts.unshift(j);
  const rtl = isRtlText(caption);
  const at = (k: number) => (k === n ? endMs : startMs + Math.round((span * prefix[k]!) / total));
  let start = 0;
  return cuts.map((end) => {
    const cue = { startMs: at(start), endMs: at(end), lines: rtl ? lines[end]!.map(anchorRtl) : lines[end]! };
    start = end;
    return cue;
  });
}

/** A cue ending inside the sentence costs less after clause punctuation, more after "of" or "the". */
function breakCost(atoms: readonly Atom[], j: number): number {
  if (j === atoms.length) return 0;
  const end = atoms[j - 1]!;
  if (CLAUSE_END.test(end.text)) return 0;
  return WORD_BREAK_COST + (isWeakEnd(end) ? WEAK_BREAK_COST : 0);
}

/** Under a second is hard to read, unless the whole sentence is that short. */
function shortCost(ms: number, span: number): number {
  if (ms >= MIN_CUE_MS || span <= MIN_CUE_MS) return 0;
  return SHORT_COST * (1 - ms / MIN_CUE_MS);
}
