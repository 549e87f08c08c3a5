/**
 * One deck, made ready for a video in another language. Everything is sent in one go (batched,
 * cached): every narration sentence (so each caption keeps its own sentence and its pause, [click]
 * and other directives stay where they were), every [image: …] prompt, the slide titles (chapters)
 * and the deck title (the video's title), the generated-image subjects when pictures are generated,
 * and with --translate-slides the slides' own text. The answers make a translated copy of the deck
 * and of each slide's script; the original deck and scripts are left as they were.
 */
import type { Deck, Slide } from '../deck/model.js';
import type { SlideIllustrationInput } from '../illustrate/slide-inputs.js';
import type { ResolvedScriptOptions } from '../script/options.js';
import type { SlideScript } from '../script/build-script.js';
import { compileLexicon } from '../script/lexicon.js';
import { lexiconFor, primaryLang } from '../script/options.js';
import { toSpoken } from '../script/spoken.js';
import { compileGlossary, type Glossary } from './glossary.js';
import { languageName } from './languages.js';
import { parseMarkup, plainText, toMarkup } from './markup.js';
import { protect } from './protect.js';
import { translateTexts, type TranslateRun, type TranslateStats, type Translated } from './translate-texts.js';
import { slideTexts } from './translate-slides.js';

export interface SourceSlide {
  slide: Slide;
  script: SlideScript;
  /** What the illustrate stage would be given for this slide (absent: no frame input). */
  illustration?: SlideIllustrationInput;
  /** The generated picture's subject, when pictures are generated (translated for the image model). */
  imageSubject?: string;
}

export interface TranslatedVariant {
  lang: string;
  deck: Deck;
  slides: { slide: Slide; script: SlideScript; illustration?: SlideIllustrationInput }[];
  /** Texts kept in the source language, and why (one line per problem). */
  warnings: string[];
}

export interface VariantRequest {
  deck: Deck;
  from: string;
  to: string;
  slides: SourceSlide[];
  translateSlides: boolean;
  glossary: Glossary;
  script: ResolvedScriptOptions;
  run: TranslateRun;
  stats?: TranslateStats;
}

const clean = (s: string) => s.replace(/\s+/gu, ' ').trim();

export async function translateVariant(r: VariantRequest): Promise<TranslatedVariant> {
  const glossary = compileGlossary(r.glossary, r.to);
  const unit = (text: string) => toMarkup(protect(text, glossary));
  const texts: string[] = [unit(r.deck.title)];
  for (const s of r.slides) {
    texts.push(unit(s.slide.title), ...s.script.sentences.map((x) => unit(x.caption)));
    if (s.script.imagePrompt) texts.push(unit(s.script.imagePrompt));
    if (s.illustration?.imagePrompt) texts.push(unit(s.illustration.imagePrompt));
    if (s.imageSubject) texts.push(unit(s.imageSubject));
  }
  const onSlides = r.translateSlides ? slideTexts(r.deck, new Set(r.slides.map((s) => s.slide.index)), glossary) : undefined;
  const all = [...texts, ...(onSlides?.texts ?? [])];
  const answers = await translateTexts(all, r.from, r.to, r.run, r.stats);
  const byText = new Map<string, Translated>(all.map((t, i) => [t, answers[i]!]));

  const problems = new Map<string, string>();
  const answerOf = (markup: string) => {
    const a = byText.get(markup)!;
    if (a.problem && !a.problem.soft) {
      problems.set(plainText(parseMarkup(markup)), a.problem.message);
      return undefined;
    }
    return { markup: a.markup, plain: !!a.problem?.soft };
  };
  /** A text's translation as plain text, or the source when the translator lost something that must stay. */
  const tr = (text: string) => {
    if (!/\p{L}/u.test(text)) return text;
    const a = answerOf(unit(text));
    return a ? clean(plainText(parseMarkup(a.markup))) : text;
  };

  const deck = onSlides ? onSlides.apply(answerOf, r.to) : { ...r.deck, lang: r.to };
  deck.title = tr(r.deck.title);
  const bySlide = new Map(deck.slides.map((s) => [s.index, s]));
  const lexicon = compileLexicon(lexiconFor(r.script, r.to, false));
  const spokenCtx = { lang: primaryLang(r.to), skipUrls: r.script.skipUrls, lexicon };

  const slides = r.slides.map((s) => {
    const slide = { ...bySlide.get(s.slide.index)!, title: tr(s.slide.title) };
    const sentences = s.script.sentences.map((x) => {
      const caption = tr(x.caption);
      return { ...x, caption, spoken: toSpoken(caption, spokenCtx) };
    });
    const script: SlideScript = { ...s.script, lang: r.to, sentences, ...(s.script.imagePrompt ? { imagePrompt: tr(s.script.imagePrompt) } : {}) };
    if (!s.illustration) return { slide, script };
    // Cards are made from the translated words; a generated picture gets its subject translated.
    const from = s.illustration;
    const prompt = s.imageSubject ? tr(s.imageSubject) : from.imagePrompt ? tr(from.imagePrompt) : undefined;
    const illustration: SlideIllustrationInput = {
      ...from,
      title: slide.title,
      notes: s.script.source === 'notes' ? sentences.map((x) => x.caption).join('\n') : '',
      ...(prompt ? { imagePrompt: prompt } : {}),
    };
    return { slide, script, illustration };
  });
  deck.slides = deck.slides.map((s) => slides.find((x) => x.slide.index === s.index)?.slide ?? s);
  const warnings = [...problems].slice(0, 3).map(([text, why]) =>
    `${languageName(r.to)}: kept "${text.length > 50 ? `${text.slice(0, 49)}…` : text}" untranslated (${why})`);
  if (problems.size > 3) warnings.push(`${languageName(r.to)}: ${problems.size - 3} more texts kept untranslated`);
  return { lang: r.to, deck, slides, warnings };
}
