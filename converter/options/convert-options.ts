/**
 * THE options of a conversion, in one table. From it come the library's `ConvertOptions` type, the
 * checks `convertDeck`/`planConversion` run on what they are given, the `deck2video convert` flags
 * and their --help lines (src/cli/option-flags.ts), and what POST /v1/jobs accepts
 * (src/server/job-options.ts). Enumerations live beside the code that uses them (LAYOUTS, TRANSITIONS,
 * RESOLUTIONS, TTS_ENGINES, IMAGE_PROVIDERS) and are only referenced here; ranges live here.
 *
 * How to add an option: add one entry to the section it belongs to, with a doc comment (it becomes
 * the library's documentation) and the kind that checks it (option-kinds.ts: choice, number, text,
 * toggle, value). Give it `flag` and `help` to make it a `convert` flag, `http: true` if a client of a
 * shared service may set it (never for paths or URLs on the server). Then read it where the options
 * are resolved (resolve-convert-options.ts) into the resolved type the stages use. A default goes in
 * the resolver, not here, so that "not given" stays visible (e.g. the deck's own transitions).
 * The option's flag, help, HTTP field, type and error messages need nothing else.
 * Other tables work the same way: RENDER_OPTIONS (render-options.ts), SOURCE_OPTIONS (source-options.ts),
 * and the service's flags, SERVE_OPTIONS (src/server/service-options.ts).
 */
import { LAYOUTS } from '../assemble/timeline-types.js';
import { FITS, RESOLUTIONS } from '../assemble/video-format.js';
import { TRANSITIONS } from '../assemble/xfade-transitions.js';
import { IMAGE_PROVIDERS } from '../illustrate/defaults.js';
import { TTS_ENGINES } from '../narrate/defaults.js';
import { TRANSLATORS } from '../translate/defaults.js';
import { isGlossary } from '../translate/glossary.js';
import type { ProgressListener } from '../progress.js';
import type { LexiconFile } from '../script/lexicon.js';
import { choice, list, number, text, textOr, toggle, value, type OptionSpec, type OptionsOf } from './option-kinds.js';

/** An auth client for googleapis (e.g. an OAuth2 client holding a token); Application Default Credentials when absent. */
// From googleapis-common (what googleapis' clients take), not 'googleapis': its types cover every Google API
// and took a dependent project's tsc ~50 s and 1.5 GB to load, for one auth type.
export type GoogleAuthClient = import('googleapis-common').OAuth2Client | import('googleapis-common').GoogleAuth;

/** Puts every spec of a section under one --help heading. */
function section<S extends Record<string, OptionSpec<unknown>>>(heading: string, specs: S): S {
  for (const spec of Object.values(specs)) spec.group ??= heading;
  return specs;
}

const isObject = (v: unknown): v is object => typeof v === 'object' && v !== null;
const isStrings = (v: unknown): boolean => isObject(v) && !Array.isArray(v) && Object.values(v).every((s) => typeof s === 'string');
const isLexicon = (v: unknown): v is LexiconFile => isObject(v) && !Array.isArray(v) && Object.values(v).every((s) => typeof s === 'string' || isStrings(s));

const narration = section('Narration:', {
  /** TTS engine: espeak (default, offline), openai, google. */
  tts: choice(TTS_ENGINES, { flag: '--tts <engine>', help: 'voice engine: espeak (default, offline), openai, google', http: true }),
  /** Engine voice: an OpenAI voice ('alloy'), a Google voice name ('en-US-Neural2-C'), an espeak-ng voice ('en-gb'); per language for translations: 'es=nova,fr=alloy'. */
  voice: text({}, {
    flag: '--voice <name>',
    help: 'voice of the engine (espeak: en-gb; openai: alloy, nova, …; google: en-US-Neural2-C); per language: es=nova,fr=alloy',
    unset: ['auto', 'default'],
    http: text({
      pattern: /^(?:[A-Za-z]{2,3}(?:-[A-Za-z0-9]{2,8}){0,3}=)?[A-Za-z0-9][A-Za-z0-9_.+-]{0,63}(?:,(?:[A-Za-z]{2,3}(?:-[A-Za-z0-9]{2,8}){0,3}=)?[A-Za-z0-9][A-Za-z0-9_.+-]{0,63}){0,15}$/,
      expect: 'a voice name such as en-gb, alloy or en-US-Neural2-C, or voices per language such as es=nova,fr=alloy',
    }),
  }),
  /** Force the narration language (BCP-47); detected from the notes otherwise. */
  lang: text({}, {
    flag: '--lang <tag>',
    help: 'narration language (BCP-47, e.g. en, es, fr, hi, ar); detected from the notes otherwise',
    unset: ['auto', 'default'],
    http: text({ pattern: /^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8}){0,3}$/, expect: 'a language tag such as en, fr or pt-BR' }),
  }),
  /** espeak-ng speaking rate, words per minute (default 160). */
  rate: number({ min: 80, max: 450, expect: '80 to 450 words per minute' }, { flag: '--rate <wpm>', help: 'espeak speaking rate in words per minute (default 160)', http: true }),
  /** OpenAI-compatible speech model. */
  ttsModel: text({}, { flag: '--tts-model <model>', help: 'OpenAI-compatible speech model (default gpt-4o-mini-tts)' }),
  /** Style instructions for models that take them (gpt-4o-mini-tts). */
  ttsInstructions: text({}, { flag: '--tts-instructions <text>', help: 'how the voice should speak (models that take instructions)' }),
  /** OpenAI-compatible base URL (Kokoro-FastAPI, LocalAI); else OPENAI_BASE_URL, else OpenAI. */
  openaiBaseUrl: text({}, { flag: '--openai-base-url <url>', help: 'OpenAI-compatible server (else OPENAI_BASE_URL, else OpenAI)' }),
  /** Else OPENAI_API_KEY. */
  openaiApiKey: text(),
  /** Leave URLs out of the speech. */
  skipUrls: toggle({ flag: '--skip-urls', help: 'do not speak URLs (default: speak their domain)' }),
  /** A lexicon file path (--lexicon words.json) or the lexicon itself: word -> spoken form (and language -> its own lexicon). */
  lexicon: textOr(text(), isLexicon, 'a JSON file path or an object of word -> spoken form', {
    flag: '--lexicon <file>',
    help: 'pronunciation lexicon: JSON {"word": "spoken form", "es": {…}} (speech only, never captions)',
  }),
  /** Google Cloud TTS endpoint (regional endpoints, tests). */
  googleRootUrl: text(),
  googleAuth: value((v): v is GoogleAuthClient => isObject(v), 'a googleapis auth client'),
  /** Path to espeak-ng; else ESPEAK_NG_PATH, else PATH. */
  espeakPath: text(),
  /** Requests in flight; 0 or absent: the engine's default. */
  concurrency: number({ min: 0, max: 32, whole: true, expect: 'a whole number from 1 to 32 (0: the engine default)' }),
  /** Retries of a failed request (429, 5xx, network). */
  maxRetries: number({ min: 0, max: 10, whole: true, expect: 'a whole number from 0 to 10' }),
  retryBaseMs: number({ min: 0, max: 60_000, expect: '0 to 60000 ms' }),
  sentenceGapMs: number({ min: 0, max: 10_000, expect: '0 to 10000 ms' }),
  paragraphGapMs: number({ min: 0, max: 10_000, expect: '0 to 10000 ms' }),
});

const frames = section('Illustrative frames:', {
  /** Illustrative frames: offline (default), openai, none. */
  images: choice(IMAGE_PROVIDERS, { flag: '--images <provider>', help: 'illustrative frames: offline (default), openai, none', http: true }),
  /** The look of every frame (the deck palette is always added). */
  imageStyle: text({}, {
    flag: '--image-style <text>',
    help: 'the look of every frame (the deck palette is always added)',
    unset: ['auto', 'default'],
    http: text({ pattern: /^[^\u0000-\u001f\u007f]{1,300}$/, expect: 'one line of at most 300 characters' }),
  }),
  /** OpenAI image model. */
  imageModel: text({}, { flag: '--image-model <model>', help: 'OpenAI image model' }),
  /** Write image prompts with an OpenAI-compatible chat model. */
  promptLlm: toggle({ flag: '--prompt-llm', help: 'let a chat model write each image prompt from the notes' }),
  promptModel: text(),
});

const LANGUAGE_TAG = text({ pattern: /^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8}){0,3}$/, expect: 'language tags such as es, fr or pt-BR' });

const translation = section('Translation:', {
  /** Also make a video per language (BCP-47 tags): OUT.es.mp4 with OUT.es.srt and OUT.es.vtt. Needs a translator. */
  translate: list(LANGUAGE_TAG, { flag: '--translate <langs>', help: 'also make the video in these languages (es,fr,ar): OUT.es.mp4, OUT.es.srt, OUT.es.vtt', http: true }),
  /** Who translates: google (Cloud Translation), openai (a chat model), libretranslate (your own server). Never chosen for you. */
  translator: choice(TRANSLATORS, { flag: '--translator <name>', help: 'who translates: google (Cloud Translation), openai (a chat model), libretranslate (your server)', http: true }),
  /** Translate the slides' own text too (our renders of the deck in the target language). */
  translateSlides: toggle({ flag: '--translate-slides', help: 'translate the text on the slides too (default: narration, captions, frames and chapters only)', http: true }),
  /** Make the video in the deck's own language (default true); false: only the translations. */
  original: toggle({ flag: '--no-original', help: 'with --translate: only the translated videos', http: true }),
  /** A glossary file path or the glossary itself: term -> fixed translation, true (kept as written), or {lang: translation}. */
  glossary: textOr(text(), isGlossary, 'a JSON file path or an object of term -> fixed translation (or true to keep it)', {
    flag: '--glossary <file>',
    help: 'terms a translation must keep: JSON {"term": "fixed translation", "Name": true, "x": {"es": "…"}}',
  }),
  /** The translator's model: a chat model for openai, a Cloud Translation model for google ("general/nmt"). */
  translateModel: text({}, { flag: '--translate-model <model>', help: 'translation model (openai: a chat model; google: general/nmt, …)' }),
  /** LibreTranslate server (else LIBRETRANSLATE_URL). */
  libretranslateUrl: text({}, { flag: '--libretranslate-url <url>', help: 'your LibreTranslate server (else LIBRETRANSLATE_URL)' }),
  /** Cloud Translation project (else GOOGLE_CLOUD_PROJECT, else the credentials' own); without one, v2 is used. */
  googleProject: text(),
});

const video = section('Video:', {
  /** Video height. */
  resolution: choice(RESOLUTIONS, { flag: '--resolution <r>', help: 'video height', http: true }),
  /** pad: 16:9 with bars (default); native: the deck's own aspect. */
  fit: choice(FITS, { flag: '--fit <fit>', help: "pad: 16:9 with bars (default); native: the deck's own aspect", http: true }),
  /** How slide and frame share the screen (default slide-then-frame). */
  layout: choice(LAYOUTS, { flag: '--layout <layout>', help: 'how slide and frame share the screen', http: true }),
  /** fade (default), cut, or an ffmpeg xfade transition name; when given it wins over the deck's own transitions. */
  transition: choice(TRANSITIONS, {
    flag: '--transition <name>',
    help: 'between slides: fade (default), cut, or an ffmpeg xfade name (wipeleft, …); default follows the deck',
    unset: ['auto', 'default'],
    http: true,
  }),
  /** Seconds (default 0.5). */
  transitionDuration: number({ min: 0.1, max: 3, expect: '0.1 to 3 seconds' }, { flag: '--transition-duration <s>', help: 'transition length in seconds (default 0.5)' }),
  /** Slow zoom on illustrative frames (default true). */
  motion: toggle({ flag: '--no-motion', help: 'no slow zoom on illustrative frames', http: true }),
  /** Play each slide's builds click by click (default true); false shows every slide flat, in its final look. */
  builds: toggle({ flag: '--no-builds', help: 'show each slide in its final look instead of revealing its builds click by click', http: true }),
  /** Constant frame rate (for editors that need it; slower). */
  cfr: toggle({ flag: '--cfr', help: 'constant frame rate (for editors that need it; slower)' }),
  /** Draw captions into the picture as well (slower). */
  burnCaptions: toggle({ flag: '--burn-captions', help: 'draw captions into the picture as well (slower)', http: true }),
});

const slides = section('Slides:', {
  /** Keep hidden slides in the video. */
  includeHidden: toggle({ flag: '--include-hidden', help: 'keep hidden slides in the video', http: true }),
  /** Read the slide text on slides without notes. */
  narrateText: toggle({ flag: '--narrate-text', help: 'read the slide text on slides without notes (default: hold silently)', http: true }),
  /** Slide images to use instead of our own renders (PowerPoint's Slide.getImageAsBase64, Google thumbnails): slide index -> PNG/JPEG bytes. */
  slideImages: value((v): v is Map<number, Uint8Array> => v instanceof Map, 'a Map of slide index -> PNG/JPEG bytes'),
});

const work = section('Work:', {
  /** Artifact cache folder (default $XDG_CACHE_HOME/deck2video or ~/.cache/deck2video). */
  cacheDir: text({}, { flag: '--cache-dir <dir>', help: 'artifact cache (default ~/.cache/deck2video)' }),
  /** Use a throwaway cache for this run. */
  noCache: toggle({ flag: '--no-cache', help: 'use a throwaway cache for this run' }),
  /** Parallel ffmpeg processes / Chromium pages (default 2). */
  jobs: number({ min: 1, max: 16, whole: true, expect: 'a whole number from 1 to 16' }, { flag: '--jobs <n>', help: 'parallel Chromium pages and ffmpeg processes (default 2)' }),
  signal: value((v): v is AbortSignal => v instanceof AbortSignal, 'an AbortSignal'),
  onProgress: value((v): v is ProgressListener => typeof v === 'function', 'a function'),
});

export const CONVERT_OPTIONS = {
  /** Output video path; default: the deck's path with .mp4 (captions .srt/.vtt beside it). */
  output: text({}, { flag: '-o, --output <file>', help: 'the video to write (default: DECK.mp4 beside the deck)' }),
  ...narration,
  ...frames,
  ...translation,
  ...video,
  ...slides,
  ...work,
};

/** Options of a whole conversion, as the CLI, the service and library users pass them: every field optional. */
export type ConvertOptions = OptionsOf<typeof CONVERT_OPTIONS>;

/** The narration stage's share of the options. */
export type NarrationOptions = Pick<ConvertOptions, keyof typeof narration | 'narrateText'>;
