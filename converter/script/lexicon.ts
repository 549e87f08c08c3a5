/**
 * Pronunciation lexicon (--lexicon words.json): word -> spoken form. It changes what the engine is
 * given, never the captions. A file may also hold one lexicon per language for translated videos:
 * {"SQL": "sequel", "es": {"SQL": "ese cu ele"}} (string entries are for the deck's own language). Matching is on whole words; a key with a capital letter ("SQL", "Dr")
 * matches only that spelling, an all-lower-case key ("gif") matches any capitalisation.
 * All keys are applied in one pass, longest first, so a replacement is never replaced again.
 */
import { readFile } from 'node:fs/promises';
import { badInput } from '../errors.js';

export type Lexicon = Readonly<Record<string, string>>;
/** A lexicon file: word -> spoken form, and language tag -> that language's lexicon. */
export type LexiconFile = Readonly<Record<string, string | Lexicon>>;

/** The deck language's entries and the per-language lexicons of a file. */
export function splitLexicon(file: LexiconFile): { own: Lexicon; byLang: Record<string, Lexicon> } {
  const own: Record<string, string> = {};
  const byLang: Record<string, Lexicon> = {};
  for (const [k, v] of Object.entries(file)) {
    if (typeof v === 'string') own[k] = v;
    else byLang[k.toLowerCase()] = v;
  }
  return { own, byLang };
}

const WORD_CHAR = /[\p{L}\p{N}\p{M}]/u;

export interface CompiledLexicon {
  apply(text: string): string;
}

export function compileLexicon(lexicon: Lexicon): CompiledLexicon {
  const keys = Object.keys(lexicon).filter((k) => k.trim() !== '');
  if (keys.length === 0) return { apply: (t) => t };
  keys.sort((a, b) => b.length - a.length);
  const exact = new Map<string, string>();
  const folded = new Map<string, string>();
  const parts = keys.map((key) => {
    const caseSensitive = key !== key.toLowerCase();
    if (caseSensitive) exact.set(key, lexicon[key]!);
    else folded.set(key, lexicon[key]!);
    const escaped = key.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    const before = WORD_CHAR.test(key[0]!) ? '(?<![\\p{L}\\p{N}\\p{M}])' : '';
    const after = WORD_CHAR.test(key[key.length - 1]!) ? '(?![\\p{L}\\p{N}\\p{M}])' : '';
    // JS has no per-alternative case flag: the pattern is case-insensitive as a whole, and a hit on a
    // case-sensitive key is kept only when its spelling is exact (checked in apply).
    return `${before}${escaped}${after}`;
  });
  const re = new RegExp(parts.join('|'), 'giu');
  return {
    apply(text: string): string {
      return text.replace(re, (hit) => exact.get(hit) ?? folded.get(hit.toLowerCase()) ?? hit);
    },
  };
}

/** Read and check a lexicon file: a JSON object of strings (and of per-language objects of strings). */
export async function loadLexicon(path: string): Promise<LexiconFile> {
  let raw: string;
  try {
    raw = await readFile(path, 'utf8');
  } catch (e) {
    throw badInput(`Cannot read the lexicon ${path}: check the --lexicon path.`, e);
  }
  return parseLexicon(raw, path);
}

export function parseLexicon(raw: string, name = 'lexicon'): LexiconFile {
  let data: unknown;
  try {
    data = JSON.parse(raw);
  } catch (e) {
    throw badInput(`The lexicon ${name} is not valid JSON: write it as {"word": "spoken form", …}.`, e);
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    throw badInput(`The lexicon ${name} must be a JSON object of word -> spoken form, e.g. {"SQL": "sequel"}.`);
  }
  const out: Record<string, string | Lexicon> = {};
  for (const [k, v] of Object.entries(data)) {
    const perLanguage = typeof v === 'object' && v !== null && !Array.isArray(v) && Object.values(v).every((s) => typeof s === 'string');
    if (perLanguage) {
      out[k] = v as Lexicon;
      continue;
    }
    if (typeof v !== 'string') {
      throw badInput(`The lexicon ${name} maps "${k}" to a non-string: every value must be the spoken form as text.`);
    }
    out[k] = v;
  }
  return out;
}
