/** `deck2video render DECK --out DIR [--width 1920] [--slides 3,5-9]`: slide PNGs, hidden slides included. */
import type { Command } from 'commander';
import { ConvertError } from '../../../converter/errors.js';
import { assertDeckReadable, assertWritableFolder } from '../../../converter/preflight.js';
import { sweepStale } from '../../../converter/cache/sweep.js';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { ProgressEvent } from '../../../converter/progress.js';
import { renderDeck, renderDeckFile, slideFileName } from '../../../converter/render/render-deck.js';
import { addDeckSourceOptions, deckSourceOf, GOOGLE_HELP, loadDeck, rendererOf, type DeckSource, type DeckSourceFlags } from '../deck-source.js';
import { parseSlideRange } from '../../../converter/render/slide-range.js';
import type { CliContext } from '../io.js';

const HELP = `
Writes DIR/slide-001.png, slide-002.png, … (numbered by position in the deck; hidden slides included).

Examples:
  $ deck2video render lecture.pptx --out slides/
  $ deck2video render lecture.pptx --out slides/ --width 1280 --slides 1,4-6`;

interface RenderFlags {
  out: string;
  width: string;
  slides?: string;
}

export function parseWidth(text: string): number {
  const n = Number(text);
  if (!/^\d+$/.test(text.trim()) || n < 16 || n > 7680) {
    throw new ConvertError('BAD_USAGE', `--width ${text} is not usable: give a whole number of pixels from 16 to 7680`);
  }
  return n;
}

export function registerRender(program: Command, ctx: CliContext): Command {
  const cmd = program
    .command('render')
    .description('render every slide of a deck to PNG images (as the slide looks, not the video frame)')
    .argument('[deck]', 'the .pptx, .ppsx or .pptm file')
    .requiredOption('-o, --out <dir>', 'folder for slide-001.png, slide-002.png, … (created if missing)')
    .option('--width <px>', 'image width in pixels; the height follows the slide size', '1920')
    .option('--slides <list>', 'only these slides, e.g. 3,5-9 (1-based, hidden slides count)');
  return addDeckSourceOptions(cmd, { renderer: true })
    .addHelpText('after', HELP + GOOGLE_HELP)
    .action(async (deckArg: string | undefined, opts: RenderFlags & DeckSourceFlags) => {
      const width = parseWidth(opts.width);
      const started = Date.now();
      const source = deckSourceOf(deckArg, opts);
      if (source.kind === 'file') await assertDeckReadable(source.path);
      await assertWritableFolder(opts.out, (why) => `the folder ${opts.out} cannot be written (${why}): choose another one with --out`);
      await sweepStale();
      const progress = ctx.io.isTTY
        ? (e: ProgressEvent) => ctx.io.stderr(`\rRendering slides ${e.done}/${e.total}${e.done === e.total ? '\n' : ''}`)
        : undefined;
      let files: string[];
      let warnings: string[];
      if (source.kind === 'file') {
        const result = await renderDeckFile({ path: source.path }, {
          outDir: opts.out,
          width,
          select: (count) => (opts.slides === undefined ? undefined : parseSlideRange(opts.slides, count)),
          signal: ctx.signal,
          onProgress: progress,
        });
        files = result.files;
        warnings = [...result.deck.warnings, ...result.warnings];
      } else {
        ({ files, warnings } = await renderGoogle(source, opts, width, ctx, progress));
      }
      for (const w of warnings) ctx.io.stderr(`deck2video: warning: ${w}\n`);
      const secs = ((Date.now() - started) / 1000).toFixed(1);
      ctx.io.stdout(`Wrote ${files.length} slide image${files.length === 1 ? '' : 's'} to ${opts.out} (${secs} s)\n`);
    });
}

/** A Google Slides deck: Google's own thumbnails with --renderer google (as they come, 1600 px), our renders otherwise. */
async function renderGoogle(source: DeckSource, opts: RenderFlags & DeckSourceFlags, width: number, ctx: CliContext,
  onProgress: ((e: ProgressEvent) => void) | undefined): Promise<{ files: string[]; warnings: string[] }> {
  const renderer = rendererOf(source, opts);
  // --slides is checked against the deck's length, so with Google thumbnails the deck is read first
  // and only the wanted thumbnails are fetched (they are paced: 60 a minute).
  const probe = opts.slides !== undefined || renderer === 'ours' ? await loadDeck(source, { renderer: 'ours', signal: ctx.signal }) : undefined;
  const wanted = opts.slides === undefined ? undefined : parseSlideRange(opts.slides, probe!.deck.slides.length);
  const loaded = renderer === 'google'
    ? await loadDeck(source, { renderer, includeHidden: true, slides: wanted, signal: ctx.signal })
    : probe!;
  await mkdir(opts.out, { recursive: true });
  const files: string[] = [];
  for (const [index, png] of loaded.slideImages ?? []) {
    const file = join(opts.out, slideFileName(index));
    await writeFile(file, png);
    files.push(file);
  }
  const rest = (wanted ?? loaded.deck.slides.map((s) => s.index)).filter((i) => !loaded.slideImages?.has(i));
  const result = rest.length ? await renderDeck(loaded.deck, { outDir: opts.out, width, slides: rest, signal: ctx.signal, onProgress }) : { files: [], warnings: [] };
  return { files: [...files, ...result.files].sort(), warnings: [...loaded.deck.warnings, ...loaded.warnings, ...result.warnings] };
}
