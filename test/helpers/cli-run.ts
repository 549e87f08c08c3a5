/** Running the whole CLI in-process with its output captured. */
import { runCli } from '../../src/cli/program.js';
import type { CliIO } from '../../src/cli/io.js';

export interface Captured extends CliIO {
  out: string;
  err: string;
}

export function capture(): Captured {
  const io: Captured = {
    out: '',
    err: '',
    isTTY: false,
    stdout: (t) => void (io.out += t),
    stderr: (t) => void (io.err += t),
  };
  return io;
}

export async function cli(...argv: string[]): Promise<{ code: number; out: string; err: string }> {
  const io = capture();
  const code = await runCli(argv, io);
  return { code, out: io.out, err: io.err };
}
