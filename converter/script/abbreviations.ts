/**
 * Abbreviations whose final period does not end a sentence, per language (lower case, without the
 * final period). Three kinds:
 *  - never-final: always followed by more of the sentence (titles, "e.g.", "p. ej.");
 *  - before-number: not final when a number follows ("Fig. 3", "No. 5", "pág. 12") — "I said no." still ends;
 *  - maybe-final: ends the sentence only when the next word is capitalised ("etc.", "a.m.", "Inc.").
 * Single letters ("J. Smith", "M. Dupont", the "p." of "p. ej.") are handled generically by the splitter.
 */

export type AbbreviationKind = 'never-final' | 'before-number' | 'maybe-final' | undefined;

type Table = Record<string, string[]>;

const NEVER: Table = {
  '*': ['dr', 'prof', 'e.g', 'i.e', 'cf', 'vs', 'approx'],
  en: ['mr', 'mrs', 'ms', 'st', 'mt', 'sr', 'dept', 'gen', 'gov', 'rev', 'sgt', 'capt', 'lt', 'col'],
  es: ['sr', 'sra', 'srta', 'sres', 'dra', 'ud', 'uds', 'vd', 'vds', 'lic', 'ing', 'profa', 'ej', 'aprox', 'av', 'avda', 'dña', 'admón'],
  fr: ['mme', 'mmes', 'mlle', 'mlles', 'mm', 'pr', 'ex', 'env', 'av', 'apr'],
  de: ['z.b', 'd.h', 'bzw', 'hr', 'fr', 'vgl', 'evtl', 'ggf', 'u.a', 'bsp', 'inkl', 'zzgl'],
  pt: ['sr', 'sra', 'srta', 'dra', 'ex', 'av', 'exmo', 'exma'],
  it: ['sig', 'sig.ra', 'dott', 'dott.ssa', 'ing', 'avv', 'es'],
  hi: ['डॉ', 'श्री'],
};

const BEFORE_NUMBER: Table = {
  '*': ['no', 'nr', 'fig', 'figs', 'vol', 'pp', 'ca', 'art', 'eq', 'ch', 'sec'],
  en: ['p'],
  es: ['núm', 'pág', 'págs', 'cap', 'tel'],
  fr: ['chap', 'tél', 'n°'],
  de: ['abs', 's'],
  pt: ['pág', 'págs', 'cap', 'n°'],
  it: ['pag', 'pagg', 'cap'],
  hi: ['सं'],
};

const MAYBE: Table = {
  '*': ['etc'],
  en: ['a.m', 'p.m', 'u.s', 'u.k', 'inc', 'ltd', 'co', 'corp', 'jr', 'al'],
  es: ['ee.uu', 'a.m', 'p.m', 'a.c', 'd.c'],
  fr: ['cie', 'j.-c'],
  de: ['usw', 'u.s.w', 'gmbh'],
  pt: ['eua', 'a.c', 'd.c', 'ltda'],
  it: ['ecc', 's.p.a'],
};

interface Sets {
  never: Set<string>;
  beforeNumber: Set<string>;
  maybe: Set<string>;
}

const cache = new Map<string, Sets>();

function setsFor(lang: string): Sets {
  let sets = cache.get(lang);
  if (!sets) {
    const pick = (t: Table) => new Set([...(t['*'] ?? []), ...(t[lang] ?? [])]);
    sets = { never: pick(NEVER), beforeNumber: pick(BEFORE_NUMBER), maybe: pick(MAYBE) };
    cache.set(lang, sets);
  }
  return sets;
}

/** How the word just before a period (given without that period) behaves in `lang` (primary subtag). */
export function abbreviationKind(word: string, lang: string): AbbreviationKind {
  const w = word.toLowerCase();
  const sets = setsFor(lang);
  if (sets.never.has(w)) return 'never-final';
  if (sets.beforeNumber.has(w)) return 'before-number';
  if (sets.maybe.has(w)) return 'maybe-final';
  return undefined;
}
