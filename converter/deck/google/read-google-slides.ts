/**
 * A Google Slides deck by id -> Deck (+ Google's own slide pictures with renderer 'google').
 *
 * The deck itself comes from Drive's .pptx export (files.export), read by the same reader as any
 * .pptx, so rendering, narration and chapters work exactly as for PowerPoint. The Slides API
 * (presentations.get) adds what the export does not carry faithfully: each slide's objectId, its
 * title, its speaker notes as typed and whether it is skipped. Drive caps exports at 10 MB; a bigger
 * deck is a BAD_INPUT that says to download the .pptx from Slides and convert the file.
 */
import type { Deck } from '../model.js';
import type { PackageLimits } from '../pptx/open-package.js';
import type { ProgressListener } from '../../progress.js';
import { readDeck } from '../read-deck.js';
import { parseDeckId } from './deck-id.js';
import { resolveCredentials } from './google-auth.js';
import { explainGoogleError } from './google-errors.js';
import { mergeDeckInfo } from './merge-info.js';
import { resolveRootUrl } from './root-url.js';
import { deckInfoFrom, PRESENTATION_FIELDS, type GoogleDeckInfo } from './slides-info.js';
import { fetchThumbnails } from './thumbnails.js';
import { THUMBNAIL_PACE, TokenBucket, type BucketOptions } from './token-bucket.js';
import { checkValue } from '../../options/parse-options.js';
import { SOURCE_OPTIONS, type SlideRenderer } from '../../options/source-options.js';

export const PPTX_MIME = 'application/vnd.openxmlformats-officedocument.presentationml.presentation';

export type { SlideRenderer };

export interface GoogleSlidesOptions {
  /** OAuth access token; default GOOGLE_OAUTH_ACCESS_TOKEN, else application default credentials. */
  token?: string;
  /** Root for every Slides, Drive and thumbnail request; default DECK2VIDEO_GOOGLE_ROOT_URL, else Google's hosts. */
  rootUrl?: string;
  /** 'google': also fetch Google's thumbnails as the slide images. Default 'ours' (no thumbnails). */
  renderer?: SlideRenderer;
  /** 1-based slides to fetch thumbnails for (default all). */
  thumbnailSlides?: number[];
  /** false: no thumbnails for hidden (skipped) slides, which a conversion leaves out anyway. Default true. */
  includeHidden?: boolean;
  /** Thumbnail pacing (default 10 at once, then one per 1.2 s: at most 60 a minute). */
  pace?: BucketOptions;
  /** After a 429/5xx from getThumbnail: wait this long (default 20 s), at most `thumbnailRetries` times (default 3). */
  retryWaitMs?: number;
  thumbnailRetries?: number;
  limits?: Partial<PackageLimits>;
  env?: Readonly<Record<string, string | undefined>>;
  signal?: AbortSignal;
  onProgress?: ProgressListener;
}

export interface GoogleSlidesResult {
  /** source.format 'google-slides'; slides carry objectId; deck.warnings includes merge problems. */
  deck: Deck;
  /** renderer 'google' only: slide index -> PNG, for ConvertOptions.slideImages / render. */
  slideImages?: Map<number, Uint8Array>;
  /** Problems with the slide pictures (each such slide falls back to our render). */
  warnings: string[];
  /**
   * For a durable job (the service): the exported .pptx and the Slides API's part, plain JSON. Stored
   * instead of the token, they rebuild the same deck after a restart:
   * mergeDeckInfo(await readDeck({ bytes: pptx, name }), info, id).deck
   */
  pptx: Uint8Array;
  info: GoogleDeckInfo;
}

export async function readGoogleSlides(idOrUrl: string, opts: GoogleSlidesOptions = {}): Promise<GoogleSlidesResult> {
  const env = opts.env ?? process.env;
  const id = parseDeckId(idOrUrl);
  const renderer = opts.renderer ?? 'ours';
  checkValue(SOURCE_OPTIONS.renderer, renderer, { name: 'renderer', style: 'field' });
  const rootUrl = resolveRootUrl(opts.rootUrl, env);
  const creds = await resolveCredentials(opts.token, env);
  const signal = opts.signal;
  // The root goes on the service (googleapis rewrites every URL to it) and on each call: the per-call
  // root is the one that keeps a path prefix such as http://proxy/google/.
  const root = rootUrl ? { rootUrl } : {};
  const { google } = await import('googleapis');
  const slides = google.slides({ version: 'v1', auth: creds.api, ...root });
  const drive = google.drive({ version: 'v3', auth: creds.api, ...root });
  const host = (step: 'slides' | 'drive') => (rootUrl ? new URL(rootUrl).host : step === 'slides' ? 'slides.googleapis.com' : 'www.googleapis.com');

  opts.onProgress?.({ stage: 'read', done: 0, total: 2, detail: 'Google Slides API' });
  const info = await slides.presentations
    .get({ presentationId: id, fields: PRESENTATION_FIELDS }, { ...root, signal })
    .then((r) => deckInfoFrom(r.data))
    .catch((e: unknown) => {
      throw explainGoogleError(e, 'details', id, host('slides'), signal);
    });

  opts.onProgress?.({ stage: 'read', done: 1, total: 2, detail: 'Google Drive export' });
  const bytes = await drive.files
    .export({ fileId: id, mimeType: PPTX_MIME }, { ...root, signal, responseType: 'arraybuffer' })
    .then((r) => new Uint8Array(r.data as unknown as ArrayBuffer))
    .catch((e: unknown) => {
      throw explainGoogleError(e, 'export', id, host('drive'), signal);
    });
  const exported = await readDeck({ bytes, name: `${info.title || id}.pptx` }, { limits: opts.limits });
  const { deck } = mergeDeckInfo(exported, info, id);
  opts.onProgress?.({ stage: 'read', done: 2, total: 2, detail: 'Google Slides deck read' });

  if (renderer === 'ours') return { deck, warnings: [], pptx: bytes, info };
  const wanted = opts.thumbnailSlides ? new Set(opts.thumbnailSlides) : undefined;
  const pages = deck.slides
    .filter((s) => s.objectId && (!wanted || wanted.has(s.index)) && (opts.includeHidden !== false || !s.hidden))
    .map((s) => ({ index: s.index, objectId: s.objectId! }));
  const { images, warnings } = await fetchThumbnails({
    slides,
    creds,
    presentationId: id,
    rootUrl,
    host: host('slides'),
    pages,
    bucket: new TokenBucket(opts.pace ?? THUMBNAIL_PACE),
    retryWaitMs: opts.retryWaitMs ?? 20_000,
    retries: opts.thumbnailRetries ?? 3,
    signal,
    onProgress: opts.onProgress,
  });
  return { deck, slideImages: images, warnings, pptx: bytes, info };
}
