/**
 * --translate-slides: the slides' own text in the target language, replaced in the Deck model so the
 * renderer draws the translated slide exactly as it draws any other. Every text body (shapes, table
 * cells, SmartArt shapes, master and layout text on the slide) and every chart's title, categories
 * and series names is one text per paragraph or label. A translated body shrinks its text to fit
 * (the renderer's autofit pass), since translations run longer; right-to-left targets get RTL
 * paragraphs with mirrored alignment; runs whose fonts lack the target's letters get a Noto font.
 */
import type { Chart, Deck, Paragraph, Run, SlideElement, TextBody } from '../deck/model.js';
import { substituteFont, resolveThemeFont } from '../render/fonts.js';
import type { CompiledGlossary } from './glossary.js';
import { isRtlLanguage, notoFontFor } from './languages.js';
import { parseMarkup, plainText, toMarkup } from './markup.js';
import { paragraphUnit } from './paragraph-units.js';
import { protect } from './protect.js';

/** What a deck's slides need translated, and how to put the answers back. */
export interface SlideTexts {
  /** Texts to translate (markup), possibly repeated. */
  texts: string[];
  /** The deck with the translations in place; `answer(markup)` gives each text's answer and whether its groups survived. */
  apply(answer: (markup: string) => { markup: string; plain: boolean } | undefined, target: string): Deck;
}

type Edit = (answer: (markup: string) => { markup: string; plain: boolean } | undefined, target: string) => void;

export function slideTexts(deck: Deck, slideIndexes: ReadonlySet<number>, glossary: CompiledGlossary | undefined): SlideTexts {
  // Work on a copy: the original deck still makes the original video.
  const copy: Deck = { ...deck, slides: deck.slides.map((s) => (slideIndexes.has(s.index) ? structuredClone(s) : s)) };
  const texts: string[] = [];
  const edits: Edit[] = [];

  const body = (b: TextBody) => {
    let changed = false;
    for (const p of b.paragraphs) {
      const unit = paragraphUnit(p, glossary);
      if (!unit) continue;
      texts.push(unit.markup);
      changed = true;
      edits.push((answer, target) => {
        const a = answer(unit.markup);
        if (a) p.runs = unit.runs(a.markup, a.plain);
        setDirection(p, target);
        setFonts(p.runs, target, deck);
      });
    }
    // Translations run longer than their source: let the renderer shrink the text to its box.
    if (changed && b.vert === 'horz') edits.push(() => (b.autofit = { type: 'normal', fontScale: 1, lnSpcReduction: 0, refit: true }));
  };
  const label = (get: () => string, set: (s: string) => void) => {
    const source = get();
    if (!/\p{L}/u.test(source)) return;
    const markup = toMarkup(protect(source, glossary));
    texts.push(markup);
    edits.push((answer) => {
      const a = answer(markup);
      if (a) set(plainText(parseMarkup(a.markup)).replace(/\s+/gu, ' ').trim());
    });
  };
  const chart = (c: Chart) => {
    if (c.title !== undefined) label(() => c.title!, (s) => (c.title = s));
    c.categories.forEach((_, i) => label(() => c.categories[i]!, (s) => (c.categories[i] = s)));
    for (const series of c.series) label(() => series.name, (s) => (series.name = s));
  };
  const element = (e: SlideElement) => {
    if (e.kind === 'shape' && e.text) body(e.text);
    else if (e.kind === 'table') for (const row of e.rows) for (const cell of row.cells) body(cell.text);
    else if (e.kind === 'group') e.children.forEach(element);
    else if (e.kind === 'chart') chart(e.chart);
  };
  for (const s of copy.slides) if (slideIndexes.has(s.index)) s.elements.forEach(element);

  return {
    texts,
    apply(answer, target) {
      for (const edit of edits) edit(answer, target);
      return { ...copy, lang: target };
    },
  };
}

const MIRROR: Partial<Record<Paragraph['align'], Paragraph['align']>> = { l: 'r', r: 'l' };

/** A paragraph written in the other direction than before mirrors its alignment (PowerPoint does). */
function setDirection(p: Paragraph, target: string): void {
  const rtl = isRtlLanguage(target);
  if (p.rtl === rtl) return;
  p.rtl = rtl;
  p.align = MIRROR[p.align] ?? p.align;
}

/** Runs get the target's language tag and, where their fonts are not made for its script, its Noto font. */
function setFonts(runs: Run[], target: string, deck: Deck): void {
  const noto = notoFontFor(target);
  for (const r of runs) {
    r.lang = target;
    if (!noto) continue;
    const current = substituteFont(resolveThemeFont(r.font[noto.slot], deck.theme));
    if (!current.startsWith('Noto')) r.font = { ...r.font, [noto.slot]: noto.family };
  }
}
