/**
 * Latin-script language identification data: frequent function words and tell-tale letters.
 * Lists favour words that are frequent in one language and rare in the others; shared words
 * ("de", "la", "a") still count, the distinctive ones decide.
 */
export const STOPWORDS: Record<string, readonly string[]> = {
  en: ['the', 'and', 'of', 'to', 'is', 'in', 'that', 'it', 'you', 'for', 'this', 'with', 'are', 'on', 'we', 'be',
    'was', 'have', 'not', 'what', 'how', 'can', 'will', 'they', 'from', 'our', 'an', 'or', 'which', 'these', 'its', 'at', 'by'],
  es: ['el', 'la', 'los', 'las', 'de', 'que', 'y', 'en', 'un', 'una', 'es', 'por', 'para', 'con', 'no', 'se', 'del', 'al',
    'lo', 'como', 'más', 'pero', 'sus', 'su', 'este', 'esta', 'son', 'también', 'muy', 'hay', 'qué', 'cómo', 'porque', 'estos'],
  fr: ['le', 'la', 'les', 'de', 'des', 'du', 'et', 'est', 'un', 'une', 'en', 'que', 'qui', 'dans', 'pour', 'pas', 'sur',
    'au', 'aux', 'ce', 'cette', 'nous', 'vous', 'avec', 'sont', 'il', 'elle', 'ne', 'mais', 'ces', 'leur', 'où', 'très'],
  de: ['der', 'die', 'das', 'und', 'ist', 'nicht', 'ein', 'eine', 'zu', 'den', 'dem', 'mit', 'von', 'sich', 'auch', 'auf',
    'für', 'wir', 'sie', 'es', 'im', 'des', 'werden', 'wird', 'aber', 'oder', 'ich', 'wie', 'sind', 'diese', 'einen'],
  pt: ['o', 'a', 'os', 'as', 'de', 'que', 'e', 'em', 'um', 'uma', 'é', 'não', 'do', 'da', 'dos', 'das', 'para', 'com',
    'por', 'se', 'mais', 'mas', 'como', 'ao', 'no', 'na', 'são', 'também', 'você', 'muito', 'isso', 'seu', 'sua'],
  it: ['il', 'lo', 'la', 'gli', 'le', 'di', 'che', 'e', 'è', 'un', 'una', 'per', 'non', 'con', 'del', 'della', 'sono',
    'in', 'si', 'ma', 'come', 'anche', 'questo', 'questa', 'più', 'nel', 'alla', 'dei', 'delle', 'molto', 'degli'],
  nl: ['de', 'het', 'een', 'en', 'van', 'is', 'dat', 'niet', 'op', 'te', 'zijn', 'met', 'voor', 'ook', 'maar', 'wij', 'er',
    'wordt', 'deze', 'bij', 'aan', 'naar', 'hoe', 'als', 'ze', 'je', 'kan', 'dit', 'zo', 'nog'],
};

/** Letters or sequences that point at one language; each occurrence scores FEATURE_WEIGHT. */
export const FEATURES: Record<string, RegExp> = {
  es: /[ñ¿¡]|ción\b/giu,
  fr: /[èêëœùû]|\b[dlj]['’]|eaux?\b/giu,
  de: /[ßäöü]/giu,
  pt: /[ãõ]|ção\b|ções\b/giu,
  it: /\b(?:gli|della|perché|però)\b|zione\b/giu,
  nl: /ij/giu,
};

export const FEATURE_WEIGHT = 2;
