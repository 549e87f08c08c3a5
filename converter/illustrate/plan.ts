/**
 * Planning the illustrative frames of a deck (pure): the style lock, each slide's concept, prompt,
 * offline card and cache key, and the cost estimate. --dry-run prints this without generating.
 */
import { cacheKey, sha256Hex } from '../cache/cache-key.js';
import type { Deck } from '../deck/model.js';
import { buildCardHtml } from './card/card-html.js';
import { buildCardSpecs } from './card/card-spec.js';
import { deckConcepts, withDirectiveKeywords } from './concept.js';
import { OFFLINE_CARD_VERSION } from './defaults.js';
import { estimateImageCost, parseSize, requestSize } from './image-size.js';
import type { ResolvedIllustrateOptions } from './options.js';
import { buildPrompt, subjectFromConcept } from './prompt.js';
import type { SlideIllustrationInput } from './slide-inputs.js';
import { buildStyleLock, type StyleLock } from './style/style-lock.js';
import type { FrameSize, SlideConcept } from './types.js';

export interface FramePlan {
  slideIndex: number;
  concept: SlideConcept;
  /** What the picture shows: from [image: …], from the notes, or (later) from the prompt LLM. */
  subject: string;
  source: 'directive' | 'notes' | 'llm';
  /** subject + style lock: what an image model receives. */
  prompt: string;
  /** Offline provider: the card document and its text/art boxes. */
  cardHtml?: string;
  /** Size of the produced image (openai: the requested size; offline: the frame size). */
  size: FrameSize;
  /** Content address of the frame in the cache. */
  key: string;
  /** USD, estimate (0 offline; undefined when the model's price is unknown). */
  estimatedCostUsd: number | undefined;
}

export interface IllustrationPlan {
  provider: ResolvedIllustrateOptions['images'];
  /** Image model (openai) or the offline card renderer's version. */
  model: string;
  lock: StyleLock;
  frames: FramePlan[];
  /** Slides with no frame and why. */
  skipped: { slideIndex: number; reason: 'no-image' | 'provider-none' }[];
  /** Sum of the frames' estimates; undefined when one is unknown. */
  totalCostUsd: number | undefined;
}

export function planIllustrations(
  deck: Pick<Deck, 'theme' | 'lang' | 'title'>,
  slides: SlideIllustrationInput[],
  options: ResolvedIllustrateOptions,
): IllustrationPlan {
  const lock = buildStyleLock(deck.theme, options.imageStyle);
  const provider = options.images;
  const model = provider === 'openai' ? options.imageModel : OFFLINE_CARD_VERSION;
  const skipped: IllustrationPlan['skipped'] = [];
  const wanted = slides.filter((s) => {
    if (provider === 'none') skipped.push({ slideIndex: s.slideIndex, reason: 'provider-none' });
    else if (s.noImage) skipped.push({ slideIndex: s.slideIndex, reason: 'no-image' });
    else return true;
    return false;
  });
  // Concepts are computed over all the deck's slides (idf needs the whole deck), kept for the wanted ones.
  const concepts = deckConcepts(slides.map((s) => ({ slideIndex: s.slideIndex, title: s.title, text: s.text, notes: s.notes })), deck.lang);
  const byIndex = new Map(concepts.map((c) => [c.slideIndex, c]));
  const wantedConcepts = wanted.map((s) => {
    const c = byIndex.get(s.slideIndex)!;
    return s.imagePrompt ? withDirectiveKeywords(c, s.imagePrompt) : c;
  });
  const cards = provider === 'offline' ? buildCardSpecs(wantedConcepts, deck.title) : [];
  const reqSize = provider === 'openai' ? requestSize(options.imageModel, options.size) : `${options.size.width}x${options.size.height}`;

  const frames = wanted.map((s, i): FramePlan => {
    const concept = wantedConcepts[i]!;
    const fromDirective = !!s.imagePrompt;
    const subject = s.imagePrompt ?? subjectFromConcept(concept);
    const prompt = buildPrompt(subject, lock);
    const cardHtml = provider === 'offline' ? buildCardHtml(cards[i]!, lock, options.size).html : undefined;
    const size = parseSize(reqSize);
    return {
      slideIndex: s.slideIndex,
      concept,
      subject,
      source: fromDirective ? 'directive' : 'notes',
      prompt,
      ...(cardHtml ? { cardHtml } : {}),
      size,
      key: frameKey({ prompt, style: lock.text, provider, model, size: reqSize, card: cardHtml ? sha256Hex(cardHtml) : undefined }),
      estimatedCostUsd: provider === 'openai' ? estimateImageCost(options.imageModel, options.imageQuality, reqSize) : 0,
    };
  });
  const costs = frames.map((f) => f.estimatedCostUsd);
  const totalCostUsd = costs.some((c) => c === undefined) ? undefined : round4(costs.reduce<number>((a, c) => a + (c ?? 0), 0));
  return { provider, model, lock, frames, skipped, totalCostUsd };
}

/** A frame's cache key: prompt, style, provider, model and size (and the card document offline). */
export function frameKey(inputs: { prompt: string; style: string; provider: string; model: string; size: string; card?: string }): string {
  return cacheKey({ kind: 'illustration-frame', ...inputs });
}

function round4(n: number): number {
  return Math.round(n * 10000) / 10000;
}
