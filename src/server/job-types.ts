/**
 * What the service knows about a job. `JobRecord` is the durable form (state.json in the job's
 * folder); `JobView` is what clients see (GET /v1/jobs/:id and every SSE event).
 */
import type { ConvertOptions, Stage } from '../../converter/index.js';
import type { CONVERT_OPTIONS, HttpOptionName, SlideRenderer } from '../../converter/options/index.js';

export type JobState = 'queued' | 'running' | 'done' | 'failed';
/** The converter's stages, plus `queued` before a job starts. */
export type JobStage = Stage | 'queued';

/**
 * Options a client may set, in a JSON-safe form (kept in options.json; see job-options.ts): the
 * conversion options marked `http` in the table, plus who draws the slides (renderer: ours by
 * default, google for Google's thumbnails on Google Slides jobs only).
 */
export type JobOptions = Pick<ConvertOptions, HttpOptionName<typeof CONVERT_OPTIONS>> & { renderer?: SlideRenderer };

/**
 * Where a Google Slides job's deck comes from. The access token is not here (it is never written):
 * once the deck is read, the export and the Slides API's part are in the job folder instead.
 */
export interface GoogleSource {
  /** The deck id (parsed from what the client sent). */
  deckId: string;
  /** Problems with Google's slide pictures, kept for the job's result after a restart. */
  warnings?: string[];
}

export interface JobResult {
  durationMs: number;
  slides: number[];
  warnings: string[];
  /** Language of the main video (the deck's own, or with original false the first translation). */
  lang?: string;
  /** Language -> file stem in the job's out folder ('video', 'video.es'): the videos a client may fetch. */
  files?: Record<string, string>;
}

export interface JobRecord {
  id: string;
  state: JobState;
  stage: JobStage;
  /** Whole-job progress, 0..1 (monotonic while running). */
  progress: number;
  /** The converter's current unit ("slide 4"), for display. */
  detail: string;
  /** Per-stage done/total of the current run. */
  stages: Partial<Record<Stage, { done: number; total: number }>>;
  /** One line a person can act on (failed jobs only). */
  error?: string;
  errorCode?: string;
  deckName: string;
  slideCount: number;
  /** Number of slide images sent with the deck (PowerPoint's own renders, or Google's thumbnails once read). */
  slideImages: number;
  /** Present for Google Slides jobs (POST /v1/jobs with JSON): deckName and slideCount are known once read. */
  google?: GoogleSource;
  /** Capability for this one job: lets links (video, captions, events) work without the bearer token. */
  key: string;
  /** Times a run started: a job that keeps killing the server is given up after a few. */
  attempts: number;
  createdAt: string;
  updatedAt: string;
  startedAt?: string;
  finishedAt?: string;
  result?: JobResult;
}

export interface JobLinks {
  self: string;
  events: string;
  video: string;
  vtt: string;
  srt: string;
}

export interface JobView {
  id: string;
  state: JobState;
  stage: JobStage;
  progress: number;
  detail: string;
  error?: string;
  deckName: string;
  slideCount: number;
  createdAt: string;
  updatedAt: string;
  durationMs?: number;
  warnings?: string[];
  /** Language of `links.video` (BCP-47), once done. */
  lang?: string;
  /** Relative URLs carrying the job key; video and captions are only present once the job is done. */
  links: Partial<JobLinks> & Pick<JobLinks, 'self' | 'events'> & {
    /** The videos in other languages (the job option translate): language -> its video and captions (?lang=es). */
    translations?: Record<string, Pick<JobLinks, 'video' | 'vtt' | 'srt'>>;
  };
}
