/** `deck2video render DECK --out DIR [--width 1920] [--slides 3,5-9]`: slide PNGs, hidden slides included. */
import type { Command } from 'commander';
import { ConvertError } from '../../../converter/errors.js';
import { renderDeckFile } from '../../../converter/render/render-deck.js';
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
  return program
    .command('render')
    .description('render every slide of a deck to PNG images (as the slide looks, not the video frame)')
    .argument('<deck>', 'the .pptx, .ppsx or .pptm file')
    .requiredOption('-o, --out <dir>', 'folder for slide-001.png, slide-002.png, … (created if missing)')
    .option('--width <px>', 'image width in pixels; the height follows the slide size', '1920')
    .option('--slides <list>', 'only these slides, e.g. 3,5-9 (1-based, hidden slides count)')
    .addHelpText('after', HELP)
    .action(async (deck: string, opts: RenderFlags) => {
      const width = parseWidth(opts.width);
      const started = Date.now();
      const result = await renderDeckFile({ path: deck }, {
        outDir: opts.out,
        width,
        select: (count) => (opts.slides === undefined ? undefined : parseSlideRange(opts.slides, count)),
        signal: ctx.signal,
        onProgress: ctx.io.isTTY
          ? (e) => ctx.io.stderr(`\rRendering slides ${e.done}/${e.total}${e.done === e.total ? '\n' : ''}`)
          : undefined,
      });
      for (const w of [...result.deck.warnings, ...result.warnings]) ctx.io.stderr(`deck2video: warning: ${w}\n`);
      const secs = ((Date.now() - started) / 1000).toFixed(1);
      ctx.io.stdout(`Wrote ${result.files.length} slide image${result.files.length === 1 ? '' : 's'} to ${opts.out} (${secs} s)\n`);
    });
}
