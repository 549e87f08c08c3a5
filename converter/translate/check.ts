/**
 * Checks on one translation, and on a batch as a whole. A translation must keep every kept piece
 * (code, URL, number, formula, glossary form) exactly, every formatting group, and say something when
 * the source did. In a batch, a text whose length is far off the batch's usual ratio has most likely
 * taken its neighbour's sentence (a chat model merged two) or lost its own: both are asked again alone.
 */
import { parseMarkup, plainText, type OutPiece } from './markup.js';

export interface Problem {
  message: string;
  /** Only formatting was lost: the words are usable, the runs fall back to the paragraph's format. */
  soft: boolean;
}

const norm = (s: string) => s.replace(/\s+/gu, ' ').trim();
const hasLetters = (s: string) => /[\p{L}]/u.test(s);

function kept(pieces: OutPiece[]): string[] {
  return pieces.flatMap((p) => (p.kind === 'keep' ? [norm(p.text)] : [])).sort();
}

function groups(pieces: OutPiece[]): Set<number> {
  return new Set(pieces.flatMap((p) => (p.kind !== 'break' && p.group !== undefined ? [p.group] : [])));
}

/** What is wrong with `answer` as a translation of `source` (both markup), or undefined. */
export function checkTranslation(source: string, answer: string): Problem | undefined {
  const src = parseMarkup(source);
  const out = parseMarkup(answer);
  const srcText = src.filter((p) => p.kind === 'text').map((p) => (p.kind === 'break' ? '' : p.text)).join('');
  if (hasLetters(srcText) && !hasLetters(plainText(out))) return { message: 'empty translation', soft: false };
  const want = kept(src);
  const got = kept(out);
  const missing = want.filter((k) => {
    const i = got.indexOf(k);
    if (i < 0) return true;
    got.splice(i, 1);
    return false;
  });
  if (missing.length) return { message: `"${missing[0]}" did not come back unchanged`, soft: false };
  const wantGroups = groups(src);
  const gotGroups = groups(out);
  const lost = [...wantGroups].filter((g) => !gotGroups.has(g));
  const extra = [...gotGroups].filter((g) => !wantGroups.has(g));
  if (lost.length || extra.length) return { message: 'formatting marks were lost', soft: true };
  return undefined;
}

/** Letters and digits of a markup text: what its length is measured in. */
function weight(markup: string): number {
  return (plainText(parseMarkup(markup)).match(/[\p{L}\p{N}]/gu) ?? []).length;
}

/**
 * Indexes of answers whose length ratio to their source is far from the batch's median ratio.
 * Short texts vary too much to judge; a batch of fewer than three judged texts has no median to trust.
 */
export function misalignedInBatch(sources: readonly string[], answers: readonly string[], minLetters = 15): number[] {
  const ratios = sources.map((s, i) => {
    const w = weight(s);
    return w >= minLetters ? weight(answers[i] ?? '') / w : undefined;
  });
  const judged = ratios.filter((r): r is number => r !== undefined).sort((a, b) => a - b);
  if (judged.length < 3) return [];
  const median = judged[Math.floor(judged.length / 2)]!;
  if (median <= 0) return [];
  const out = new Set<number>();
  ratios.forEach((r, i) => {
    if (r === undefined) return;
    if (r > median * 2.5) out.add(i);
    // A text that lost its words gave them to a neighbour (or took a stub from one): ask both again.
    if (r < median * 0.5) for (const j of [i - 1, i, i + 1]) if (j >= 0 && j < sources.length) out.add(j);
  });
  return [...out].sort((a, b) => a - b);
}
