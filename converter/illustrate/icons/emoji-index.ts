/**
 * A multilingual keyword index over the Fluent Emoji (flat) icons.
 *
 * Keywords come from emojibase-data (label + tags per locale, CLDR-derived, MIT) and, for locales
 * emojibase does not ship (Arabic among them), straight from the Unicode CLDR annotations
 * (cldr-annotations-full). English is always merged in, because notes in any language borrow
 * English terms and titles. Only emoji that the Fluent set draws are indexed.
 */
import { loadPackageJson } from '../package-data.js';
import { foldWord, stemWord } from '../text/normalize.js';
import { isStopWord } from '../text/stop-words.js';

export interface EmojiIcon {
  /** Fluent Emoji (flat) icon name, e.g. "seedling". */
  name: string;
  /** emojibase group: 0 smileys, 1 people, 3 nature, 4 food, 5 travel, 6 activities, 7 objects, 8 symbols, 9 flags. */
  group: number;
  /** English label and tags (for bridging to the English-named Tabler icons). */
  english: string[];
}

export interface EmojiIndex {
  icons: EmojiIcon[];
  /**
   * stem -> (icon position, keyword weight, whether the word is in the emoji's name, whether it
   * is the emoji's whole name: "cloud" for ☁ is exact, for ⛅ it is not)
   */
  byStem: Map<string, { icon: number; weight: number; label: boolean; exact: boolean }[]>;
  /** Icon name -> position. */
  byName: Map<string, number>;
}

interface EmojibaseEntry {
  hexcode: string;
  label: string;
  tags?: string[];
  group?: number;
}

type CldrAnnotations = { annotations: { annotations: Record<string, { default?: string[]; tts?: string[] }> } };

// People and faces illustrate a lesson less well than objects and nature; components never.
const GROUP_WEIGHT: Record<number, number> = { 0: 0.45, 1: 0.7, 2: 0, 3: 1, 4: 1, 5: 1, 6: 1, 7: 1, 8: 0.6, 9: 0.5 };
const LABEL_WEIGHT = 1;
const TAG_WEIGHT = 0.55;

/**
 * Keyword senses that mislead in lessons: a biology "cell" is not a phone. Tag matches of these
 * stems to these icons are dropped (the icon's own name still matches).
 */
const MISLEADING: Record<string, string[]> = {
  cell: ['mobile-phone', 'mobile-phone-with-arrow', 'no-mobile-phones', 'antenna-bars', 'vibration-mode', 'mobile-phone-off'],
  celula: ['mobile-phone', 'mobile-phone-with-arrow', 'no-mobile-phones', 'antenna-bars', 'vibration-mode', 'mobile-phone-off'],
};

const cache = new Map<string, EmojiIndex>();

/** The index for a base language (plus English). */
export function emojiIndex(lang: string): EmojiIndex {
  const key = lang || 'en';
  const hit = cache.get(key);
  if (hit) return hit;
  const chars = loadPackageJson<Record<string, string>>('@iconify-json/fluent-emoji-flat/chars.json') ?? {};
  const english = loadPackageJson<EmojibaseEntry[]>('emojibase-data/en/data.json') ?? [];
  const index: EmojiIndex = { icons: [], byStem: new Map(), byName: new Map() };
  const groupByHex = new Map<string, number>();

  for (const e of english) {
    const name = chars[fluentKey(e.hexcode)];
    const group = e.group ?? 8;
    groupByHex.set(fluentKey(e.hexcode), group);
    if (!name || (GROUP_WEIGHT[group] ?? 0) === 0 || index.byName.has(name)) continue;
    index.byName.set(name, index.icons.length);
    index.icons.push({ name, group, english: [e.label, ...(e.tags ?? [])] });
  }
  const add = (hexKey: string, words: string[], weight: number, wordLang: string) => {
    const pos = index.byName.get(chars[hexKey] ?? '');
    if (pos === undefined) return;
    const g = GROUP_WEIGHT[index.icons[pos]!.group] ?? 0;
    for (const phrase of words) {
      // "sign of the horns": the function words must not match every "the" in a slide. A keyword that is
      // one word, and the last word of an English name (its head noun: "sun with face"), name the thing
      // even when a stop list holds them ("world", "face").
      const words = phrase.split(/[\s:,;()]+/u).filter((w) => /\p{L}/u.test(w));
      const head = words.length === 1 || wordLang === 'en' ? words.length - 1 : -1;
      const parts = words.filter((w, i) => i === head || !isStopWord(foldWord(w, wordLang), wordLang));
      // A keyword phrase spreads its weight over its words: "light bulb" matches "light" weakly.
      const w = (weight * g) / Math.sqrt(Math.max(1, parts.length));
      const label = weight === LABEL_WEIGHT;
      const exact = label && parts.length === 1;
      for (const part of parts) {
        const stem = stemWord(part, wordLang);
        if (!label && MISLEADING[stem]?.includes(index.icons[pos]!.name)) continue;
        let list = index.byStem.get(stem);
        if (!list) index.byStem.set(stem, (list = []));
        const existing = list.find((x) => x.icon === pos);
        if (existing) {
          existing.weight = Math.max(existing.weight, w);
          existing.label ||= label;
          existing.exact ||= exact;
        } else list.push({ icon: pos, weight: w, label, exact });
      }
    }
  };

  for (const e of english) {
    add(fluentKey(e.hexcode), [e.label], LABEL_WEIGHT, 'en');
    add(fluentKey(e.hexcode), e.tags ?? [], TAG_WEIGHT, 'en');
  }
  if (key !== 'en') {
    const local = loadPackageJson<EmojibaseEntry[]>(`emojibase-data/${key}/data.json`);
    if (local) {
      for (const e of local) {
        add(fluentKey(e.hexcode), [e.label], LABEL_WEIGHT, key);
        add(fluentKey(e.hexcode), e.tags ?? [], TAG_WEIGHT, key);
      }
    } else {
      const cldr = loadPackageJson<CldrAnnotations>(`cldr-annotations-full/annotations/${key}/annotations.json`);
      for (const [chr, a] of Object.entries(cldr?.annotations.annotations ?? {})) {
        const hex = fluentKey([...chr].map((c) => c.codePointAt(0)!.toString(16)).join('-'));
        add(hex, a.tts ?? [], LABEL_WEIGHT, key);
        add(hex, a.default ?? [], TAG_WEIGHT, key);
      }
    }
  }
  cache.set(key, index);
  return index;
}

/** emojibase "1F6A3-200D-2642-FE0F" -> Iconify chars.json key "1f6a3-200d-2642". */
function fluentKey(hexcode: string): string {
  return hexcode
    .toLowerCase()
    .split('-')
    .filter((p) => p !== 'fe0f')
    .join('-');
}
