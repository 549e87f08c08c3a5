/**
 * From a caption (the teacher's words) to what the engine is given: URLs as domains (or skipped),
 * then the lexicon (before symbols, so a key like "R&D" still matches), then symbols as words.
 */
import type { CompiledLexicon } from './lexicon.js';
import { speakSymbols } from './symbols.js';
import { speakUrls } from './urls.js';

export interface SpokenContext {
  /** Primary language subtag. */
  lang: string;
  skipUrls: boolean;
  lexicon: CompiledLexicon;
}

export function toSpoken(caption: string, ctx: SpokenContext): string {
  const withUrls = speakUrls(caption, ctx.lang, ctx.skipUrls);
  const withWords = ctx.lexicon.apply(withUrls);
  return speakSymbols(withWords, ctx.lang).replace(/\s+/gu, ' ').trim();
}
