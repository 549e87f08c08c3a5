/** `deck2video render DECK --out DIR [--width 1920] [--slides 3,5-9]`: slide PNGs, hidden slides included. */
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { Command } from 'commander';
import { assertDeckReadable, assertWritableFolder, parseSlideRange, renderDeck, slideFileName, sweepStale, writeFileAtomic, type ProgressEvent } from '../../../converter/index.js';
import { RENDER_OPTIONS, type RenderOptions } from '../../../converter/options/index.js';
import { addDeckSourceOptions, deckSourceOf, GOOGLE_HELP, loadDeck, rendererOf, type DeckSource, type DeckSourceFlags } from '../deck-source.js';
import type { CliContext } from '../io.js';
import { addOptionFlags, optionsFromFlags } from '../option-flags.js';

const HELP = `
Writes DIR/slide-001.png, slide-002.png, … (numbered by position in the deck; hidden slides included).

Examples:
  $ deck2video render lecture.pptx --out slides/
  $ deck2video render lecture.pptx --out slides/ --width 1280 --slides 1,4-6`;

export function registerRender(program: Command, ctx: CliContext): Command {
  const cmd = program
    .command('render')
    .description('render every slide of a deck to PNG images (as the slide looks, not the video frame)')
    .argument('[deck]', 'the .pptx, .ppsx or .pptm file');
  addOptionFlags(cmd, RENDER_OPTIONS);
  return addDeckSourceOptions(cmd, { renderer: true })
    .addHelpText('after', HELP + GOOGLE_HELP)
    .action(async (deckArg: string | undefined, flags: DeckSourceFlags, command: Command) => {
      // --out is a mandatory option: commander refuses the command without it.
      const options = optionsFromFlags(command, RENDER_OPTIONS) as RenderOptions;
      const started = Date.now();
      const source = deckSourceOf(deckArg, flags);
      // Before any work: the deck can be read, the folder written.
      if (source.kind === 'file') await assertDeckReadable(source.path);
      await assertWritableFolder(options.outDir, (why) => `the folder ${options.outDir} cannot be written (${why}): choose another one with --out`);
      await sweepStale();
      const onProgress = ctx.io.isTTY
        ? (e: ProgressEvent) => ctx.io.stderr(`\rRendering slides ${e.done}/${e.total}${e.done === e.total ? '\n' : ''}`)
        : undefined;
      const run = { ...options, signal: ctx.signal, onProgress };
      const { files, warnings } = source.kind === 'file'
        ? await renderDeck({ path: source.path }, run)
        : await renderGoogle(source, flags, run, ctx);
      for (const w of warnings) ctx.io.stderr(`deck2video: warning: ${w}\n`);
      const secs = ((Date.now() - started) / 1000).toFixed(1);
      ctx.io.stdout(`Wrote ${files.length} slide image${files.length === 1 ? '' : 's'} to ${options.outDir} (${secs} s)\n`);
    });
}

/** A Google Slides deck: Google's own thumbnails with --renderer google (as they come, 1600 px), our renders otherwise. */
async function renderGoogle(source: DeckSource, flags: DeckSourceFlags, o: RenderOptions, ctx: CliContext): Promise<{ files: string[]; warnings: string[] }> {
  const renderer = rendererOf(source, flags);
  // --slides is checked against the deck's length, so with Google thumbnails the deck is read first
  // and only the wanted thumbnails are fetched (they are paced: 60 a minute).
  const probe = o.slides !== undefined || renderer === 'ours' ? await loadDeck(source, { renderer: 'ours', signal: ctx.signal }) : undefined;
  const wanted = o.slides === undefined ? undefined : parseSlideRange(String(o.slides), probe!.deck.slides.length);
  const loaded = renderer === 'google'
    ? await loadDeck(source, { renderer, includeHidden: true, slides: wanted, signal: ctx.signal })
    : probe!;
  await mkdir(o.outDir, { recursive: true });
  const files: string[] = [];
  for (const [index, png] of loaded.slideImages ?? []) {
    const file = join(o.outDir, slideFileName(index));
    await writeFileAtomic(file, png);
    files.push(file);
  }
  const rest = (wanted ?? loaded.deck.slides.map((s) => s.index)).filter((i) => !loaded.slideImages?.has(i));
  const result = rest.length ? await renderDeck({ deck: loaded.deck }, { ...o, slides: rest }) : { files: [], warnings: [] };
  // renderDeck's warnings start with the deck's own: the deck's, then the pictures', then the renderer's.
  const rendering = result.warnings.filter((w) => !loaded.deck.warnings.includes(w));
  return { files: [...files, ...result.files].sort(), warnings: [...loaded.deck.warnings, ...loaded.warnings, ...rendering] };
}
