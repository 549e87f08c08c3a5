/**
 * What each slide is about: key phrase, supporting points, layout and keywords, for a whole deck.
 * Pure: the same slides always give the same concepts (they feed prompts and cache keys).
 */
import { analyzeDeck, type KeyPhrase } from './keyphrases.js';
import { deckVocabulary, withoutGreetings } from './text/deck-vocabulary.js';
import { detectComparison, detectFigure, detectSteps } from './layout-detect.js';
import { dominantScript, isRtlScript, resolveLanguage } from './text/scripts.js';
import { capitalizeFirst, shortenText } from './text/shorten.js';
import { isStopWord } from './text/stop-words.js';
import { sentences, tokenize } from './text/tokenize.js';
import type { CardLayout, ConceptKeyword, SlideConcept } from './types.js';

export interface ConceptInput {
  slideIndex: number;
  title: string;
  /** Notes with directives already removed. */
  notes: string;
  /** Everything the slide shows (title included), when known. */
  text?: string;
}

/** Concepts for every input slide; `deckLang` is the deck's tag ('' when unknown). */
export function deckConcepts(allInputs: ConceptInput[], deckLang: string): SlideConcept[] {
  const all = allInputs.map((i) => `${i.title}\n${i.notes}`).join('\n');
  const lang = resolveLanguage(deckLang, all);
  const inputs = withoutGreetings(allInputs, lang);
  const vocabulary = deckVocabulary(inputs, lang);
  const analyses = analyzeDeck(inputs, lang, 8, vocabulary);
  return inputs.map((input, k) => slideConcept(input, lang, analyses[k]!.phrases, analyses[k]!.scores));
}

function slideConcept(input: ConceptInput, deckLangBase: string, phrases: KeyPhrase[], scores: Map<string, number>): SlideConcept {
  const text = `${input.title}\n${input.notes}`;
  const script = dominantScript(text);
  const lang = resolveLanguage(deckLangBase, text);
  const dir = isRtlScript(script) ? 'rtl' : 'ltr';
  const notesSentences = sentences(input.notes, lang);
  const keyPhrase = phrases[0] ? capitalizeFirst(phrases[0].text, lang) : input.title.trim();
  const head = headline(input.title, phrases, lang);

  const sides = detectComparison(input.title, notesSentences);
  const steps = sides ? undefined : detectSteps(notesSentences, lang);
  const figure = sides || steps ? undefined : detectFigure(notesSentences, lang);
  const layout: CardLayout = sides ? 'comparison' : steps ? 'steps' : figure ? 'number' : 'concept';

  const titleStems = new Set(tokenize(input.title, lang).map((t) => t.stem));
  const keywords = conceptKeywords(phrases, scores, titleStems);
  const headStems = new Set(tokenize(head, lang).map((t) => t.stem));
  const points = pickPoints(
    notesSentences.filter((s) => s !== figure?.sentence),
    scores,
    lang,
    headStems,
  );
  return {
    slideIndex: input.slideIndex,
    lang,
    dir,
    title: input.title.trim(),
    keyPhrase,
    headline: head,
    keywords,
    points,
    layout,
    ...(figure ? { figure: { value: figure.value, caption: figure.caption } } : {}),
    ...(sides ? { sides: [capitalizeFirst(sides[0], lang), capitalizeFirst(sides[1], lang)] as [string, string] } : {}),
    ...(sides ? { sidePoints: sidePoints(sides, notesSentences, lang) } : {}),
    ...(steps ? { steps: steps.map((s) => capitalizeFirst(s, lang)) } : {}),
  };
}

/**
 * The headline: the slide title when it is short enough to be one (the author's wording beats a
 * fragment like "Matters" from "Why it matters"), else the best key phrase, capitalised.
 */
function headline(title: string, phrases: KeyPhrase[], lang: string): string {
  const best = phrases[0];
  const t = title.trim().replace(/[.:;]+$/u, '');
  const words = t.split(/\s+/).filter(Boolean).length;
  if (t && (words <= 7 || !best)) return capitalizeFirst(t, lang);
  return best ? capitalizeFirst(best.text, lang) : '';
}

function conceptKeywords(phrases: KeyPhrase[], scores: Map<string, number>, titleStems: Set<string>): ConceptKeyword[] {
  const weights = new Map(scores);
  // Words of the key phrase are what the picture should show: boost them over the rest.
  const top = phrases[0];
  if (top) for (const s of top.stems) weights.set(s, (weights.get(s) ?? 0) * 1.5);
  return [...weights.entries()]
    .map(([stem, weight]) => ({ stem, weight: Math.round(weight * 1000) / 1000, ...(titleStems.has(stem) ? { inTitle: true } : {}) }))
    .sort((a, b) => b.weight - a.weight || (a.stem < b.stem ? -1 : 1))
    .slice(0, 24);
}

/**
 * Two or three informative sentences, in the order spoken: scored by their words' weight per
 * word (so a long sentence does not win by length); a sentence must add at least two content
 * words beyond the headline ("Today we learn about photosynthesis" adds none).
 */
function pickPoints(notes: string[], scores: Map<string, number>, lang: string, headStems: Set<string>): string[] {
  const scored = notes.map((s, i) => {
    const toks = tokenize(s, lang);
    const content = toks.filter((t) => scores.has(t.stem));
    const novel = new Set(content.filter((t) => !headStems.has(t.stem)).map((t) => t.stem));
    const sum = content.reduce((a, t) => a + (scores.get(t.stem) ?? 0), 0);
    // Sentences short enough to show whole read better than cut ones.
    const score = novel.size >= 2 ? (sum / Math.sqrt(toks.length)) * (toks.length > 14 ? 0.7 : 1) : 0;
    return { i, s, score };
  });
  const chosen = scored
    .filter((x) => x.score > 0)
    .sort((a, b) => b.score - a.score || a.i - b.i)
    .slice(0, 3)
    .sort((a, b) => a.i - b.i)
    .map((x) => capitalizeFirst(shortenText(x.s, 12, lang), lang));
  return [...new Set(chosen)];
}

/** For each side of a comparison, the notes sentence that talks most about it (used once). */
function sidePoints(sides: [string, string], notes: string[], lang: string): [string, string] {
  const taken = new Set<number>();
  const pick = (side: string): string => {
    const stems = new Set(tokenize(side, lang).map((t) => t.stem));
    let best = -1;
    let bestScore = 0;
    notes.forEach((n, i) => {
      if (taken.has(i)) return;
      const toks = tokenize(n, lang);
      const hits = toks.filter((t) => stems.has(t.stem)).length;
      const score = hits / Math.sqrt(toks.length || 1);
      if (score > bestScore) [best, bestScore] = [i, score];
    });
    if (best < 0) return '';
    taken.add(best);
    return capitalizeFirst(shortenText(notes[best]!, 12, lang), lang);
  };
  const a = pick(sides[0]);
  const b = pick(sides[1]);
  return [a, b];
}

/**
 * A concept whose picture is dictated by an [image: …] directive: the directive's words lead
 * the illustration match (an offline card for "[image: a volcano at dusk]" shows a volcano).
 */
export function withDirectiveKeywords(c: SlideConcept, directive: string): SlideConcept {
  const own = tokenize(directive, c.lang)
    .filter((t) => !isStopWord(t.folded, c.lang))
    .map((t, i) => ({ stem: t.stem, weight: 40 / (1 + i * 0.25) }));
  const seen = new Set(own.map((k) => k.stem));
  return { ...c, keywords: [...own, ...c.keywords.filter((k) => !seen.has(k.stem))] };
}
