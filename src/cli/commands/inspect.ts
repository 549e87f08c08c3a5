/** `deck2video inspect DECK [--json]`: what the converter sees in a deck, without rendering anything. */
import type { Command } from 'commander';
import { summariseDeck } from '../../../converter/index.js';
import { addDeckSourceOptions, deckSourceOf, GOOGLE_HELP, loadDeck, type DeckSourceFlags } from '../deck-source.js';
import { formatOutline } from '../format-outline.js';
import type { CliContext } from '../io.js';

const HELP = `
Every slide is listed in presentation order, hidden ones included (marked hidden).

Examples:
  $ deck2video inspect lecture.pptx
  $ deck2video inspect lecture.pptx --json | jq '.slides[] | select(.hidden == false) | .notes'
  $ deck2video inspect --google-slides 1AbC…xyz
${GOOGLE_HELP}`;

export function registerInspect(program: Command, ctx: CliContext): Command {
  const cmd = program
    .command('inspect')
    .description('list the slides of a deck: titles, hidden slides, text, speaker notes, size')
    .argument('[deck]', 'the .pptx, .ppsx or .pptm file')
    .option('--json', 'print JSON (slides, size, title, warnings) instead of an outline');
  return addDeckSourceOptions(cmd, { renderer: false })
    .addHelpText('after', HELP)
    .action(async (deck: string | undefined, opts: DeckSourceFlags & { json?: boolean }) => {
      const { deck: model } = await loadDeck(deckSourceOf(deck, opts), { signal: ctx.signal });
      const summary = summariseDeck(model);
      ctx.io.stdout(opts.json ? `${JSON.stringify(summary, null, 2)}\n` : formatOutline(summary));
    });
}
