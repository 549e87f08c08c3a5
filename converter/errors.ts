/**
 * The one error type of deck2video. Every failure a user can act on is a ConvertError whose
 * message is a single line naming what is wrong and what to do; the code decides the exit status.
 */
export type ErrorCode =
  | 'BAD_USAGE' // wrong flags or arguments            -> exit 2
  | 'BAD_INPUT' // corrupt, encrypted, not a deck, too large -> exit 3
  | 'MISSING_ENGINE' // Chromium, ffmpeg, espeak-ng, API key  -> exit 4
  | 'CANCELLED' // the user stopped the work (Ctrl-C)  -> exit 1 (130 from the CLI)
  | 'INTERNAL'; // anything else                        -> exit 1

export const EXIT_CODES: Record<ErrorCode, number> = {
  BAD_USAGE: 2,
  BAD_INPUT: 3,
  MISSING_ENGINE: 4,
  CANCELLED: 1,
  INTERNAL: 1,
};

export class ConvertError extends Error {
  readonly code: ErrorCode;
  /** Extra diagnostic text (e.g. ffmpeg's stderr tail) shown only with --verbose. */
  readonly detail?: string;

  constructor(code: ErrorCode, message: string, options: { cause?: unknown; detail?: string } = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.name = 'ConvertError';
    this.code = code;
    this.detail = options.detail;
  }

  get exitCode(): number {
    return EXIT_CODES[this.code];
  }
}

export function badInput(message: string, cause?: unknown): ConvertError {
  return new ConvertError('BAD_INPUT', message, { cause });
}

export function missingEngine(message: string, cause?: unknown): ConvertError {
  return new ConvertError('MISSING_ENGINE', message, { cause });
}

export function isConvertError(e: unknown): e is ConvertError {
  return e instanceof ConvertError;
}
