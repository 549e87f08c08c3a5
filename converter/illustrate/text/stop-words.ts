/**
 * Stop words per language: the stopwords-iso lists (MIT, 50+ languages), compared after foldWord so
 * that accents and Arabic diacritics do not matter. Those lists are built for search engines: they
 * hold some nouns a lesson may be about ("world", "system"), and they miss the framing words of a
 * spoken lesson ("today", "let's look at"). Both are settled per deck, by how the deck uses its words
 * (deck-vocabulary.ts), not by lists of words.
 */
import { loadPackageJson } from '../package-data.js';
import { foldWord } from './normalize.js';

/**
 * Function words a stopwords-iso list lacks: Hindi's has no personal pronouns and none of the nouns
 * that compound postpositions are built on (के बारे में "about", के लिए "for", के रूप में "as" …).
 */
const MISSING_FUNCTION_WORDS: Record<string, string[]> = {
  hi: ['मैं', 'हम', 'तुम', 'आप', 'हमें', 'हमारा', 'हमारे', 'हमारी', 'तुम्हारा', 'आपका', 'आपके', 'आपकी', 'मेरा', 'मेरे', 'मेरी',
    'बारे', 'लिए', 'साथ', 'बाद', 'पहले', 'पास', 'रूप', 'तरह', 'द्वारा', 'कारण', 'बीच', 'अलावा', 'बजाय', 'तक'],
};

const cache = new Map<string, Set<string>>();

/** The folded stop-word set for a base language (English's when the language has no list). */
export function stopWords(lang: string): Set<string> {
  const key = lang || 'en';
  const hit = cache.get(key);
  if (hit) return hit;
  const all = loadPackageJson<Record<string, string[]>>('stopwords-iso/stopwords-iso.json') ?? {};
  const set = new Set([...(all[key] ?? all.en ?? []), ...(MISSING_FUNCTION_WORDS[key] ?? [])].map((w) => foldWord(w, key)));
  // English words turn up in every language's notes (titles, loanwords): never let them score.
  if (key !== 'en') for (const w of all.en ?? []) if (w.length <= 4) set.add(foldWord(w, 'en'));
  cache.set(key, set);
  return set;
}

export function isStopWord(folded: string, lang: string): boolean {
  return stopWords(lang).has(folded);
}
