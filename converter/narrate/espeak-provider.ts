/**
 * --tts espeak: espeak-ng, offline, one voice per language, --rate in words per minute.
 * One short process per sentence (about 30 ms of start-up), so each sentence's audio, and thus its
 * span in the slide, is known exactly. espeak-ng speaks at 22050 Hz; the narrator resamples.
 */
import { findEspeak, runEspeak } from '../engines/espeak.js';
import type { ResolvedNarrationOptions } from './options.js';
import type { Pcm } from './pcm.js';
import type { TtsProvider } from './provider.js';
import { ESPEAK_CONCURRENCY } from './defaults.js';
import { espeakVoiceFor, FALLBACK_VOICE } from './espeak-voices.js';
import { parseWav } from './wav.js';

export async function createEspeakProvider(o: ResolvedNarrationOptions): Promise<TtsProvider> {
  const engine = await findEspeak(o.espeakPath, o.env.PATH ?? '');
  const warnings: string[] = [];
  const chosen = new Map<string, string>();

  const voiceFor = (lang: string): string => {
    let voice = chosen.get(lang);
    if (voice) return voice;
    if (o.voice) {
      voice = o.voice; // the user's choice, as espeak-ng names it (en-gb, mb-en1, …)
    } else {
      voice = espeakVoiceFor(lang, engine.voices);
      if (!voice) {
        warnings.push(`espeak-ng has no voice for "${lang}": narrating it with ${FALLBACK_VOICE}; use --tts openai or google for this language.`);
        voice = FALLBACK_VOICE;
      }
    }
    chosen.set(lang, voice);
    return voice;
  };

  return {
    name: 'espeak',
    concurrency: o.concurrency || ESPEAK_CONCURRENCY,
    warnings,
    voiceId: (lang) => `espeak-ng ${engine.version} voice=${voiceFor(lang)} rate=${o.rate}`,
    async synthesize(text: string, lang: string, signal?: AbortSignal): Promise<Pcm> {
      // -z: no final sentence pause (the narrator owns the silences); -b 1: the input is UTF-8.
      const args = ['-v', voiceFor(lang), '-s', String(o.rate), '-b', '1', '-z', '--stdin', '--stdout'];
      const wav = await runEspeak(engine.path, args, text, signal);
      return parseWav(wav);
    },
  };
}
