/**
 * From slide concepts to card specs: texts for each region and the illustrations, chosen for the
 * deck as a whole so that the same emoji does not repeat slide after slide.
 */
import { chooseEmoji, chooseStepIcon } from '../icons/match-icon.js';
import { iconSvg } from '../icons/icon-sets.js';
import { foldWord } from '../text/normalize.js';
import { isStopWord } from '../text/stop-words.js';
import { tokenize } from '../text/tokenize.js';
import type { CardSpec, ConceptKeyword, SlideConcept } from '../types.js';

/** Card specs for the concepts of one deck, in order (icon variety depends on the order). */
export function buildCardSpecs(concepts: SlideConcept[], deckTitle: string): CardSpec[] {
  const used = new Map<string, number>();
  const take = (name: string) => used.set(name, (used.get(name) ?? 0) + 1);
  return concepts.map((c, i) => {
    const spec = cardSpec(c, deckTitle, i, used);
    for (const icon of [spec.icon, spec.icon2]) if (icon) take(icon.id.split(':')[1]!);
    return spec;
  });
}

function cardSpec(c: SlideConcept, deckTitle: string, position: number, used: Map<string, number>): CardSpec {
  const same = (a: string, b: string) => foldWord(a.trim(), c.lang) === foldWord(b.trim(), c.lang);
  // Above the headline: the slide title when the headline is something else, else the deck title.
  const kicker = c.title && !same(c.title, c.headline) ? c.title : deckTitle && !same(deckTitle, c.headline) ? deckTitle : '';
  const base: CardSpec = {
    layout: c.layout,
    lang: c.lang,
    dir: c.dir,
    kicker,
    headline: c.headline,
    points: c.points,
    icon: iconSvg('fluent-emoji-flat', chooseEmoji(c.keywords, c.lang, c.layout, used)),
    variant: position,
  };
  if (c.layout === 'comparison' && c.sides) {
    const a = chooseEmoji(sideKeywords(c.sides[0], c), c.lang, 'comparison', used);
    const b = chooseEmoji(sideKeywords(c.sides[1], c), c.lang, 'comparison', used, [a]);
    return {
      ...base,
      // The title of a comparison slide usually is the comparison ("X vs Y"): it heads the card.
      headline: c.title || `${c.sides[0]} / ${c.sides[1]}`,
      kicker: deckTitle && !same(deckTitle, c.title) ? deckTitle : '',
      icon: iconSvg('fluent-emoji-flat', a),
      icon2: iconSvg('fluent-emoji-flat', b),
      sides: c.sides,
      sidePoints: c.sidePoints ?? ['', ''],
    };
  }
  if (c.layout === 'steps' && c.steps) {
    const taken = new Set<string>();
    const steps = c.steps.map((text, i) => {
      const name = chooseStepIcon(wordsOf(text, c.lang), c.lang, i, taken);
      taken.add(name);
      return { text, icon: iconSvg('tabler', name) };
    });
    return { ...base, steps };
  }
  if (c.layout === 'number' && c.figure) {
    return { ...base, kicker: c.title || c.keyPhrase, figure: c.figure };
  }
  return base;
}

/** Words of a short text as keywords, earlier words weighing more (the subject comes first). */
function wordsOf(text: string, lang: string): ConceptKeyword[] {
  return tokenize(text, lang)
    .filter((t) => !isStopWord(t.folded, lang))
    .map((t, i) => ({ stem: t.stem, weight: 1 / (1 + i * 0.25) }));
}

/** A side's own words first, the slide's keywords faintly behind them. */
function sideKeywords(side: string, c: SlideConcept): ConceptKeyword[] {
  const own = wordsOf(side, c.lang).map((k) => ({ ...k, weight: k.weight * 10 }));
  return [...own, ...c.keywords.map((k) => ({ ...k, weight: Math.min(k.weight, 1) }))];
}

