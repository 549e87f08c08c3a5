/**
 * What a translator must never change, found in plain text and turned into kept pieces: code, URLs
 * and e-mail addresses, formulas (E = mc², 6CO2 + 6H2O → C6H12O6 + 6O2, H2O), numbers, and glossary
 * terms (whose kept form is their fixed translation). The rules are about the shape of the text, not
 * about any deck: a formula is operands joined by operators, code is what only code looks like.
 * Detectors run in priority order and a later one never takes characters an earlier one took.
 */
import { findUrls } from '../script/urls.js';
import type { CompiledGlossary } from './glossary.js';
import type { Piece } from './markup.js';

interface Hit {
  start: number;
  end: number;
  keep: string;
}

const CODE = [
  /`[^`\n]+`/gu, // inline code as Markdown writes it
  /(?<![\p{L}\p{N}_])[A-Za-z_][\w.]*\([^()\s]*\)/gu, // calls: print(), len(x), np.mean(a)
  /(?<![\p{L}\p{N}_])(?=\w*[A-Za-z])[A-Za-z0-9]+_[A-Za-z0-9_]+/gu, // snake_case, file names too (08_report_en)
  /(?<![\p{L}\p{N}_.])[a-z]+[A-Z][A-Za-z0-9]*/gu, // camelCase
  /(?<![\p{L}\p{N}_.])[A-Za-z_]\w+(?:\.[A-Za-z_]\w+)+(?![\p{L}\p{N}_])/gu, // dotted names: Node.js, os.path
  /(?<!\S)(?:~|\.{1,2})?(?:\/[\w.-]+){2,}\/?/gu, // paths
  /(?<!\S)--?[a-z][\w-]*(?:=\S+)?/gu, // command-line flags
  /<\/?[a-z][\w-]*\s*\/?>/giu, // tags written in the text
];
const EMAIL = /[\w.+-]+@[\w-]+(?:\.[\w-]+)+/gu;

const OPERAND = String.raw`(?:\d+(?:[.,]\d+)*%?|[A-Za-z]{1,3}(?:\^[\w]+|[²³⁴ⁿ]+)|\d*(?:[A-Z][a-z]?\d*)+|[A-Za-z]\d*(?![\p{L}]))`;
const OPERATOR = String.raw`\s*(?:[=+×÷*/^<>≤≥≈≠→⇒±−]|->|=>)\s*`;
const FORMULA = new RegExp(String.raw`(?<![\p{L}\p{N}])[(\[]?${OPERAND}[)\]]?(?:${OPERATOR}[(\[]?${OPERAND}[)\]]?)+(?![\p{L}\p{N}])`, 'gu');
/** Chemical formulas with a digit (H2O, CO2, C6H12O6): letters alone would be words. */
const CHEMICAL = /(?<![\p{L}\p{N}])\d*(?:[A-Z][a-z]?\d*)+(?![\p{L}\p{N}])/gu;
const NUMBER = /(?<![\p{L}\p{N}])\d+(?:[.,:]\d+)*(?:\s?%)?/gu;

function matches(text: string, re: RegExp): Hit[] {
  return [...text.matchAll(re)].map((m) => ({ start: m.index, end: m.index + m[0].length, keep: m[0] }));
}

/** A formula needs an operand that is not a lone word: "a + b" is one, "rain/snow" is not. */
function isFormula(hit: Hit): boolean {
  return /[\d²³⁴ⁿ^]|(?<![\p{L}])[A-Za-z](?![\p{L}])/u.test(hit.keep) && !/^\d+(?:[.,]\d+)*\s*[/:]\s*\d+$/u.test(hit.keep);
}

export function findKept(text: string, glossary?: CompiledGlossary): Hit[] {
  const detectors: Hit[][] = [
    [...matches(text, EMAIL), ...findUrls(text).map(({ index, url }) => ({ start: index, end: index + url.length, keep: url }))],
    CODE.flatMap((re) => matches(text, re)),
    matches(text, FORMULA).filter(isFormula),
    matches(text, CHEMICAL).filter((h) => /\d/u.test(h.keep) && /\p{L}/u.test(h.keep)),
    glossary ? glossary.find(text) : [],
    matches(text, NUMBER),
  ];
  const taken: Hit[] = [];
  const free = (h: Hit) => taken.every((t) => h.end <= t.start || h.start >= t.end);
  for (const hits of detectors) {
    // Within one detector, the earlier and then the longer match wins.
    for (const h of [...hits].sort((a, b) => a.start - b.start || b.end - a.end)) if (h.end > h.start && free(h)) taken.push(h);
  }
  return taken.sort((a, b) => a.start - b.start);
}

/** Plain text -> text and kept pieces. */
export function protect(text: string, glossary?: CompiledGlossary): Piece[] {
  const out: Piece[] = [];
  let at = 0;
  for (const h of findKept(text, glossary)) {
    if (h.start > at) out.push({ kind: 'text', text: text.slice(at, h.start) });
    out.push({ kind: 'keep', text: h.keep });
    at = h.end;
  }
  if (at < text.length) out.push({ kind: 'text', text: text.slice(at) });
  return out;
}
