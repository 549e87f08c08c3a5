/**
 * Key phrases of each slide, scored across the whole deck.
 *
 * Candidates are runs of up to three content words (deck-vocabulary.ts) not separated by punctuation
 * or stop words (the RAKE idea); each word scores tf x idf, with the deck's slides as the documents, so
 * a word every slide repeats ("photosynthesis" in a deck about it) ranks below what makes this slide
 * different, while a title word counts three times because it names what the slide is about, unless
 * it follows the title's first phrase and the deck never uses it again ("glance" in "The water cycle
 * at a glance": a turn of phrase).
 */
import { deckVocabulary, type DeckVocabulary } from './text/deck-vocabulary.js';
import { tokenize, type Token } from './text/tokenize.js';

export interface KeyPhraseDoc {
  title: string;
  notes: string;
  /** Everything the slide shows, when known: settles which words frame the lesson (deck-vocabulary.ts). */
  text?: string;
}

export interface KeyPhrase {
  /** As first written (title first, then notes), original case. */
  text: string;
  /** Stems of its words, in order. */
  stems: string[];
  score: number;
  /** Every word of the phrase is in the slide title. */
  inTitle: boolean;
}

const TITLE_WEIGHT = 3;
const MAX_WORDS = 3;

/**
 * Stop words allowed inside a phrase: Romance languages and Hindi join nouns with a genitive
 * ("ciclo del agua", "cycle de l'eau", "सूरज की रोशनी"), which would otherwise split the concept.
 */
const GLUE: Record<string, string[]> = {
  es: ['de', 'del'],
  fr: ['de', 'du', 'des'],
  pt: ['de', 'do', 'da', 'dos', 'das'],
  it: ['di', 'del', 'della', 'dei', 'delle'],
  hi: ['की', 'का', 'के'],
};

export interface DocAnalysis {
  /** Ranked key phrases, best first. */
  phrases: KeyPhrase[];
  /** Content word stem -> tf x idf in this document. */
  scores: Map<string, number>;
}

/** Ranked key phrases for every document (slide) of a deck, best first. */
export function deckKeyphrases(docs: KeyPhraseDoc[], lang: string, limit = 8): KeyPhrase[][] {
  return analyzeDeck(docs, lang, limit).map((a) => a.phrases);
}

/** Key phrases and word scores of every document, with the deck as the idf corpus. */
export function analyzeDeck(docs: KeyPhraseDoc[], lang: string, limit = 8, vocabulary: DeckVocabulary = deckVocabulary(docs, lang)): DocAnalysis[] {
  const isContent = vocabulary.isContent;
  const tokenized = docs.map((d) => ({ title: tokenize(d.title, lang), notes: tokenize(d.notes, lang) }));
  const df = new Map<string, number>();
  for (const d of tokenized) {
    const seen = new Set<string>();
    for (const t of [...d.title, ...d.notes]) if (isContent(t)) seen.add(t.stem);
    for (const s of seen) df.set(s, (df.get(s) ?? 0) + 1);
  }
  const n = docs.length;
  return tokenized.map((d) => {
    const scores = wordScores(d.title, d.notes, df, n, vocabulary, lang);
    return { phrases: rankDoc(d.title, d.notes, scores, lang, limit, isContent), scores };
  });
}

type IsContent = (t: Token) => boolean;

function wordScores(title: Token[], notes: Token[], df: Map<string, number>, n: number, vocabulary: DeckVocabulary, lang: string): Map<string, number> {
  const { isContent } = vocabulary;
  const tf = new Map<string, number>();
  const head = new Set(contentRuns(title, lang, isContent)[0] ?? []);
  const turnOfPhrase = (t: Token) => !head.has(t) && vocabulary.uses(t.stem) <= title.filter((x) => x.stem === t.stem).length;
  for (const t of title) if (isContent(t)) tf.set(t.stem, (tf.get(t.stem) ?? 0) + (turnOfPhrase(t) ? 1 : TITLE_WEIGHT));
  for (const t of notes) if (isContent(t)) tf.set(t.stem, (tf.get(t.stem) ?? 0) + 1);
  const scores = new Map<string, number>();
  for (const [stem, f] of tf) scores.set(stem, f * Math.log(1 + n / (df.get(stem) ?? 1)));
  return scores;
}

function rankDoc(title: Token[], notes: Token[], ws: Map<string, number>, lang: string, limit: number, isContent: IsContent): KeyPhrase[] {
  const titleStems = new Set(title.filter(isContent).map((t) => t.stem));
  const found = new Map<string, { text: string; stems: string[]; count: number }>();
  for (const tokens of [title, notes]) {
    for (const run of contentRuns(tokens, lang, isContent)) {
      for (let i = 0; i < run.length; i++) {
        if (!isContent(run[i]!)) continue;
        let content = 0;
        for (let j = i; j < run.length && content < MAX_WORDS; j++) {
          if (!isContent(run[j]!)) continue;
          content++;
          const words = run.slice(i, j + 1);
          const stems = words.filter(isContent).map((w) => w.stem);
          if (new Set(stems).size < stems.length) continue; // "cells and cells"
          const key = stems.join(' ');
          const hit = found.get(key);
          if (hit) hit.count++;
          else found.set(key, { text: joinWords(words), stems, count: 1 });
        }
      }
    }
  }
  const ranked: KeyPhrase[] = [...found.values()]
    .map((p) => {
      const sum = p.stems.reduce((a, s) => a + (ws.get(s) ?? 0), 0);
      // Longer phrases must earn their extra words by recurring as a unit.
      const score = (sum / Math.pow(p.stems.length, 0.75)) * (p.stems.length > 1 ? Math.pow(p.count, 0.35) : 1);
      return { text: p.text, stems: p.stems, score, inTitle: p.stems.every((s) => titleStems.has(s)) };
    })
    .sort((a, b) => b.score - a.score || a.stems.length - b.stems.length || a.text.localeCompare(b.text));
  const kept: KeyPhrase[] = [];
  for (const p of ranked) {
    // A phrase whose words all belong to a better phrase adds nothing.
    if (kept.some((k) => p.stems.every((s) => k.stems.includes(s)))) continue;
    kept.push(p);
    if (kept.length >= limit) break;
  }
  return kept;
}

/**
 * Maximal runs of content words with no punctuation or stop word inside, except genitive glue
 * words between two content words (at most two glue words in a row: "cycle de la vie").
 */
function contentRuns(tokens: Token[], lang: string, isContent: IsContent): Token[][] {
  const glue = new Set(GLUE[lang] ?? []);
  const runs: Token[][] = [];
  let run: Token[] = [];
  const flush = () => {
    while (run.length && !isContent(run[run.length - 1]!)) run.pop();
    if (run.length) runs.push(run);
    run = [];
  };
  let glueInRow = 0;
  for (const t of tokens) {
    if (t.breakBefore) flush();
    if (isContent(t)) {
      run.push(t);
      glueInRow = 0;
    } else if (run.length && (glue.has(t.folded) || (t.folded === 'la' && lang === 'fr' && glueInRow === 1)) && glueInRow < 2) {
      run.push(t);
      glueInRow++;
    } else {
      flush();
      glueInRow = 0;
    }
  }
  flush();
  return runs;
}

function joinWords(words: Token[]): string {
  // Scripts written without spaces keep none between their words.
  const noSpace = words.every((w) => /^[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}]+$/u.test(w.text));
  return words.map((w) => w.text).join(noSpace ? '' : ' ');
}
