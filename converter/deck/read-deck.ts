/**
 * .pptx/.ppsx/.pptm -> Deck. The frame (slides in order, hidden flags, titles, text, notes, size,
 * language, media) is read here; what each slide looks like comes from the visual reader
 * (readSlideVisuals), called once per slide through its fixed signature.
 */
import { readFile, stat } from 'node:fs/promises';
import { basename, extname } from 'node:path';
import { DEFAULT_CONTENT_LIMITS, DeckBudget, type ContentLimits, type SlideBudget } from './content-limits.js';
import { ConvertError, badInput } from '../errors.js';
import { deckError } from '../preflight.js';
import type { Deck, Media, Slide } from './model.js';
import { DEFAULT_LIMITS, openPackage, tooLargeMessage, type PackageLimits } from './pptx/open-package.js';
import type { Package } from './pptx/package.js';
import { mediaCollector } from './pptx/media-collector.js';
import { readNotes } from './pptx/notes.js';
import { oneLine } from './pptx/plain-text.js';
import { readPresentation } from './pptx/presentation.js';
import { summariseSlide } from './pptx/slide-summary.js';
import { readDeckTheme, readSlideVisuals, type SlideVisuals } from './pptx/slide-visuals.js';

export type DeckInput = { path: string } | { bytes: Uint8Array; name: string };

/** A deck file or its bytes, or a deck already read (e.g. from Google Slides). */
export type AnyDeckInput = DeckInput | { deck: Deck };

export async function deckOf(input: AnyDeckInput, options: ReadDeckOptions = {}): Promise<Deck> {
  return 'deck' in input ? input.deck : readDeck(input, options);
}

export interface ReadDeckOptions {
  limits?: Partial<PackageLimits>;
  /** How much text and how many shapes the deck may bring (DEFAULT_CONTENT_LIMITS). */
  content?: Partial<ContentLimits>;
}

export async function readDeck(input: DeckInput, options: ReadDeckOptions = {}): Promise<Deck> {
  const { bytes, name } = await loadInput(input, options.limits?.maxInputBytes ?? DEFAULT_LIMITS.maxInputBytes);
  const pkg = await openPackage(bytes, options.limits);
  return deckFromPackage(pkg, name, options.content);
}

/** The Deck of an already opened package (name = file name shown to users). */
export function deckFromPackage(pkg: Package, name: string, content: Partial<ContentLimits> = {}): Deck {
  const budget = new DeckBudget({ ...DEFAULT_CONTENT_LIMITS, ...content }, (m) => pkg.warn(m));
  const pres = readPresentation(pkg);
  const media = new Map<string, Media>();
  const collect = mediaCollector(pkg, media);
  const langs = new Map<string, number>();
  const slides: Slide[] = pres.slides.map((s, i) => {
    const root = pkg.xml(s.part);
    const summary = summariseSlide(pkg, s.part, root);
    for (const [k, v] of summary.langs) langs.set(k, (langs.get(k) ?? 0) + v);
    const visuals = safeVisuals(pkg, s.part, i + 1, collect, budget.slide(i + 1));
    return {
      index: i + 1,
      id: s.id,
      // p:sld show="0" hides a slide from the slide show; an unreadable slide is not hidden.
      hidden: root ? !root.bool('show', true) : false,
      title: budget.text('title', i + 1, summary.title),
      text: budget.text('text', i + 1, summary.text),
      notes: budget.text('notes', i + 1, readNotes(pkg, s.part)),
      layoutName: visuals.layoutName,
      background: visuals.background,
      elements: visuals.elements,
      ...(visuals.transition ? { transition: visuals.transition } : {}),
    };
  });
  return {
    source: { format: pres.format, name },
    size: pres.size,
    // Title: docProps/core.xml, else the first slide's title, else the file name without extension.
    title: (coreTitle(pkg) || slides[0]?.title || basename(name, extname(name))).slice(0, budget.limits.titleChars),
    lang: majorityLang(langs) || pres.defaultLang,
    theme: readDeckTheme(pkg),
    slides,
    media,
    warnings: pkg.warnings,
  };
}

/** One slide's broken drawing must not lose the whole deck's narration: skip its visuals, say so. */
function safeVisuals(pkg: Package, part: string, n: number, media: (p: string) => string, budget: SlideBudget): SlideVisuals {
  try {
    return readSlideVisuals(pkg, part, n, media, budget);
  } catch (e) {
    if (e instanceof ConvertError) throw e;
    pkg.warn(`slide ${n}: its drawing could not be read and is left blank (${oneLine(String((e as Error)?.message ?? e)).slice(0, 160)})`);
    return { background: { type: 'none' }, elements: [], layoutName: '' };
  }
}

async function loadInput(input: DeckInput, maxBytes: number): Promise<{ bytes: Uint8Array; name: string }> {
  if ('bytes' in input) return input;
  const name = basename(input.path);
  let size: number;
  try {
    const st = await stat(input.path);
    if (st.isDirectory()) throw badInput(`${input.path} is a folder; give the path of a .pptx file`);
    size = st.size;
  } catch (e) {
    throw deckError(e, input.path);
  }
  // Checked before reading, so a huge file never lands in memory.
  if (size > maxBytes) throw badInput(tooLargeMessage(size, maxBytes));
  try {
    return { bytes: await readFile(input.path), name };
  } catch (e) {
    throw deckError(e, input.path);
  }
}

function coreTitle(pkg: Package): string {
  const rel = pkg.relsOfType('/', '/core-properties').find((r) => !r.external);
  const part = rel && pkg.has(rel.target) ? rel.target : pkg.has('/docProps/core.xml') ? '/docProps/core.xml' : undefined;
  const root = part ? pkg.xml(part) : undefined;
  const t = root?.children.find((c) => c.local === 'title');
  const title = t ? oneLine(t.deepText()) : '';
  return GENERIC_TITLES.test(title) ? '' : title;
}

/**
 * Titles that tools write when the author gave none ("PowerPoint Presentation" in several languages,
 * pptxgenjs's default): useless as a video title, so the first slide's title is used instead.
 */
const GENERIC_TITLES =
  /^(PowerPoint Presentation|PowerPoint-Präsentation|Présentation PowerPoint|Presentación de PowerPoint|Apresentação do PowerPoint|Presentazione di PowerPoint|Prezentacja programu PowerPoint|PptxGenJS Presentation|Presentation\d*)$/i;

/** The language most of the deck's text is tagged with. */
function majorityLang(langs: Map<string, number>): string {
  let best = '';
  let n = 0;
  for (const [k, v] of langs) if (v > n) [best, n] = [k, v];
  return best;
}
