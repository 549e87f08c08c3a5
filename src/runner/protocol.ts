/**
 * Messages between the service (or a worker) and the child process that runs one conversion. They
 * cross the IPC channel with Node's structured clone ("advanced" serialization), so a deck already
 * read (Google Slides jobs: Maps and byte arrays) and slide images travel as they are.
 */
import type { ConvertInput, ConvertOptions, ConvertResult, ErrorCode, ProgressEvent } from '../../converter/index.js';

/** ConvertOptions without what cannot cross a process boundary (the parent keeps those). */
export type ChildConvertOptions = Omit<ConvertOptions, 'signal' | 'onProgress'>;

export type ChildRequest =
  | { type: 'convert'; input: ConvertInput; options: ChildConvertOptions }
  | { type: 'inspect'; input: { bytes: Uint8Array; name: string } }
  | { type: 'cancel' };

export interface ChildFailure {
  code: ErrorCode;
  message: string;
  detail?: string;
}

export type ChildReply =
  | { type: 'progress'; event: ProgressEvent }
  | { type: 'converted'; result: ConvertResult }
  | { type: 'inspected'; slides: number }
  | { type: 'failed'; error: ChildFailure };
