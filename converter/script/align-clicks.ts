/**
 * Which sentence of the narration each click of a slide's build goes with, when the notes have no
 * [click] marks: the text each click reveals is compared with every sentence (the share of its content
 * words the sentence says), and the assignment in order (click k never before click k-1, each click its
 * own sentence while there are enough) with the highest total is found by dynamic programming.
 * Clicks whose text no sentence mentions (a picture, an arrow) fall where spreading the clicks evenly
 * over the sentences puts them: a tiny preference for the even spread decides whatever words do not.
 */
import { tokenize } from '../illustrate/text/tokenize.js';
import { isStopWord } from '../illustrate/text/stop-words.js';
import { primaryLang } from './options.js';

/** Weight of the even spread against word overlap (overlap is a share, at least 1/words when any). */
const SPREAD_WEIGHT = 1e-3;

/** For each click (in order), the index of the sentence at whose start it happens. */
export function alignClicks(reveals: string[], sentences: string[], lang: string): number[] {
  const n = reveals.length;
  const s = sentences.length;
  if (n === 0) return [];
  if (s === 0) return reveals.map(() => 0);
  const base = primaryLang(lang);
  const words = (text: string) => new Set(tokenize(text, base).filter((t) => !isStopWord(t.folded, base)).map((t) => t.stem));
  const said = sentences.map(words);
  const score = reveals.map((text, k) => {
    const shown = words(text);
    const even = ((k + 1) * s) / (n + 1);
    return said.map((w, i) => {
      let shared = 0;
      for (const x of shown) if (w.has(x)) shared++;
      return (shown.size ? shared / shown.size : 0) + SPREAD_WEIGHT * (1 - Math.abs(i - even) / s);
    });
  });
  // best[k][i]: the highest total for clicks 0..k with click k at sentence i; strict order when it fits.
  const strict = n <= s ? 1 : 0;
  const best = score.map(() => new Array<number>(s).fill(-Infinity));
  const from = score.map(() => new Array<number>(s).fill(-1));
  for (let i = 0; i < s; i++) best[0]![i] = score[0]![i]!;
  for (let k = 1; k < n; k++) {
    let runBest = -Infinity;
    let runAt = -1;
    for (let i = 0; i < s; i++) {
      // The best place for click k-1 at or before i - strict.
      const j = i - strict;
      if (j >= 0 && best[k - 1]![j]! > runBest) [runBest, runAt] = [best[k - 1]![j]!, j];
      if (runAt >= 0) [best[k]![i], from[k]![i]] = [runBest + score[k]![i]!, runAt];
    }
  }
  let at = 0;
  for (let i = 1; i < s; i++) if (best[n - 1]![i]! > best[n - 1]![at]!) at = i;
  const out = new Array<number>(n);
  for (let k = n - 1; k >= 0; k--) {
    out[k] = at;
    at = from[k]![at]!;
  }
  return out;
}
