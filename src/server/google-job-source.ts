/**
 * The deck of a Google Slides job. First run: read it from Google with the job's access token
 * (readGoogleSlides: Drive's .pptx export, the Slides API's titles/notes/skips and, with renderer
 * google, Google's thumbnails), then store the export, the API's part and the thumbnails in the job
 * folder and forget the token. Every later run (a restart) rebuilds the same deck from those files,
 * without the token and without Google. A job that never finished reading has nothing to rebuild
 * from and no token either: it fails with a message that says to export again.
 */
import { LOGIN_HINT, mergeDeckInfo, readGoogleSlides, ROOT_URL_ENV, type GoogleDeckInfo, type GoogleSlidesResult } from '../../converter/deck/google/index.js';
import { ConvertError, isConvertError, readDeck, type Deck, type ProgressListener } from '../../converter/index.js';
import type { GoogleTokens } from './google-tokens.js';
import type { JobStore } from './job-store.js';
import type { JobOptions, JobRecord } from './job-types.js';
import { scrubSecrets } from './log-redact.js';
import { cleanName, type UploadLimits } from './upload.js';

export interface GoogleJobDeps {
  store: JobStore;
  tokens: GoogleTokens;
  limits: UploadLimits;
  /** Root of every Google request (a proxy, a test's stand-in); default DECK2VIDEO_GOOGLE_ROOT_URL. */
  rootUrl?: string;
}

export interface PreparedGoogleDeck {
  deck: Deck;
  slideImages?: Map<number, Uint8Array>;
  /** What the job learnt by reading: the deck's name and size, the slide pictures it stored. */
  patch: Partial<Pick<JobRecord, 'deckName' | 'slideCount' | 'slideImages' | 'google'>>;
}

export const EXPORT_AGAIN =
  'The service restarted before this job had read its deck from Google Slides, and Google access tokens are never stored: export again from Google Slides';

/** What the CLI's credential advice becomes for a job: the token came from the add-on, not from gcloud. */
const SERVICE_LOGIN_HINT = 'export again from Google Slides, signed in with an account that can open the deck';

/** The name readGoogleSlides reads the export under (so a rebuilt deck is the same deck). */
function exportName(info: GoogleDeckInfo, deckId: string): string {
  return `${info.title || deckId}.pptx`;
}

export function tooManySlides(name: string, slides: number | string, max: number): ConvertError {
  return new ConvertError('BAD_INPUT', `${name} has ${slides} slides; this service converts at most ${max}: split the deck, or start the service with a larger --max-slides`);
}

export async function prepareGoogleDeck(
  deps: GoogleJobDeps,
  record: JobRecord,
  options: JobOptions,
  signal: AbortSignal,
  onProgress: ProgressListener,
): Promise<PreparedGoogleDeck> {
  const { store, tokens, limits } = deps;
  const deckId = (record.google as { deckId: string }).deckId;
  const stored = await store.readGoogleExport(record.id);
  if (stored) {
    tokens.forget(record.id);
    const exported = await readDeck({ bytes: stored.pptx, name: exportName(stored.info, deckId) }, { limits: { maxInputBytes: limits.maxBytes } });
    const images = record.slideImages > 0 ? await store.readSlideImages(record.id) : undefined;
    return { deck: mergeDeckInfo(exported, stored.info, deckId).deck, ...(images?.size ? { slideImages: images } : {}), patch: {} };
  }
  const token = tokens.get(record.id);
  // Never read without the client's token: the reader would fall back to the server's own credentials.
  if (!token) throw new ConvertError('MISSING_ENGINE', EXPORT_AGAIN);

  const result = await readWithLimit(deps, deckId, token, options, signal, onProgress);
  const name = exportName(result.info, deckId);
  if (result.deck.slides.length > limits.maxSlides) throw tooManySlides(name, result.deck.slides.length, limits.maxSlides);
  const images = result.slideImages ?? new Map<number, Uint8Array>();
  await store.saveGoogleExport(record.id, { pptx: result.pptx, info: result.info, slideImages: images });
  tokens.forget(record.id);
  return {
    deck: result.deck,
    ...(images.size ? { slideImages: images } : {}),
    patch: {
      deckName: cleanName(name),
      slideCount: result.deck.slides.length,
      slideImages: images.size,
      google: { deckId, ...(result.warnings.length ? { warnings: result.warnings } : {}) },
    },
  };
}

/**
 * readGoogleSlides, stopped before any thumbnail is asked for when the deck is already known to be
 * over the slide limit (thumbnails are paced at 60 a minute: a refused deck should not spend minutes).
 */
async function readWithLimit(
  deps: GoogleJobDeps,
  deckId: string,
  token: string,
  options: JobOptions,
  signal: AbortSignal,
  onProgress: ProgressListener,
): Promise<GoogleSlidesResult> {
  const max = deps.limits.maxSlides;
  const own = new AbortController();
  let over = 0;
  try {
    return await readGoogleSlides(deckId, {
      token,
      renderer: options.renderer ?? 'ours',
      includeHidden: options.includeHidden ?? false,
      limits: { maxInputBytes: deps.limits.maxBytes },
      // Only the root override from the server's environment: never GOOGLE_OAUTH_ACCESS_TOKEN.
      env: { [ROOT_URL_ENV]: process.env[ROOT_URL_ENV] },
      ...(deps.rootUrl ? { rootUrl: deps.rootUrl } : {}),
      signal: AbortSignal.any([signal, own.signal]),
      onProgress: (e) => {
        if (over) return;
        // The thumbnail stage starts with done 0 of the slides it will fetch, before any request.
        if (e.stage === 'render' && e.done === 0 && e.total > max) {
          over = e.total;
          own.abort();
          return;
        }
        onProgress(e);
      },
    });
  } catch (e) {
    if (over && !signal.aborted) throw tooManySlides(`Google Slides deck ${deckId}`, `at least ${over}`, max);
    throw forTheService(e, token);
  }
}

/** The reader's error, with the token scrubbed and the CLI's login advice replaced by the add-on's. */
function forTheService(e: unknown, token: string): ConvertError {
  const code = isConvertError(e) ? e.code : 'INTERNAL';
  const raw = isConvertError(e) ? e.message : `internal error: ${e instanceof Error ? e.message : String(e)}`;
  const message = scrubSecrets(raw.split(LOGIN_HINT).join(SERVICE_LOGIN_HINT), [token]);
  return new ConvertError(code, message, { cause: e });
}
