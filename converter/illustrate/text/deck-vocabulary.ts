/**
 * Which words of a deck can name what a slide is about, decided from how the deck itself uses them
 * (no word lists beyond the languages' stop words and articles):
 *  - a stop-listed word a slide shows as a noun (closing a phrase an article opens: "The World",
 *    "a safe point", not "the same idea") is content, because the search-engine lists
 *    hold nouns ("world", "system", "number"); in the notes such words are mostly vague ("all the
 *    time", "a lot of") and stay stop words;
 *  - a word the teacher says on two or more slides but that no slide shows (in its title or on the
 *    slide) frames the lesson ("today", "let's look at", "remember", "lesson") and is not content
 *    (decided only when the slides' text is known).
 * And how often the deck uses a word, so that a title word it never uses again ("The water cycle at a
 * glance") does not outweigh the lesson's own terms.
 */
import { splitSentences } from '../../script/sentences.js';
import { STOPWORDS } from '../../script/stopwords.js';
import { isStopWord } from './stop-words.js';
import { tokenize, type Token } from './tokenize.js';

/** Articles: a word right after one is a noun (or an adjective before one). */
const ARTICLES: Record<string, string[]> = {
  en: ['the', 'a', 'an'],
  es: ['el', 'la', 'los', 'las', 'un', 'una', 'unos', 'unas', 'del', 'al'],
  fr: ['le', 'la', 'les', 'un', 'une', 'des', 'du', 'au', 'aux'],
  pt: ['o', 'a', 'os', 'as', 'um', 'uma', 'uns', 'umas', 'do', 'da', 'dos', 'das', 'no', 'na', 'nos', 'nas'],
  it: ['il', 'lo', 'la', 'i', 'gli', 'le', 'un', 'uno', 'una', 'del', 'dello', 'della', 'dei', 'degli', 'delle'],
  de: ['der', 'die', 'das', 'den', 'dem', 'des', 'ein', 'eine', 'einen', 'einem', 'einer', 'eines'],
  nl: ['de', 'het', 'een'],
};

export interface DeckSlideText {
  title: string;
  /** Everything the slide shows (title included), when known. */
  text?: string;
  notes: string;
}

export interface DeckVocabulary {
  /** True for a word that can name a slide's subject. */
  isContent(t: Token): boolean;
  /** How many times the deck uses a stem (shown or said, titles included). */
  uses(stem: string): number;
}

export function deckVocabulary(slides: DeckSlideText[], lang: string): DeckVocabulary {
  // A slide's text holds its title; without it, the title is all that is known to be shown.
  const tokenized = slides.map((s) => ({ shown: tokenize(s.text ?? s.title, lang), notes: tokenize(s.notes, lang) }));
  const nouns = nounUses(tokenized.map((s) => s.shown), lang);
  const lexical = (t: Token) => (!isStopWord(t.folded, lang) || nouns.has(t.folded)) && !/^\p{N}+([.,]\p{N}+)*$/u.test(t.folded) &&
    // Single letters are initials or list markers, except in scripts where one character is a word.
    ([...t.folded].length >= 2 || /[\p{Script=Han}\p{Script=Hangul}]/u.test(t.folded));
  const shownAnywhere = new Set(tokenized.flatMap((s) => s.shown.filter(lexical).map((t) => t.stem)));
  const notesSlides = new Map<string, number>();
  for (const s of tokenized) for (const stem of new Set(s.notes.filter(lexical).map((t) => t.stem))) notesSlides.set(stem, (notesSlides.get(stem) ?? 0) + 1);
  // Only when the slides' text is known: titles alone show too little to tell framing from subject.
  const textKnown = slides.some((s) => s.text !== undefined);
  const framing = new Set(textKnown ? [...notesSlides].filter(([stem, n]) => n >= 2 && !shownAnywhere.has(stem)).map(([stem]) => stem) : []);
  const isContent = (t: Token) => lexical(t) && !framing.has(t.stem);

  const counts = new Map<string, number>();
  for (const s of tokenized) for (const t of [...s.shown, ...s.notes]) counts.set(t.stem, (counts.get(t.stem) ?? 0) + 1);
  return { isContent, uses: (stem) => counts.get(stem) ?? 0 };
}

/**
 * Stop-listed words used as nouns: closing a phrase an article opens ("the world is", "a safe point",
 * not "the same idea"). The language's most frequent function words (script/stopwords.ts) never are.
 */
function nounUses(runs: Token[][], lang: string): Set<string> {
  const articles = new Set(ARTICLES[lang] ?? []);
  const functionWords = new Set(STOPWORDS[lang] ?? []);
  const word = (t: Token | undefined) => !!t && !isStopWord(t.folded, lang) && /\p{L}/u.test(t.folded);
  const out = new Set<string>();
  for (const tokens of runs) {
    tokens.forEach((t, i) => {
      if (!isStopWord(t.folded, lang) || articles.has(t.folded) || functionWords.has(t.folded)) return;
      const next = tokens[i + 1]?.breakBefore ? undefined : tokens[i + 1];
      if (word(next)) return;
      // Back to the article that opens the phrase; over other words ("a safe point") only when the
      // phrase ends there ("carry the water back to" is a verb's particle, not a noun).
      let j = i - 1;
      while (!next && j >= 0 && !tokens[j + 1]!.breakBefore && word(tokens[j])) j--;
      if (j >= 0 && !tokens[j + 1]!.breakBefore && articles.has(tokens[j]!.folded)) out.add(t.folded);
    });
  }
  return out;
}

/**
 * A lecture's opening and closing words ("Good morning, everyone, and welcome back", "Well done, see
 * you next lesson"): the first sentence of the first slide's notes and the last of the last slide's,
 * when no other slide uses any of their content words. Returns the slides with those sentences taken
 * out of the notes.
 */
export function withoutGreetings<T extends DeckSlideText>(slides: T[], lang: string): T[] {
  if (slides.length < 2) return slides;
  const { isContent } = deckVocabulary(slides, lang);
  const stemsOf = (s: DeckSlideText) => new Set(tokenize(`${s.text ?? s.title}\n${s.notes}`, lang).filter(isContent).map((t) => t.stem));
  const elsewhere = (i: number) => new Set(slides.flatMap((s, j) => (j === i ? [] : [...stemsOf(s)])));
  const framing = (sentence: string, i: number) => {
    const others = elsewhere(i);
    return !tokenize(sentence, lang).some((t) => isContent(t) && others.has(t.stem));
  };
  const out = [...slides];
  const first = splitSentences(slides[0]!.notes, lang);
  if (first.length > 1 && framing(first[0]!, 0)) out[0] = { ...slides[0]!, notes: slides[0]!.notes.slice(slides[0]!.notes.indexOf(first[1]!)) };
  const n = slides.length - 1;
  const last = splitSentences(slides[n]!.notes, lang);
  const closing = last[last.length - 1];
  if (closing && last.length > 1 && framing(closing, n)) out[n] = { ...slides[n]!, notes: slides[n]!.notes.slice(0, slides[n]!.notes.lastIndexOf(closing)) };
  return out;
}
