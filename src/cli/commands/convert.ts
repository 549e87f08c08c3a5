/** `deck2video convert DECK [-o OUT.mp4]`: the whole job, from a deck to a narrated video with captions. */
import { Option, type Command } from 'commander';
import { convertDeck, type ConvertOptions } from '../../../converter/index.js';
import { ConvertError } from '../../../converter/errors.js';
import { assertDeckReadable, assertOutputWritable } from '../../../converter/preflight.js';
import { sweepStale } from '../../../converter/cache/sweep.js';
import { describePlan, prepareIllustrations, slideInputsFromDeck } from '../../../converter/illustrate/index.js';
import { RESOLUTIONS, resolveConvertOptions, videoFormat } from '../../../converter/convert-resolve.js';
import { addDeckSourceOptions, deckSourceOf, defaultOutput, GOOGLE_HELP, loadDeck, rendererOf, type DeckSourceFlags } from '../deck-source.js';
import type { CliContext } from '../io.js';
import { progressView } from '../progress-bars.js';

const HELP = `
Offline by default: --tts espeak and --images offline need no network and no key. With keys, real
providers take over: --tts openai (OPENAI_API_KEY; any OpenAI-compatible server via OPENAI_BASE_URL or
--openai-base-url, e.g. Kokoro-FastAPI), --tts google (Google Cloud credentials), --images openai.

Writes OUT.mp4 with OUT.srt and OUT.vtt beside it (default: next to the deck). Hidden slides and
slides whose notes say [skip] are left out. In the notes, teachers can write [pause 2s], [skip],
[no image] and [image: a prompt]. Everything is cached (default ~/.cache/deck2video): after editing
one slide's notes, exporting again redoes only that slide.

Examples:
  $ deck2video convert lecture.pptx
  $ deck2video convert lecture.pptx -o out/lesson.mp4 --layout side-by-side --resolution 720p
  $ deck2video convert lecture.pptx --tts openai --voice nova --images openai --dry-run
  $ deck2video convert lecture.pptx --lang es --voice es --no-motion --transition cut
${GOOGLE_HELP}`;

interface ConvertFlags extends DeckSourceFlags {
  output?: string;
  includeHidden?: boolean;
  tts?: string; voice?: string; lang?: string; rate?: string; ttsModel?: string; ttsInstructions?: string;
  openaiBaseUrl?: string; skipUrls?: boolean; lexicon?: string; narrateText?: boolean;
  images?: string; imageStyle?: string; imageModel?: string; promptLlm?: boolean; dryRun?: boolean;
  layout?: ConvertOptions['layout']; transition?: string; transitionDuration?: string; motion?: boolean;
  resolution?: ConvertOptions['resolution']; fit?: ConvertOptions['fit']; cfr?: boolean; burnCaptions?: boolean;
  cacheDir?: string; cache?: boolean; jobs?: string; json?: boolean; quiet?: boolean;
}

export function registerConvert(program: Command, ctx: CliContext): Command {
  const cmd = program
    .command('convert')
    .description('turn a deck into a narrated MP4 with captions and chapters')
    .argument('[deck]', 'the .pptx, .ppsx or .pptm file')
    .option('-o, --output <file>', 'the video to write (default: DECK.mp4 beside the deck)')
    .option('--include-hidden', 'keep hidden slides in the video')
    .option('--tts <engine>', 'voice engine: espeak (default, offline), openai, google')
    .option('--voice <name>', 'voice of the engine (espeak: en-gb; openai: alloy, nova, …; google: en-US-Neural2-C)')
    .option('--lang <tag>', 'narration language (BCP-47, e.g. en, es, fr, hi, ar); detected from the notes otherwise')
    .option('--rate <wpm>', 'espeak speaking rate in words per minute (default 160)')
    .option('--tts-model <model>', 'OpenAI-compatible speech model (default gpt-4o-mini-tts)')
    .option('--tts-instructions <text>', 'how the voice should speak (models that take instructions)')
    .option('--openai-base-url <url>', 'OpenAI-compatible server (else OPENAI_BASE_URL, else OpenAI)')
    .option('--skip-urls', 'do not speak URLs (default: speak their domain)')
    .option('--lexicon <file>', 'pronunciation lexicon: JSON {"word": "spoken form"} (speech only, never captions)')
    .option('--narrate-text', 'read the slide text on slides without notes (default: hold silently)')
    .option('--images <provider>', 'illustrative frames: offline (default), openai, none')
    .option('--image-style <text>', 'the look of every frame (the deck palette is always added)')
    .option('--image-model <model>', 'OpenAI image model')
    .option('--prompt-llm', 'let a chat model write each image prompt from the notes')
    .option('--dry-run', 'print every image prompt (and the estimated cost) and stop')
    .addOption(new Option('--layout <layout>', 'how slide and frame share the screen').choices(['slide-then-frame', 'side-by-side', 'frame-then-slide', 'slide-only']))
    .option('--transition <name>', 'between slides: fade (default), cut, or an ffmpeg xfade name (wipeleft, …); default follows the deck')
    .option('--transition-duration <s>', 'transition length in seconds (default 0.5)')
    .option('--no-motion', 'no slow zoom on illustrative frames')
    .addOption(new Option('--resolution <r>', 'video height').choices(Object.keys(RESOLUTIONS)))
    .addOption(new Option('--fit <fit>', 'pad: 16:9 with bars (default); native: the deck\'s own aspect').choices(['pad', 'native']))
    .option('--cfr', 'constant frame rate (for editors that need it; slower)')
    .option('--burn-captions', 'draw captions into the picture as well (slower)')
    .option('--cache-dir <dir>', 'artifact cache (default ~/.cache/deck2video)')
    .option('--no-cache', 'use a throwaway cache for this run')
    .option('--jobs <n>', 'parallel Chromium pages and ffmpeg processes (default 2)')
    .option('--json', 'progress and result as JSON lines on stdout')
    .option('-q, --quiet', 'no progress output');
  return addDeckSourceOptions(cmd, { renderer: true })
    .addHelpText('after', HELP)
    .action(async (deckArg: string | undefined, flags: ConvertFlags) => {
      const source = deckSourceOf(deckArg, flags);
      // Everything that can be checked before reading the deck is: its path, every option, the cache and
      // the output folder. Each fails with one line at once instead of after minutes of work.
      if (source.kind === 'file') await assertDeckReadable(source.path);
      const options = toOptions(flags);
      const o = await resolveConvertOptions(options);
      await sweepStale({ cacheDir: o.cacheDir });
      if (!flags.dryRun && (flags.output || source.kind === 'file')) await assertOutputWritable(flags.output ?? defaultOutput(source));
      const loaded = await loadDeck(source, { renderer: rendererOf(source, flags), includeHidden: flags.includeHidden, signal: ctx.signal });
      if (flags.dryRun) {
        // The same resolved options and frame size the conversion would use, so prompts and prices match.
        const format = videoFormat(o, loaded.deck.size);
        const illustrate = { ...o.illustrate, size: { width: format.width, height: format.height } };
        const { plan } = await prepareIllustrations(loaded.deck, slideInputsFromDeck(loaded.deck, o.includeHidden), illustrate, ctx.signal);
        ctx.io.stdout(describePlan(plan).join('\n') + '\n');
        return;
      }
      const view = progressView(ctx.io, flags.quiet ? 'none' : flags.json ? 'json' : ctx.io.isTTY ? 'bars' : 'lines');
      try {
        const result = await convertDeck({ deck: loaded.deck }, {
          ...options,
          output: flags.output ?? defaultOutput(source, loaded.deck.title),
          slideImages: loaded.slideImages,
          signal: ctx.signal,
          onProgress: view.listener,
        });
        view.stop();
        const warnings = [...loaded.warnings, ...result.warnings];
        if (flags.json) ctx.io.stdout(`${JSON.stringify({ type: 'result', ...result, warnings })}\n`);
        else {
          for (const w of warnings) ctx.io.stderr(`warning: ${w}\n`);
          const seconds = Math.round(result.durationMs / 1000);
          ctx.io.stdout(`${result.video} (${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, '0')}, ${result.slides.length} slides)\n${result.srt}\n${result.vtt}\n`);
        }
      } finally {
        view.stop();
      }
    });
}

function toOptions(f: ConvertFlags): ConvertOptions {
  return {
    includeHidden: f.includeHidden,
    tts: f.tts, voice: f.voice, lang: f.lang, rate: num(f.rate, '--rate'), ttsModel: f.ttsModel, ttsInstructions: f.ttsInstructions,
    openaiBaseUrl: f.openaiBaseUrl, skipUrls: f.skipUrls, lexicon: f.lexicon, narrateText: f.narrateText,
    images: f.images, imageStyle: f.imageStyle, imageModel: f.imageModel, promptLlm: f.promptLlm,
    layout: f.layout, transition: f.transition, transitionDuration: num(f.transitionDuration, '--transition-duration'), motion: f.motion,
    resolution: f.resolution, fit: f.fit, cfr: f.cfr, burnCaptions: f.burnCaptions,
    cacheDir: f.cacheDir, noCache: f.cache === false, jobs: num(f.jobs, '--jobs'),
  };
}

function num(v: string | undefined, flag: string): number | undefined {
  if (v === undefined) return undefined;
  const n = Number(v);
  if (!Number.isFinite(n)) throw new ConvertError('BAD_USAGE', `${flag} needs a number, got "${v}"`);
  return n;
}
