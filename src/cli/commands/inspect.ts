/** `deck2video inspect DECK [--json]`: what the converter sees in a deck, without rendering anything. */
import type { Command } from 'commander';
import { inspectDeck } from '../../../converter/index.js';
import { formatOutline } from '../format-outline.js';
import type { CliContext } from '../io.js';

const HELP = `
Every slide is listed in presentation order, hidden ones included (marked hidden).

Examples:
  $ deck2video inspect lecture.pptx
  $ deck2video inspect lecture.pptx --json | jq '.slides[] | select(.hidden == false) | .notes'`;

export function registerInspect(program: Command, ctx: CliContext): Command {
  return program
    .command('inspect')
    .description('list the slides of a deck: titles, hidden slides, text, speaker notes, size')
    .argument('<deck>', 'the .pptx, .ppsx or .pptm file')
    .option('--json', 'print JSON (slides, size, title, warnings) instead of an outline')
    .addHelpText('after', HELP)
    .action(async (deck: string, opts: { json?: boolean }) => {
      const summary = await inspectDeck({ path: deck });
      ctx.io.stdout(opts.json ? `${JSON.stringify(summary, null, 2)}\n` : formatOutline(summary));
    });
}
