/**
 * Google Cloud TTS picks a voice from a BCP-47 language code (and an optional voice name). A bare
 * language gets its most common region; a voice name given with --voice is used only for the language
 * it belongs to (its first two parts, "en-GB" of "en-GB-Neural2-A"), so one --voice does not force an
 * English voice onto an Arabic slide.
 */

const REGION: Record<string, string> = {
  en: 'en-US', es: 'es-ES', fr: 'fr-FR', de: 'de-DE', pt: 'pt-BR', it: 'it-IT', nl: 'nl-NL', hi: 'hi-IN',
  ar: 'ar-XA', zh: 'cmn-CN', ja: 'ja-JP', ko: 'ko-KR', ru: 'ru-RU', uk: 'uk-UA', he: 'he-IL', el: 'el-GR',
  bn: 'bn-IN', ta: 'ta-IN', te: 'te-IN', gu: 'gu-IN', kn: 'kn-IN', ml: 'ml-IN', pa: 'pa-IN', th: 'th-TH',
  pl: 'pl-PL', tr: 'tr-TR', sv: 'sv-SE', vi: 'vi-VN', id: 'id-ID',
};

export interface GoogleVoice {
  languageCode: string;
  /** Omitted when Google should choose. */
  name?: string;
}

export function googleVoiceFor(lang: string, voice: string): GoogleVoice {
  const parts = lang.replace(/_/g, '-').split('-');
  const primary = parts[0]!.toLowerCase();
  const languageCode = parts.length > 1 ? `${primary}-${parts[1]!.toUpperCase()}` : (REGION[primary] ?? primary);
  if (voice) {
    const [vLang, vRegion] = voice.split('-');
    const voicePrimary = vLang?.toLowerCase();
    const matches = voicePrimary === primary || (primary === 'zh' && (voicePrimary === 'cmn' || voicePrimary === 'yue'));
    if (matches && vRegion) return { languageCode: `${vLang}-${vRegion}`, name: voice };
  }
  return { languageCode };
}
