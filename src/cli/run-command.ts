/**
 * The one place where failures become exit codes and a single stderr line (ARCHITECTURE.md):
 * 0 ok, 2 bad usage, 3 bad input, 4 missing engine, 1 anything else, 130 cancelled by Ctrl-C.
 * Stack traces and engine output only with --verbose.
 */
import { CommanderError } from 'commander';
import { ConvertError } from '../../converter/index.js';
import type { CliIO } from './io.js';

export const EXIT_OK = 0;
export const EXIT_INTERNAL = 1;
export const EXIT_USAGE = 2;
export const EXIT_CANCELLED = 130;

/** Commander's own outcomes that are not failures. */
const COMMANDER_OK = new Set(['commander.helpDisplayed', 'commander.version']);

function oneLine(s: string): string {
  return s.replace(/\s*\n\s*/g, ' ').trim();
}

/** Report an error on stderr and return the exit code for it. */
export function reportError(e: unknown, io: CliIO, verbose: boolean): number {
  if (e instanceof CommanderError) {
    if (COMMANDER_OK.has(e.code)) return EXIT_OK;
    // Commander already printed its message (through outputError, which adds our prefix).
    return EXIT_USAGE;
  }
  if (e instanceof ConvertError) {
    io.stderr(`deck2video: ${oneLine(e.message)}\n`);
    if (verbose) {
      if (e.detail) io.stderr(`${e.detail}\n`);
      io.stderr(`${describeCause(e)}\n`);
    }
    return e.code === 'CANCELLED' ? EXIT_CANCELLED : e.exitCode;
  }
  const message = e instanceof Error ? e.message : String(e);
  io.stderr(`deck2video: internal error: ${oneLine(message)}${verbose ? '' : ' (run again with --verbose for details)'}\n`);
  if (verbose) io.stderr(`${e instanceof Error ? e.stack : String(e)}\n`);
  return EXIT_INTERNAL;
}

function describeCause(e: ConvertError): string {
  const parts = [e.stack ?? e.message];
  let cause: unknown = e.cause;
  for (let depth = 0; cause !== undefined && depth < 5; depth++) {
    parts.push(`caused by: ${cause instanceof Error ? cause.stack ?? cause.message : String(cause)}`);
    cause = cause instanceof Error ? cause.cause : undefined;
  }
  return parts.join('\n');
}

/** Commander's messages ("error: unknown option '--x'") reshaped to our one-line form. */
export function formatCommanderError(str: string): string {
  const msg = oneLine(str.replace(/^error:\s*/i, ''));
  return `deck2video: ${msg} (see deck2video --help)\n`;
}
