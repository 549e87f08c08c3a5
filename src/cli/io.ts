/**
 * Where the CLI writes, and what every command gets to work with. Commands never touch process.*
 * directly, so tests can run the whole CLI in-process with captured output.
 */
export interface CliIO {
  stdout(text: string): void;
  stderr(text: string): void;
  /** True when stdout is a terminal (progress bars, colours); false in pipes and tests. */
  isTTY: boolean;
}

export interface CliContext {
  io: CliIO;
  /** Aborted on Ctrl-C: long commands pass it down so work stops cleanly. */
  signal: AbortSignal;
}

export function processIO(): CliIO {
  return {
    stdout: (t) => void process.stdout.write(t),
    stderr: (t) => void process.stderr.write(t),
    isTTY: Boolean(process.stdout.isTTY),
  };
}
