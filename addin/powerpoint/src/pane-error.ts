/**
 * Errors the task pane shows. Every failure ends as one readable sentence that says what went wrong
 * and what to do; the pane never shows a stack trace or "[object Object]".
 */
import type { OfficeAsyncError } from './office-api.js';

export class PaneError extends Error {
  constructor(
    message: string,
    /** HTTP status when the service answered with an error. */
    readonly status?: number,
  ) {
    super(message);
    this.name = 'PaneError';
  }
}

/** An Office.js failure (AsyncResult.error or a PowerPoint.run rejection) as a sentence; Office's own message is kept. */
export function officeError(action: string, error: OfficeAsyncError | undefined): PaneError {
  const detail = error?.message ? ` (${error.message})` : error?.code !== undefined ? ` (error ${error.code})` : '';
  return new PaneError(`PowerPoint could not ${action}${detail}: save the presentation, close other add-ins that read it, and try again`);
}

/** Any thrown value -> the sentence to show. */
export function describeError(e: unknown, serviceUrl?: string): string {
  if (e instanceof PaneError) return e.message;
  if (e instanceof TypeError && /fetch|network|load failed/i.test(e.message)) {
    return `Cannot reach the deck2video service${serviceUrl ? ` at ${serviceUrl}` : ''}: check that it is running ("deck2video serve") and that the address under Service settings is right`;
  }
  const message = e instanceof Error ? e.message : typeof e === 'string' ? e : (e as { message?: string } | null)?.message;
  return `Something went wrong: ${message || 'unknown error'}. Try again; if it keeps failing, ask whoever runs the deck2video service`;
}
