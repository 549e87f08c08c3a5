/** `deck2video convert DECK [-o OUT.mp4]`: the whole job, from a deck to a narrated video with captions. */
import type { Command } from 'commander';
import { convertDeck, describeConversion, planConversion, preflightConversion, sweepStale } from '../../../converter/index.js';
import { CONVERT_OPTIONS } from '../../../converter/options/index.js';
import { addDeckSourceOptions, deckSourceOf, defaultOutput, GOOGLE_HELP, loadDeck, rendererOf, type DeckSourceFlags } from '../deck-source.js';
import type { CliContext } from '../io.js';
import { addOptionFlags, optionsFromFlags } from '../option-flags.js';
import { progressView } from '../progress-bars.js';

const HELP = `
Offline by default: --tts espeak and --images offline need no network and no key. With keys, real
providers take over: --tts openai (OPENAI_API_KEY; any OpenAI-compatible server via OPENAI_BASE_URL or
--openai-base-url, e.g. Kokoro-FastAPI), --tts google (Google Cloud credentials), --images openai.

Writes OUT.mp4 with OUT.srt and OUT.vtt beside it (default: next to the deck). Hidden slides and
slides whose notes say [skip] are left out. In the notes, teachers can write [pause 2s], [skip],
[no image] and [image: a prompt]. Everything is cached (default ~/.cache/deck2video): after editing
one slide's notes, exporting again redoes only that slide.

Builds: a slide whose content appears click by click in PowerPoint appears the same way, one picture
per click, each as the narration comes to it. Write [click] (or [AfterClick]) in the notes where the
next step appears: it appears as the sentence after the mark starts. Without marks, each step appears
at the start of the sentence that speaks about what it shows. --no-builds shows every slide in its
final look; \`deck2video render DECK --out DIR --clicks\` writes each step as a picture to check.

Other languages: --translate es,fr also writes OUT.es.mp4, OUT.es.srt and OUT.es.vtt per language,
through the --translator you name (none is chosen for you): google (GOOGLE_OAUTH_ACCESS_TOKEN or
application default credentials, GOOGLE_CLOUD_PROJECT for v3), openai (OPENAI_API_KEY) or
libretranslate (--libretranslate-url or LIBRETRANSLATE_URL). Without them: exit 4 before any work.

Examples:
  $ deck2video convert lecture.pptx
  $ deck2video convert lecture.pptx -o out/lesson.mp4 --layout side-by-side --resolution 720p
  $ deck2video convert lecture.pptx --tts openai --voice nova --images openai --dry-run
  $ deck2video convert lecture.pptx --lang es --voice es --no-motion --transition cut
  $ deck2video convert lecture.pptx --no-builds

  $ deck2video convert lecture.pptx --translate es,ar --translator google --translate-slides
${GOOGLE_HELP}`;

/** The command's own flags; the conversion's options come from CONVERT_OPTIONS. */
interface ConvertFlags extends DeckSourceFlags {
  dryRun?: boolean;
  json?: boolean;
  quiet?: boolean;
}

export function registerConvert(program: Command, ctx: CliContext): Command {
  const cmd = program
    .command('convert')
    .description('turn a deck into a narrated MP4 with captions and chapters')
    .argument('[deck]', 'the .pptx, .ppsx or .pptm file');
  addOptionFlags(cmd, CONVERT_OPTIONS)
    .option('--dry-run', 'print every image prompt (and the estimated cost), the planned timeline, and stop')
    .option('--json', 'progress and result as JSON lines on stdout')
    .option('-q, --quiet', 'no progress output');
  return addDeckSourceOptions(cmd, { renderer: true })
    .addHelpText('after', HELP)
    .action(async (deckArg: string | undefined, flags: ConvertFlags, command: Command) => {
      const options = optionsFromFlags(command, CONVERT_OPTIONS);
      const source = deckSourceOf(deckArg, flags);
      // Everything that can be checked before reading the deck is: its path, every option, the cache and
      // the output folder. Each fails with one line at once instead of after minutes of work.
      const output = flags.dryRun ? undefined : options.output ?? (source.kind === 'file' ? defaultOutput(source) : undefined);
      const { cacheDir } = await preflightConversion(options, { deckPath: source.kind === 'file' ? source.path : undefined, output });
      await sweepStale({ cacheDir });
      const loaded = await loadDeck(source, { renderer: rendererOf(source, flags), includeHidden: options.includeHidden, signal: ctx.signal });
      if (flags.dryRun) {
        // planConversion is the first half of convertDeck: the prompts, prices and timeline are the conversion's.
        const plan = await planConversion({ deck: loaded.deck }, {
          ...options,
          output: options.output ?? defaultOutput(source, loaded.deck.title),
          slideImages: loaded.slideImages,
          signal: ctx.signal,
        });
        ctx.io.stdout(describeConversion(plan).join('\n') + '\n');
        return;
      }
      const view = progressView(ctx.io, flags.quiet ? 'none' : flags.json ? 'json' : ctx.io.isTTY ? 'bars' : 'lines');
      try {
        const result = await convertDeck({ deck: loaded.deck }, {
          ...options,
          output: options.output ?? defaultOutput(source, loaded.deck.title),
          slideImages: loaded.slideImages,
          signal: ctx.signal,
          onProgress: view.listener,
        });
        view.stop();
        const warnings = [...loaded.warnings, ...result.warnings];
        if (flags.json) ctx.io.stdout(`${JSON.stringify({ type: 'result', ...result, warnings })}\n`);
        else {
          for (const w of warnings) ctx.io.stderr(`warning: ${w}\n`);
          const clock = (ms: number) => `${Math.floor(Math.round(ms / 1000) / 60)}:${String(Math.round(ms / 1000) % 60).padStart(2, '0')}`;
          // With --no-original the first translation is the main result: list each video once.
          const videos = result.translations.some((t) => t.video === result.video) ? result.translations : [result, ...result.translations];
          for (const v of videos) ctx.io.stdout(`${v.video} (${clock(v.durationMs)}, ${result.slides.length} slides, ${v.lang})\n${v.srt}\n${v.vtt}\n`);
        }
      } finally {
        view.stop();
      }
    });
}
