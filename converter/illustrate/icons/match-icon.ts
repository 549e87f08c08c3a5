/**
 * Matching a slide's concept to an illustration: Fluent Emoji by multilingual keywords, and small
 * Tabler line icons (English names) bridged through the matched emoji's English keywords.
 */
import { stemWord } from '../text/normalize.js';
import type { ConceptKeyword } from '../types.js';
import { emojiIndex } from './emoji-index.js';
import { hasIcon } from './icon-sets.js';

export interface IconChoice {
  name: string;
  score: number;
}

/** Neutral, lesson-like pictures for a slide whose words match nothing. */
const FALLBACK: Record<string, string[]> = {
  concept: ['light-bulb', 'books', 'magnifying-glass-tilted-left', 'puzzle-piece', 'compass', 'graduation-cap', 'speech-balloon', 'star'],
  comparison: ['balance-scale', 'left-right-arrow', 'puzzle-piece'],
  steps: ['footprints', 'chart-increasing', 'check-mark-button', 'bullseye'],
  number: ['bar-chart', 'chart-increasing', 'abacus', 'input-numbers'],
};

/** Minimum score for a keyword match to beat the neutral fallback. */
const MIN_SCORE = 0.35;

/**
 * Emoji ranked for these keywords (best first, at most `limit`). With `namesOnly`, only words in
 * an emoji's name count: for a short step text the name is a safer bridge than loose tags.
 */
export function rankEmoji(keywords: ConceptKeyword[], lang: string, limit = 10, namesOnly = false): IconChoice[] {
  const index = emojiIndex(lang);
  // Square roots: the title's words should lead, not drown out every word of the notes.
  const matched = keywords
    .flatMap((k) => lookup(index, { ...k, weight: Math.sqrt(k.weight) }))
    .map((m) => (namesOnly ? { ...m, hits: m.hits.filter((h) => h.label) } : m))
    .filter((m) => m.hits.length > 0);
  // Relative to the strongest word that has any picture: an unmatched title word ("photosynthesis")
  // must not shrink every other score below the threshold.
  const maxWeight = Math.max(1e-9, ...matched.map((m) => m.weight));
  const totals = new Map<number, { sum: number; words: number }>();
  for (const k of matched) {
    const hits = k.hits;
    // A word that tags dozens of emoji ("water", "person") says little about which one to pick,
    // unless it is the emoji's whole name ("cloud" for the cloud).
    const specificity = 1 / (1 + 0.35 * Math.log(hits.length));
    for (const h of hits) {
      const t = totals.get(h.icon) ?? { sum: 0, words: 0 };
      t.sum += (k.weight / maxWeight) * h.weight * (h.exact ? 1 : specificity) * (k.inTitle ? 1.6 : 1);
      t.words++;
      totals.set(h.icon, t);
    }
  }
  // An emoji several of the slide's words point at (sun + plant -> sunflower) is a safer choice
  // than one a single, possibly ambiguous word hits ("cell" -> mobile phone).
  return [...totals.entries()]
    .map(([i, t]) => ({ name: index.icons[i]!.name, score: Math.round(t.sum * (t.words === 1 ? 0.75 : 1 + 0.5 * (t.words - 1)) * 1e6) / 1e6 }))
    .sort((a, b) => b.score - a.score || (a.name < b.name ? -1 : 1))
    .slice(0, limit);
}

type Hits = { icon: number; weight: number; label: boolean; exact: boolean }[];

/** Index hits for a keyword; an unknown compound is tried as two known words ("sunlight"). */
function lookup(index: ReturnType<typeof emojiIndex>, k: ConceptKeyword): { weight: number; inTitle?: boolean; hits: Hits }[] {
  const direct = index.byStem.get(k.stem);
  if (direct) return [{ weight: k.weight, inTitle: k.inTitle, hits: direct }];
  if (!/^\p{Script=Latin}{6,}$/u.test(k.stem)) return [];
  for (let i = 3; i <= k.stem.length - 3; i++) {
    const a = index.byStem.get(k.stem.slice(0, i));
    const b = index.byStem.get(k.stem.slice(i));
    if (a && b) return [{ weight: k.weight * 0.6, inTitle: k.inTitle, hits: a }, { weight: k.weight * 0.6, inTitle: k.inTitle, hits: b }];
  }
  return [];
}

/**
 * The emoji for a slide: the best match, discounted for each earlier slide that already shows it
 * (a deck of eleven light bulbs would look broken), else an unused neutral fallback for the layout.
 */
export function chooseEmoji(
  keywords: ConceptKeyword[],
  lang: string,
  layout: string,
  used: Map<string, number>,
  exclude: string[] = [],
): string {
  // Relevance is judged before the repeat discount: a good match shown twice beats a neutral picture.
  const ranked = rankEmoji(keywords, lang, 25)
    .filter((c) => !exclude.includes(c.name) && c.score >= MIN_SCORE)
    .map((c) => ({ ...c, score: c.score * Math.pow(0.4, used.get(c.name) ?? 0) }))
    .sort((a, b) => b.score - a.score || (a.name < b.name ? -1 : 1));
  if (ranked[0]) return ranked[0].name;
  const pool = (FALLBACK[layout] ?? FALLBACK.concept!).filter((n) => !exclude.includes(n) && hasIcon('fluent-emoji-flat', n));
  const fresh = pool.find((n) => !used.has(n));
  return fresh ?? pool.sort((a, b) => (used.get(a) ?? 0) - (used.get(b) ?? 0))[0] ?? 'light-bulb';
}

/** English words -> Tabler icon names worth trying: "cloud with rain" -> cloud-with-rain, cloud-rain, cloud, rain. */
function tablerCandidates(words: string[]): string[] {
  const out: string[] = [];
  for (const phrase of words) {
    const parts = phrase
      .toLowerCase()
      .split(/[\s:,]+/)
      .filter((p) => p && !['with', 'of', 'and', 'the', 'a', 'in', 'on', 'button'].includes(p));
    if (parts.length > 1) out.push(parts.join('-'), `${parts[0]}-${parts[parts.length - 1]}`);
    for (const p of parts) out.push(p, stemWord(p, 'en'));
  }
  return [...new Set(out)].filter((c) => /^[a-z0-9-]+$/.test(c) && hasIcon('tabler', c));
}

const STEP_FALLBACK = ['flag', 'settings', 'circle-check', 'trophy'];

/** A Tabler line icon for a step text, bridged through its best-matching emoji's English name. */
export function chooseStepIcon(stepKeywords: ConceptKeyword[], lang: string, position: number, used: Set<string>): string {
  const index = emojiIndex(lang);
  for (const namesOnly of [true, false]) {
    for (const choice of rankEmoji(stepKeywords, lang, 6, namesOnly)) {
      const icon = index.icons[index.byName.get(choice.name)!]!;
      const words = namesOnly ? icon.english.slice(0, 1) : icon.english;
      const name = tablerCandidates(words).find((c) => !used.has(c));
      if (name) return name;
    }
  }
  // English decks can name a Tabler icon directly ("sun", "cloud").
  for (const k of stepKeywords) if (hasIcon('tabler', k.stem) && !used.has(k.stem)) return k.stem;
  return STEP_FALLBACK[Math.min(position, STEP_FALLBACK.length - 1)]!;
}
