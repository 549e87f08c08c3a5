/**
 * Scripts for a whole deck: the language is decided once for the deck (forced, detected over all the
 * notes, or the file's own language tag) and each slide may override it only when written in another
 * script. One script per slide, in deck order, hidden slides included (the pipeline decides what to keep).
 */
import type { Deck } from '../deck/model.js';
import { buildScript, type SlideScript } from './build-script.js';
import { parseDirectives } from './directives.js';
import { detectLanguage } from './language.js';
import { compileLexicon } from './lexicon.js';
import { lexiconFor, primaryLang, type ResolvedScriptOptions } from './options.js';

export interface DeckScripts {
  /** BCP-47 tag of the deck's narration language. */
  lang: string;
  scripts: SlideScript[];
}

export function buildDeckScripts(deck: Deck, options: ResolvedScriptOptions): DeckScripts {
  const lang = deckLanguage(deck, options);
  const lexicon = compileLexicon(lexiconFor(options, lang));
  const scripts = deck.slides.map((s) => buildScript(s.notes, s.text, options, { deckLang: lang, lexicon }));
  return { lang, scripts };
}

/** --lang, else detected from the notes (or the slide text), else the file's language, else English. */
export function deckLanguage(deck: Pick<Deck, 'lang' | 'slides'>, options: Pick<ResolvedScriptOptions, 'lang'>): string {
  if (options.lang) return options.lang;
  const notes = deck.slides.map((s) => parseDirectives(s.notes).segments.map((g) => g.text).join('\n')).join('\n');
  const detected = detectLanguage(notes) || detectLanguage(deck.slides.map((s) => s.text).join('\n'));
  const fileLang = deck.lang.trim();
  // Keep the file's regional variant (pt-BR, es-MX) when it agrees with what the words say.
  if (detected) return fileLang && primaryLang(fileLang) === detected ? fileLang : detected;
  return fileLang || 'en';
}
