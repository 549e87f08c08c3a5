/**
 * Laying a cue's atoms on at most two lines of at most 42 columns. One line when it fits; otherwise
 * the break that makes the two lines most even, preferring a break after clause punctuation and,
 * among equals, a longer bottom line (the eye reads a short top line faster: broadcast practice).
 */
import { atomsWidth, joinAtoms, type Atom } from './atoms.js';
import { MAX_LINE_WIDTH, MAX_LINES } from './cue.js';

/** Where a line or cue may end most naturally: after clause or sentence punctuation (closing quotes allowed). */
export const CLAUSE_END = /[,;:—–،؛、，；：.!?。！？…؟।]["'”’»)\]」』）]*$/u;

/** A break after a comma is worth this many columns of imbalance: meaning before symmetry. */
const CLAUSE_BONUS = 14;
/** A line ending on "of", "a", "the", "de", "la"… reads badly: that costs this many columns. */
const WEAK_END_COST = 8;

/**
 * A short lower-case word (articles, prepositions, conjunctions in English, Spanish, French…) binds to
 * what follows it; no line or cue should end on one.
 */
export function isWeakEnd(atom: { text: string }): boolean {
  return /^\p{Ll}{1,3}$/u.test(atom.text);
}

export function fitLines(atoms: readonly Atom[], from: number, to: number): string[] | undefined {
  const slice = atoms.slice(from, to);
  if (slice.length === 0) return [];
  if (atomsWidth(slice, 0, slice.length) <= MAX_LINE_WIDTH) return [joinAtoms(slice)];
  if (MAX_LINES < 2) return undefined;
  let best: { k: number; cost: number } | undefined;
  for (let k = 1; k < slice.length; k++) {
    const top = atomsWidth(slice, 0, k);
    const bottom = atomsWidth(slice, k, slice.length);
    if (top > MAX_LINE_WIDTH || bottom > MAX_LINE_WIDTH) continue;
    const end = slice[k - 1]!;
    const cost =
      Math.abs(top - bottom) - (CLAUSE_END.test(end.text) ? CLAUSE_BONUS : 0) + (isWeakEnd(end) ? WEAK_END_COST : 0) + (top > bottom ? 1 : 0);
    if (!best || cost < best.cost) best = { k, cost };
  }
  if (!best) return undefined;
  return [joinAtoms(slice.slice(0, best.k)), joinAtoms(slice.slice(best.k))];
}
