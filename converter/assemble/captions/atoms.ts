/**
 * Caption text cut into atoms: the pieces between which a line or a cue may break. Between words in
 * spaced scripts; between characters in CJK (no spaces there), except before closing punctuation and
 * after opening punctuation (kinsoku); punctuation standing alone after a space (French "Bonjour !",
 * "« mot »") sticks to its word. An atom is never cut: a URL too wide for a line shows the domain the
 * narrator says, and any other word too wide for a line gets a line of its own (players wrap or shrink
 * it whole, which reads better than "…/learn/mod" | "ules/…").
 */
import { findUrls, urlDomain } from '../../script/urls.js';
import { MAX_LINE_WIDTH } from './cue.js';
import { isWide, splitGraphemes, textColumns } from '../../glyph-width.js';

export interface Atom {
  text: string;
  /** A space separates this atom from the previous one (re-inserted when they share a line). */
  spaceBefore: boolean;
  width: number;
}

/** CJK punctuation that must not start a line, and that must not end one. */
const NO_LINE_START = /^[、。，．！？：；）」』】〉》〕｝…・ー々ぁぃぅぇぉっゃゅょァィゥェォッャュョ％]/u;
const NO_LINE_END = /[（「『【〈《〔｛]$/u;
/** A word made of punctuation only (French spaced punctuation, dashes). */
const PUNCT_ONLY = /^[\p{P}\p{S}]+$/u;
const OPENING = /^[«“‘¿¡(\[]+$/u;

export function toAtoms(text: string): Atom[] {
  const atoms: Atom[] = [];
  const words = text.trim().split(/\s+/u).filter(Boolean);
  let glueNext = false;
  for (const word of words) {
    const pieces = cjkPieces(word);
    pieces.forEach((piece, k) => {
      const spaced = k === 0 && atoms.length > 0;
      const last = atoms[atoms.length - 1];
      const glue = last && k === 0 && (glueNext || (PUNCT_ONLY.test(word) && !OPENING.test(word)));
      if (glue) {
        last.text += (spaced ? ' ' : '') + piece;
        last.width = textColumns(last.text);
      } else {
        atoms.push({ text: piece, spaceBefore: spaced, width: textColumns(piece) });
      }
    });
    glueNext = OPENING.test(word);
  }
  return atoms.map(narrowUrl);
}

/** A space-free word cut between CJK characters where line breaking allows it. */
function cjkPieces(word: string): string[] {
  const gs = splitGraphemes(word);
  const pieces: string[] = [];
  let current = '';
  for (let i = 0; i < gs.length; i++) {
    const g = gs[i]!;
    const prev = gs[i - 1];
    const canBreak =
      current !== '' && prev !== undefined && (isWide(g) || isWide(prev)) && !NO_LINE_START.test(g) && !NO_LINE_END.test(prev)
      && !/^\p{P}$/u.test(g);
    if (canBreak) {
      pieces.push(current);
      current = '';
    }
    current += g;
  }
  if (current) pieces.push(current);
  return pieces;
}

/** A URL too wide for a line becomes its domain (what is spoken), keeping the punctuation around it. */
function narrowUrl(atom: Atom): Atom {
  if (atom.width <= MAX_LINE_WIDTH) return atom;
  const found = findUrls(atom.text)[0];
  const domain = found ? urlDomain(found.url) : '';
  if (!found || !domain) return atom;
  const text = atom.text.slice(0, found.index) + domain + atom.text.slice(found.index + found.url.length);
  return { ...atom, text, width: textColumns(text) };
}

/** The text of consecutive atoms on one line. */
export function joinAtoms(atoms: readonly Atom[]): string {
  return atoms.map((a, i) => (i > 0 && a.spaceBefore ? ' ' : '') + a.text).join('');
}

/** Width of atoms[from..to) on one line. */
export function atomsWidth(atoms: readonly Atom[], from: number, to: number): number {
  let w = 0;
  for (let i = from; i < to; i++) w += atoms[i]!.width + (i > from && atoms[i]!.spaceBefore ? 1 : 0);
  return w;
}
