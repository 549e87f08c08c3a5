/**
 * Options that shape the narration script (what is said and shown), separate from how it is voiced.
 * The public type has optional fields; `resolveScriptOptions` fills every default once so the script
 * builders never test for undefined.
 */
export interface ScriptOptions {
  /** Force one language for every slide (BCP-47, e.g. 'es', 'pt-BR'); otherwise detected. */
  lang?: string;
  /** Leave URLs out of the speech instead of speaking their domain. */
  skipUrls?: boolean;
  /** Pronunciation lexicon: word -> spoken form (changes speech only, never captions). */
  lexicon?: Readonly<Record<string, string>>;
  lexicons?: Readonly<Record<string, Readonly<Record<string, string>>>>;
  /** Read the slide text aloud when a slide has no notes (default: hold silently). */
  narrateText?: boolean;
  /** Silence between two sentences of one paragraph. */
  sentenceGapMs?: number;
  /** Silence between paragraphs (and bullet items). */
  paragraphGapMs?: number;
}

export interface ResolvedScriptOptions {
  /** '' when the language is to be detected. */
  lang: string;
  skipUrls: boolean;
  lexicon: Readonly<Record<string, string>>;
  /** Per-language lexicons (lower-case tag -> lexicon): added to `lexicon` for a slide in that language. */
  lexicons: Readonly<Record<string, Readonly<Record<string, string>>>>;
  narrateText: boolean;
  sentenceGapMs: number;
  paragraphGapMs: number;
}

export const SCRIPT_DEFAULTS: ResolvedScriptOptions = {
  lang: '',
  skipUrls: false,
  lexicon: {},
  lexicons: {},
  narrateText: false,
  // A short breath between sentences and a longer one between ideas sound natural with every engine.
  sentenceGapMs: 300,
  paragraphGapMs: 600,
};

export function resolveScriptOptions(o: ScriptOptions = {}): ResolvedScriptOptions {
  return {
    lang: o.lang?.trim() ?? SCRIPT_DEFAULTS.lang,
    skipUrls: o.skipUrls ?? SCRIPT_DEFAULTS.skipUrls,
    lexicon: o.lexicon ?? SCRIPT_DEFAULTS.lexicon,
    lexicons: o.lexicons ?? SCRIPT_DEFAULTS.lexicons,
    narrateText: o.narrateText ?? SCRIPT_DEFAULTS.narrateText,
    sentenceGapMs: o.sentenceGapMs ?? SCRIPT_DEFAULTS.sentenceGapMs,
    paragraphGapMs: o.paragraphGapMs ?? SCRIPT_DEFAULTS.paragraphGapMs,
  };
}

/** The lexicon for text in `lang`: that language's own entries (full tag, then primary) over the common ones. */
export function lexiconFor(o: Pick<ResolvedScriptOptions, 'lexicon' | 'lexicons'>, lang: string, common = true): Readonly<Record<string, string>> {
  const own = o.lexicons[lang.toLowerCase()] ?? o.lexicons[primaryLang(lang)] ?? {};
  return common ? { ...o.lexicon, ...own } : own;
}

/** Primary language subtag in lower case: 'pt-BR' -> 'pt'. */
export function primaryLang(tag: string): string {
  return tag.split(/[-_]/)[0]!.toLowerCase();
}
