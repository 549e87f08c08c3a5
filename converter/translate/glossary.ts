/**
 * --glossary terms.json: names and subject terms a translator must not get wrong. Each entry is
 *   "Riverton": true                      kept as written in every language (also null or "")
 *   "water cycle": "ciclo del agua"       this fixed form in every target language
 *   "USGS": {"es": "USGS", "fr": "USGS"}  a fixed form per language (others: kept as written)
 * A term matches whole words; a term with a capital letter matches only that spelling, an
 * all-lower-case one any capitalisation (as the pronunciation lexicon does).
 */
import { readFile } from 'node:fs/promises';
import { badInput } from '../errors.js';
import { primaryLang } from '../script/options.js';

export type GlossaryEntry = string | boolean | null | Readonly<Record<string, string>>;
export type Glossary = Readonly<Record<string, GlossaryEntry>>;

export interface CompiledGlossary {
  /** Every term in `text`, with the form the translation must contain. */
  find(text: string): { start: number; end: number; keep: string }[];
}

export function isGlossary(v: unknown): v is Glossary {
  if (typeof v !== 'object' || v === null || Array.isArray(v)) return false;
  return Object.values(v).every((e) => e === null || typeof e === 'string' || typeof e === 'boolean'
    || (typeof e === 'object' && !Array.isArray(e) && Object.values(e).every((s) => typeof s === 'string')));
}

/** The fixed form of `term` in `lang`, or undefined to keep it as written. */
function fixedForm(entry: GlossaryEntry, lang: string): string | undefined {
  if (typeof entry === 'string') return entry.trim() || undefined;
  if (entry === null || typeof entry === 'boolean') return undefined;
  const exact = Object.entries(entry).find(([k]) => k.toLowerCase() === lang.toLowerCase());
  const primary = Object.entries(entry).find(([k]) => primaryLang(k) === primaryLang(lang));
  return (exact ?? primary)?.[1].trim() || undefined;
}

export function compileGlossary(glossary: Glossary, lang: string): CompiledGlossary | undefined {
  const terms = Object.keys(glossary).filter((t) => t.trim() !== '').sort((a, b) => b.length - a.length);
  if (terms.length === 0) return undefined;
  const escaped = terms.map((t) => t.trim().replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\s+/g, '\\s+'));
  const re = new RegExp(`(?<![\\p{L}\\p{N}\\p{M}])(?:${escaped.join('|')})(?![\\p{L}\\p{N}\\p{M}])`, 'giu');
  const byFolded = new Map(terms.map((t) => [t.trim().replace(/\s+/g, ' ').toLowerCase(), t]));
  return {
    find(text) {
      const out: { start: number; end: number; keep: string }[] = [];
      for (const m of text.matchAll(re)) {
        const term = byFolded.get(m[0].replace(/\s+/g, ' ').toLowerCase());
        if (term === undefined) continue;
        // A term written with capitals is a name: only that spelling is the term.
        if (term !== term.toLowerCase() && m[0].replace(/\s+/g, ' ') !== term.trim().replace(/\s+/g, ' ')) continue;
        out.push({ start: m.index, end: m.index + m[0].length, keep: fixedForm(glossary[term]!, lang) ?? m[0] });
      }
      return out;
    },
  };
}

export async function loadGlossary(path: string): Promise<Glossary> {
  let raw: string;
  try {
    raw = await readFile(path, 'utf8');
  } catch (e) {
    throw badInput(`Cannot read the glossary ${path}: check the --glossary path.`, e);
  }
  let data: unknown;
  try {
    data = JSON.parse(raw);
  } catch (e) {
    throw badInput(`The glossary ${path} is not valid JSON: write it as {"term": "fixed translation", "Name": true, …}.`, e);
  }
  if (!isGlossary(data)) {
    throw badInput(`The glossary ${path} must map each term to a fixed translation ("…"), to true (keep as written), or to {"es": "…", "fr": "…"}.`);
  }
  return data;
}
