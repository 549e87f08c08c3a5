/**
 * One slide's narration script: what is said (spoken), what is shown (caption) and the silence after
 * each sentence, plus what the notes' directives ask of the other stages (skip, image).
 */
import { cleanParagraphs } from './cleanup.js';
import { parseDirectives } from './directives.js';
import { detectLanguage, dominantScript, scriptOfLang } from './language.js';
import { compileLexicon, type CompiledLexicon } from './lexicon.js';
import { primaryLang, type ResolvedScriptOptions } from './options.js';
import { readingTimeMs } from './reading-time.js';
import { splitSentences } from './sentences.js';
import { toSpoken } from './spoken.js';

export interface ScriptSentence {
  /** The teacher's words as shown in captions (directives removed, whitespace cleaned). */
  caption: string;
  /** What the engine is given: URLs, symbols and lexicon rewritten. */
  spoken: string;
  /** Silence after this sentence: a natural gap, a paragraph gap, or a typed [pause]. */
  pauseAfterMs: number;
}

/** Where a [click] falls: `beforeMs` of typed silence before sentence `sentence` (= sentences.length: after the last). */
export interface ScriptClick {
  sentence: number;
  beforeMs: number;
}

export interface SlideScript {
  /** [skip]: leave the slide out of the video. */
  skip: boolean;
  /** [no image]: no illustrative frame. */
  noImage: boolean;
  /** [image: …] prompt for the illustrative frame. */
  imagePrompt?: string;
  /** BCP-47 tag the slide is narrated in. */
  lang: string;
  /** A [pause] typed before the first words. */
  leadingPauseMs: number;
  sentences: ScriptSentence[];
  /** Where the sentences come from; 'none' means a silent hold of holdMs. */
  source: 'notes' | 'slide-text' | 'none';
  /** Silent slides: how long to hold (reading time, or the typed pauses); 0 when narrated. */
  holdMs: number;
  /** The notes' [click] marks in order (empty when the notes have none). */
  clicks: ScriptClick[];
}

export interface ScriptContext {
  /** The deck's language (already detected or forced). */
  deckLang: string;
  /** Precompiled lexicon to share across slides; compiled from options when absent. */
  lexicon?: CompiledLexicon;
}

export function buildScript(notes: string, slideText: string, options: ResolvedScriptOptions, ctx: ScriptContext): SlideScript {
  const d = parseDirectives(notes);
  const spokenNotes = d.segments.map((s) => s.text).join('\n');
  const lang = options.lang || slideLanguage(spokenNotes.trim() ? spokenNotes : slideText, ctx.deckLang);
  const base = { skip: d.skip, noImage: d.noImage, lang };
  const withPrompt = d.imagePrompt === undefined ? base : { ...base, imagePrompt: d.imagePrompt };
  const build = new SentenceBuilder(lang, options, ctx.lexicon ?? compileLexicon(options.lexicon));

  const clicks: ScriptClick[] = [];
  const mark = (offsets: number[] | undefined, typedMs: number) => {
    for (const at of offsets ?? []) clicks.push({ sentence: build.sentences.length, beforeMs: typedMs - at });
  };
  mark(d.leadingClicks, d.leadingPauseMs);
  for (const seg of d.segments) {
    build.addText(seg.text, true, seg.pauseAfterMs);
    mark(seg.clicksAfter, seg.pauseAfterMs);
  }
  if (build.sentences.length > 0) {
    const leadingPauseMs = d.leadingPauseMs + build.leadingPauseMs;
    return { ...withPrompt, leadingPauseMs, sentences: build.finish(), source: 'notes', holdMs: 0, clicks };
  }

  if (options.narrateText && slideText.trim()) {
    // Slide text is titles and bullets: every line stands alone, none is a wrapped continuation.
    build.addText(slideText, false, 0);
    if (build.sentences.length > 0) {
      return { ...withPrompt, leadingPauseMs: 0, sentences: build.finish(), source: 'slide-text', holdMs: 0, clicks: [] };
    }
  }
  const typedPauses = d.leadingPauseMs + d.segments.reduce((n, s) => n + s.pauseAfterMs, 0);
  const holdMs = typedPauses > 0 ? typedPauses : readingTimeMs(slideText);
  return { ...withPrompt, leadingPauseMs: 0, sentences: [], source: 'none', holdMs, clicks: [] };
}

/**
 * The deck's language, unless this slide is clearly written in another script (an Arabic slide in an
 * English deck); then the slide's own language.
 */
export function slideLanguage(text: string, deckLang: string): string {
  const { script, share, letters } = dominantScript(text);
  if (script === '' || letters < 8 || share < 0.7) return deckLang;
  const deckScript = scriptOfLang(deckLang);
  const same = script === deckScript || (script === 'han' && deckScript === 'kana');
  if (same) return deckLang;
  return detectLanguage(text) || (script === 'latin' ? 'en' : deckLang);
}

class SentenceBuilder {
  readonly sentences: ScriptSentence[] = [];
  /** Typed pauses that came before any sentence (their text had nothing to say). */
  leadingPauseMs = 0;
  private readonly primary: string;
  private lastPauseTyped = false;

  constructor(
    private readonly lang: string,
    private readonly options: ResolvedScriptOptions,
    private readonly lexicon: CompiledLexicon,
  ) {
    this.primary = primaryLang(lang);
  }

  /** Add a stretch of text; `typedPauseMs` is the silence typed right after it. */
  addText(text: string, joinWrapped: boolean, typedPauseMs: number): void {
    const ctx = { lang: this.primary, skipUrls: this.options.skipUrls, lexicon: this.lexicon };
    for (const paragraph of cleanParagraphs(text, { joinWrapped })) {
      for (const caption of splitSentences(paragraph, this.lang)) {
        const spoken = toSpoken(caption, ctx);
        // Nothing left to say (a lone URL with --skip-urls): no sound, so no caption either.
        if (!/[\p{L}\p{N}]/u.test(spoken)) continue;
        this.sentences.push({ caption, spoken, pauseAfterMs: this.options.sentenceGapMs });
        this.lastPauseTyped = false;
      }
      this.setLastPause(this.options.paragraphGapMs, false);
    }
    if (typedPauseMs > 0) {
      if (this.sentences.length === 0) this.leadingPauseMs += typedPauseMs;
      // A typed pause replaces the natural gap: the teacher asked for exactly this much silence.
      else this.setLastPause(typedPauseMs, true);
    }
  }

  /** The last sentence keeps no natural gap, only a typed pause: the slide ends with the voice. */
  finish(): ScriptSentence[] {
    const last = this.sentences[this.sentences.length - 1];
    if (last && !this.lastPauseTyped) last.pauseAfterMs = 0;
    return this.sentences;
  }

  private setLastPause(ms: number, typed: boolean): void {
    const last = this.sentences[this.sentences.length - 1];
    if (!last) return;
    last.pauseAfterMs = ms;
    this.lastPauseTyped = typed;
  }
}
