/**
 * Builds the `deck2video` command line and runs it. Commands live one per file in ./commands/ and are
 * listed in ./commands/index.ts; this file only wires the shared parts (global options, output,
 * error-to-exit-code mapping).
 */
import { Command } from 'commander';
import { COMMANDS } from './commands/index.js';
import type { CliContext, CliIO } from './io.js';
import { EXIT_CANCELLED, formatCommanderError, reportError } from './run-command.js';
import { packageVersion } from './version.js';

const EXAMPLES = `
Examples:
  $ deck2video inspect lecture.pptx            outline: slides, titles, hidden slides, notes
  $ deck2video inspect lecture.pptx --json     the same as JSON, for scripts

Exit codes: 0 ok, 2 bad usage, 3 bad input (missing, damaged, encrypted, not a deck, too large),
4 missing engine or provider (Chromium, ffmpeg, API key), 1 anything else.`;

export function buildProgram(ctx: CliContext): Command {
  const program = new Command('deck2video');
  program
    .description('Turn a slide deck (.pptx/.ppsx/.pptm) into a narrated lecture video.')
    .version(packageVersion(), '-V, --version', 'print the version')
    .option('--verbose', 'on errors, also print stack traces and engine output')
    .helpOption('-h, --help', 'show help')
    .addHelpText('after', EXAMPLES)
    .showSuggestionAfterError(true)
    .exitOverride()
    .configureOutput({
      writeOut: (s) => ctx.io.stdout(s),
      writeErr: (s) => ctx.io.stderr(s),
      outputError: (s, write) => write(formatCommanderError(s)),
    });
  // Subcommands copy exitOverride/configureOutput from the program when created, so register them last.
  for (const register of COMMANDS) register(program, ctx);
  return program;
}

/** Run the CLI on argv (without node and script path); resolves to the exit code. */
export async function runCli(argv: string[], io: CliIO, signal: AbortSignal = new AbortController().signal): Promise<number> {
  const ctx: CliContext = { io, signal };
  const program = buildProgram(ctx);
  try {
    await program.parseAsync(argv, { from: 'user' });
    // A command that stopped early on Ctrl-C without throwing still did not finish its work.
    return signal.aborted ? EXIT_CANCELLED : 0;
  } catch (e) {
    return reportError(e, io, argv.includes('--verbose'));
  }
}
