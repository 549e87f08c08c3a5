/**
 * Which espeak-ng voice speaks a language. The --voices listing names voices by language tag; a few
 * languages need a choice (which English, which French) or a different name (Chinese is "cmn").
 */

/** Preferred voice for a primary language subtag when the tag itself is not a voice name. */
const PREFERRED: Record<string, string> = {
  en: 'en-us',
  fr: 'fr-fr',
  zh: 'cmn',
  pt: 'pt-br',
  no: 'nb',
};

export const FALLBACK_VOICE = 'en-us';

/** The voice for `lang` among `voices`, or undefined when espeak-ng has none for it. */
export function espeakVoiceFor(lang: string, voices: ReadonlySet<string>): string | undefined {
  const tag = lang.toLowerCase().replace(/_/g, '-');
  const primary = tag.split('-')[0]!;
  // Spanish outside Spain (es-MX, es-AR, es-419…) is closer to espeak-ng's Latin American voice.
  const regional = primary === 'es' && tag !== 'es' && tag !== 'es-es' ? 'es-419' : undefined;
  const candidates = [tag, regional, PREFERRED[tag], PREFERRED[primary], primary];
  return candidates.find((c): c is string => !!c && voices.has(c));
}
