/**
 * Choosing a card layout from what the text says: a comparison ("X vs Y"), a sequence of steps
 * ("first … then … finally"), a headline number ("97% of …"), or else a single concept.
 * Markers are listed for the languages the example decks use; others fall back to 'concept'.
 */
import { shortenText, tidySentence } from './text/shorten.js';

const VERSUS = /^(.{2,60}?)\s+(?:vs\.?|versus|v\.|frente a|contra|contre|face à|बनाम|مقابل|ضد)\s+(.{2,60})$/iu;

/** "Plant cells vs animal cells" -> ["Plant cells", "animal cells"] (each side at most six words). */
export function detectComparison(title: string, notesSentences: string[]): [string, string] | undefined {
  for (const text of [title, ...notesSentences]) {
    const m = VERSUS.exec(tidySentence(text).replace(/[?؟!]+$/u, ''));
    if (!m) continue;
    const a = m[1]!.trim();
    const b = m[2]!.trim();
    if (a.split(/\s+/).length <= 6 && b.split(/\s+/).length <= 6) return [a, b];
  }
  return undefined;
}

// A sentence that opens a step: ordinal words, sequencing adverbs, or "1." / "Step 2" numbering.
const STEP_START =
  /^(?:(?:step\s*)?\d{1,2}[.):]\s+|step\s+\d+\s*[:.,-]?\s*|(?:first(?:ly)?|second(?:ly)?|third(?:ly)?|then|next|after that|finally|lastly|primero|segundo|tercero|luego|después|despues|entonces|finalmente|por último|por ultimo|d'abord|premièrement|deuxièmement|troisièmement|ensuite|puis|enfin|finalement|पहले|पहला|दूसरा|तीसरा|फिर|उसके बाद|अंत में|आखिर में|أولا|أولاً|ثانيا|ثانياً|ثالثا|ثالثاً|بعد ذلك|ثم|أخيرا|أخيراً|وأخيرا|وأخيراً)(?:\s*[,،:]\s*|\s+))/iu;

const STEP_SUBJECT =
  /^(?:(?:we|you|they|I)\s+(?:will|shall|can|should|must|need to|are going to|'ll)|we'll|you'll|let's|vamos a|veremos|nous allons|on va|vous allez)\s+/iu;

/** Three or four steps when at least three sentences (or lines) open with step markers. */
export function detectSteps(notesSentences: string[], lang: string): string[] | undefined {
  const steps: string[] = [];
  for (const s of notesSentences) {
    const m = STEP_START.exec(s.trim());
    if (!m) continue;
    // "First we will look at …" -> "Look at …": a step is an action, not who does it.
    const rest = s.trim().slice(m[0].length).replace(STEP_SUBJECT, '');
    if (!/\p{L}/u.test(rest)) continue;
    steps.push(shortenText(rest, 8, lang));
  }
  if (steps.length < 3) return undefined;
  return steps.slice(0, 4);
}

const MAGNITUDE =
  'thousand|million|billion|trillion|mil|millón|millones|millon|mil millones|billón|millier|milliers|millions|milliard|milliards|हज़ार|हजार|लाख|करोड़|ألف|آلاف|مليون|ملايين|مليار';
const PERCENT = '%|٪|percent|per cent|por ciento|pour cent|pourcent|प्रतिशत|بالمئة|في المئة|بالمائة';
const NUM = '[\\p{Nd}]+(?:[.,\\u066B\\u066C\\u00A0 ][\\p{Nd}]{3})*(?:[.,\\u066B][\\p{Nd}]+)?';
const FIGURE = new RegExp(`(?<![\\p{L}\\p{Nd}])(${NUM})\\s?(${PERCENT}|(?:${MAGNITUDE})(?![\\p{L}]))?`, 'giu');

/**
 * The most striking figure in the notes: a percentage, else a number with a magnitude word
 * ("150 million"), else a number of five or more digits. Plain small numbers and years are
 * ignored: "3 types" or "in 1905" are not the point of a slide.
 */
export function detectFigure(notesSentences: string[], lang: string): { value: string; caption: string; sentence: string } | undefined {
  let best: { value: string; caption: string; sentence: string; rank: number } | undefined;
  for (const sentence of notesSentences) {
    for (const m of sentence.matchAll(FIGURE)) {
      const digits = m[1]!;
      const unit = (m[2] ?? '').trim();
      const plain = digits.replace(/[^\p{Nd}]/gu, '');
      let rank = 0;
      if (unit && new RegExp(`^(?:${PERCENT})$`, 'iu').test(unit)) rank = 3;
      else if (unit) rank = 2;
      else if (plain.length >= 5) rank = 1;
      if (rank === 0 || (best && best.rank >= rank)) continue;
      const value = rank === 3 ? `${digits}${/[٪]/u.test(unit) ? '٪' : '%'}` : unit ? `${digits} ${unit}` : digits;
      best = { value, caption: figureCaption(sentence, m.index!, m[0].length, lang), sentence, rank };
    }
  }
  return best ? { value: best.value, caption: best.caption, sentence: best.sentence } : undefined;
}

/**
 * What the figure measures: when the figure opens the sentence ("About 70% of the oxygen …"),
 * the words after it, as infographics print them under the number; else the whole sentence.
 */
function figureCaption(sentence: string, at: number, length: number, lang: string): string {
  const before = sentence.slice(0, at).trim().split(/\s+/).filter(Boolean);
  const after = sentence.slice(at + length).trim();
  if (before.length <= 3 && after.split(/\s+/).length >= 3) return shortenText(after, 14, lang);
  return shortenText(sentence, 14, lang);
}
