/**
 * "Export to AI video", start to finish, without any DOM: read the open deck, add PowerPoint's slide
 * pictures where the API exists, upload, follow the job to its end. The pane shows the status
 * updates; tests drive the same function with office-addin-mock objects and a real local service.
 */
import type { OfficeLike, PowerPointLike } from './office-api.js';
import { PaneError } from './pane-error.js';
import { deckFileName, readOpenDeck } from './read-deck-file.js';
import type { JobView, PaneOptions, ServiceClient } from './service-client.js';
import { checkSlideImages, readSlideImages, supportsSlideImages } from './slide-images.js';

export type Phase = 'reading' | 'pictures' | 'uploading' | 'queued' | 'converting' | 'done';

export interface Status {
  phase: Phase;
  /** 0..1 of the whole export. */
  progress: number;
  text: string;
}

export interface ExportDeps {
  office: OfficeLike;
  powerPoint?: PowerPointLike;
  client: ServiceClient;
  onStatus: (s: Status) => void;
  /** Called once the job exists (so the pane can offer Cancel). */
  onJob?: (job: JobView) => void;
  signal?: AbortSignal;
  /** Width of PowerPoint's slide pictures, px. */
  imageWidth?: number;
}

export interface ExportResult {
  job: JobView;
  /** Whether PowerPoint's own slide pictures were sent. */
  usedSlideImages: boolean;
  /** Why they were not, when the API exists but failed. */
  note?: string;
}

const STAGE_TEXT: Record<string, string> = {
  queued: 'Waiting for the service',
  read: 'Reading the deck',
  translate: 'Translating',
  render: 'Rendering slides',
  illustrate: 'Illustrating',
  narrate: 'Narrating the notes',
  encode: 'Encoding the video',
  mux: 'Finishing',
  done: 'Done',
};

/** The share of the bar for the steps done in the pane; the service's progress fills the rest. */
const LOCAL = 0.15;

export function statusOfJob(v: JobView): Status {
  const text = STAGE_TEXT[v.stage] ?? v.stage;
  const phase: Phase = v.state === 'done' ? 'done' : v.state === 'queued' ? 'queued' : 'converting';
  return { phase, progress: LOCAL + (1 - LOCAL) * v.progress, text: v.detail ? `${text} (${v.detail})` : text };
}

export async function exportVideo(deps: ExportDeps, options: PaneOptions): Promise<ExportResult> {
  const { office, powerPoint, client, onStatus } = deps;
  onStatus({ phase: 'reading', progress: 0, text: 'Reading the presentation' });
  const deck = await readOpenDeck(office, (n, total) => onStatus({ phase: 'reading', progress: (0.05 * n) / total, text: `Reading the presentation (${n}/${total})` }));

  let slideImages: Map<number, Uint8Array> | undefined;
  let note: string | undefined;
  if (supportsSlideImages(office, powerPoint)) {
    onStatus({ phase: 'pictures', progress: 0.05, text: 'Taking pictures of the slides' });
    try {
      slideImages = checkSlideImages(
        await readSlideImages(powerPoint as PowerPointLike, deps.imageWidth ?? 1920, (n, total) =>
          onStatus({ phase: 'pictures', progress: 0.05 + (0.05 * n) / total, text: `Taking pictures of the slides (${n}/${total})` }),
        ),
      );
    } catch (e) {
      // Not fatal: the service renders the slides itself.
      note = `${(e as Error).message}; the service draws the slides itself instead`;
    }
  }
  if (deps.signal?.aborted) throw new PaneError('Export cancelled');

  onStatus({ phase: 'uploading', progress: 0.1, text: 'Uploading the deck' });
  const upload = { deck, deckName: deckFileName(office.context.document.url), options, slideImages };
  let job: JobView;
  try {
    job = await client.createJob(upload);
  } catch (e) {
    // The service refused PowerPoint's pictures (not the deck): send the deck alone.
    if (!(slideImages && e instanceof PaneError && e.status === 400 && /slide image/i.test(e.message))) throw e;
    note = `${e.message}; the service draws the slides itself instead`;
    slideImages = undefined;
    job = await client.createJob({ ...upload, slideImages: undefined });
  }
  deps.onJob?.(job);
  onStatus(statusOfJob(job));
  const final = await client.follow(job, (v) => onStatus(statusOfJob(v)), deps.signal);
  return { job: final, usedSlideImages: slideImages !== undefined, note };
}
