/**
 * The translated versions of a conversion, worked out before any video is made (so a missing key or a
 * translator that fails stops the run before anything is rendered or encoded): one translator for all
 * languages, each language's texts in one batched, cached call, progress as the 'translate' stage.
 */
import type { ArtifactCache } from '../cache/artifact-cache.js';
import type { Deck } from '../deck/model.js';
import { planIllustrations } from '../illustrate/plan.js';
import { slideInputsFromDeck, type SlideIllustrationInput } from '../illustrate/slide-inputs.js';
import type { ResolvedConvertOptions } from '../options/resolve-convert-options.js';
import type { SlideJob } from '../plan-conversion.js';
import { languageName, sameLanguage } from './languages.js';
import { createTranslator } from './registry.js';
import { translateVariant, type SourceSlide } from './translate-variant.js';
import type { TranslateStats } from './translate-texts.js';

export interface DeckVariant {
  lang: string;
  deck: Deck;
  jobs: SlideJob[];
  /** What the illustrate stage makes this language's frames from. */
  illustrations: SlideIllustrationInput[];
  /** The slides were translated: our renders of the translated deck replace any supplied slide pictures. */
  slidesTranslated: boolean;
}

export async function deckVariants(deck: Deck, jobs: SlideJob[], lang: string, o: ResolvedConvertOptions, cache: ArtifactCache,
  warnings: Set<string>, stats?: TranslateStats): Promise<DeckVariant[]> {
  const t = o.translate;
  const targets = t.languages.filter((l) => {
    if (!sameLanguage(l, lang)) return true;
    warnings.add(`--translate ${l}: the deck is already in ${languageName(lang)}; no separate video was made for it`);
    return false;
  });
  if (targets.length === 0) return [];
  const provider = await createTranslator(t);
  const wanted = new Set(jobs.map((j) => j.slide.index));
  const inputs = new Map(slideInputsFromDeck(deck, true).filter((s) => wanted.has(s.slideIndex)).map((s) => [s.slideIndex, s]));
  // Generated pictures are described to the image model: that description is translated as a whole.
  const subjects = o.illustrate.images === 'openai'
    ? new Map(planIllustrations(deck, [...inputs.values()], o.illustrate).frames.map((f) => [f.slideIndex, f.subject]))
    : new Map<number, string>();
  const slides: SourceSlide[] = jobs.map((j) => {
    const illustration = inputs.get(j.slide.index);
    const subject = subjects.get(j.slide.index);
    return { ...j, ...(illustration ? { illustration } : {}), ...(subject ? { imageSubject: subject } : {}) };
  });

  const out: DeckVariant[] = [];
  for (const [n, to] of targets.entries()) {
    const v = await translateVariant({
      deck, from: lang, to, slides, translateSlides: t.slides, glossary: t.glossary, script: o.narration.script, stats,
      run: {
        provider, cache, signal: o.signal,
        onProgress: (done, total) => o.onProgress({ stage: 'translate', done: n * total + done, total: targets.length * total, detail: to }),
      },
    });
    for (const w of v.warnings) warnings.add(w);
    out.push({
      lang: to,
      deck: v.deck,
      jobs: v.slides.map(({ slide, script }) => ({ slide, script })),
      illustrations: v.slides.flatMap((s) => (s.illustration ? [s.illustration] : [])),
      slidesTranslated: t.slides,
    });
  }
  return out;
}
