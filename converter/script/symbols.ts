/**
 * Symbols an engine would misread or skip, spoken as words of the slide's language.
 * Measured with espeak-ng 1.51: English drops "->" silently and Spanish reads "&" as "ampersand".
 * Languages without an entry keep their symbols (the engine reads them in its own way; Chinese,
 * for instance, reorders "50%" as 百分之五十, which a word-for-symbol swap would get wrong).
 */

export interface SymbolWords {
  percent: string;
  and: string;
  /** For "A -> B". */
  to: string;
  plus: string;
  equals: string;
  /** For the dots of a spoken domain: "example dot com". */
  dot: string;
}

export const SYMBOL_WORDS: Record<string, SymbolWords> = {
  en: { percent: 'percent', and: 'and', to: 'to', plus: 'plus', equals: 'equals', dot: 'dot' },
  es: { percent: 'por ciento', and: 'y', to: 'a', plus: 'más', equals: 'igual a', dot: 'punto' },
  fr: { percent: 'pour cent', and: 'et', to: 'vers', plus: 'plus', equals: 'égale', dot: 'point' },
  de: { percent: 'Prozent', and: 'und', to: 'zu', plus: 'plus', equals: 'gleich', dot: 'Punkt' },
  pt: { percent: 'por cento', and: 'e', to: 'para', plus: 'mais', equals: 'igual a', dot: 'ponto' },
  it: { percent: 'per cento', and: 'e', to: 'a', plus: 'più', equals: 'uguale a', dot: 'punto' },
  nl: { percent: 'procent', and: 'en', to: 'naar', plus: 'plus', equals: 'is gelijk aan', dot: 'punt' },
  hi: { percent: 'प्रतिशत', and: 'और', to: 'से', plus: 'धन', equals: 'बराबर', dot: 'डॉट' },
  ar: { percent: 'بالمئة', and: 'و', to: 'إلى', plus: 'زائد', equals: 'يساوي', dot: 'نقطة' },
};

export function symbolWords(lang: string): SymbolWords | undefined {
  return SYMBOL_WORDS[lang];
}

/** Replace %, &, arrows, and spaced + and = by words. `lang` is a primary subtag. */
export function speakSymbols(text: string, lang: string): string {
  const w = SYMBOL_WORDS[lang];
  if (!w) return text;
  return text
    .replace(/\s*[%٪]/gu, ` ${w.percent}`)
    .replace(/\s*&\s*/gu, ` ${w.and} `)
    .replace(/\s*(?:->|-->|=>|→|⇒|⟶|➔)\s*/gu, ` ${w.to} `)
    .replace(/(^|\s)\+(?=\s)/gu, `$1${w.plus}`)
    .replace(/(^|\s)=(?=\s)/gu, `$1${w.equals}`)
    .replace(/ {2,}/g, ' ')
    .trim();
}
