/**
 * --voice for several languages: "nova" (one voice), "es=nova,fr=alloy" (a voice per language) or
 * both ("alloy,es=nova"). The plain voice is the deck's own language's; a translated video takes its
 * language's entry, else the plain voice when the engine's voices speak any language (OpenAI's do),
 * else the engine's own voice for that language (espeak-ng and Google voices belong to one language).
 */
import { ConvertError } from '../errors.js';
import { primaryLang } from '../script/options.js';
import type { TtsEngine } from './defaults.js';

export interface VoiceChoice {
  /** The plain voice ('' = the engine's default). */
  voice: string;
  /** Lower-case language tag -> voice. */
  voices: Readonly<Record<string, string>>;
}

const ENTRY = /^([A-Za-z]{2,3}(?:-[A-Za-z0-9]{2,8}){0,3})\s*=\s*(\S+)$/u;

export function parseVoiceChoice(text: string): VoiceChoice {
  const voices: Record<string, string> = {};
  let voice = '';
  for (const part of text.split(',').map((s) => s.trim()).filter(Boolean)) {
    const m = ENTRY.exec(part);
    if (m) voices[m[1]!.toLowerCase()] = m[2]!;
    else if (part.includes('=') || voice) {
      throw new ConvertError('BAD_USAGE', `--voice "${part}" is not usable: give one voice (nova) and/or voices per language (es=nova,fr=alloy)`);
    } else voice = part;
  }
  return { voice, voices };
}

/** Engines whose voice names speak every language. */
const MULTILINGUAL: ReadonlySet<TtsEngine> = new Set(['openai']);

/** The voice for narration in `lang`; `own` is true for the deck's own language. */
export function voiceFor(choice: VoiceChoice, engine: TtsEngine, lang: string, own: boolean): string {
  const listed = choice.voices[lang.toLowerCase()] ?? choice.voices[primaryLang(lang)];
  if (listed !== undefined) return listed;
  return own || MULTILINGUAL.has(engine) ? choice.voice : '';
}
