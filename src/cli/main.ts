#!/usr/bin/env node
/** Entry point of the `deck2video` binary: process wiring only (argv, exit code, Ctrl-C, EPIPE). */
import { processIO } from './io.js';
import { runCli } from './program.js';
import { EXIT_CANCELLED } from './run-command.js';

const controller = new AbortController();
// First Ctrl-C (or a service manager's SIGTERM) asks running work to stop and clean up; a second
// signal leaves at once.
const stop = (how: string) => () => {
  if (controller.signal.aborted) process.exit(EXIT_CANCELLED);
  process.stderr.write(`deck2video: stopping… (${how})\n`);
  controller.abort();
};
process.on('SIGINT', stop('press Ctrl-C again to quit at once'));
process.on('SIGTERM', stop('terminated'));
// `deck2video inspect x | head` closes the pipe early: that is not an error worth a stack trace.
process.stdout.on('error', (e: NodeJS.ErrnoException) => {
  if (e.code === 'EPIPE') process.exit(0);
  throw e;
});

process.exitCode = await runCli(process.argv.slice(2), processIO(), controller.signal);
