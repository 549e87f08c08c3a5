/**
 * --renderer google: Google's own pictures of the slides (pages.getThumbnail, LARGE = 1600 px wide,
 * PNG), used instead of our renders. Each thumbnail is two requests: getThumbnail, an "expensive read"
 * (60 per minute per user, so every call waits for the token bucket), then the download of the
 * contentUrl it returns (a short-lived URL on Google's content host that carries the access itself,
 * so no token is sent there; through a root override it goes to the override, with the token, like
 * every other request). A slide whose picture cannot be had keeps our render, with a warning.
 */
import type { slides_v1 } from 'googleapis';
import { imageFormat } from '../../image-format.js';
import type { ProgressListener } from '../../progress.js';
import type { GoogleCredentials } from './google-auth.js';
import { apiErrorOf, explainGoogleError } from './google-errors.js';
import { contentUrlFor } from './root-url.js';
import { sleep, type TokenBucket } from './token-bucket.js';

export interface ThumbnailJob {
  slides: slides_v1.Slides;
  creds: GoogleCredentials;
  presentationId: string;
  /** The override root ('' = Google's hosts). */
  rootUrl: string;
  /** Host named in network errors. */
  host: string;
  pages: { index: number; objectId: string }[];
  bucket: TokenBucket;
  /** Wait after a 429 or 5xx before asking again, and how often to ask again. */
  retryWaitMs: number;
  retries: number;
  signal?: AbortSignal;
  onProgress?: ProgressListener;
}


export async function fetchThumbnails(job: ThumbnailJob): Promise<{ images: Map<number, Uint8Array>; warnings: string[] }> {
  const images = new Map<number, Uint8Array>();
  const warnings: string[] = [];
  const total = job.pages.length;
  job.onProgress?.({ stage: 'render', done: 0, total, detail: 'Google thumbnails' });
  for (let n = 0; n < total; n++) {
    const page = job.pages[n]!;
    const url = await thumbnailUrl(job, page.objectId);
    if (url === 'quota') {
      const rest = job.pages.slice(n).map((p) => p.index);
      warnings.push(`Google's thumbnail quota (60 per minute per user) stayed used up: slide${rest.length === 1 ? '' : 's'} ${rest.join(', ')} use deck2video's own render`);
      break;
    }
    if (url instanceof Error) {
      warnings.push(`slide ${page.index}: Google's thumbnail failed (${url.message}); deck2video's own render is used`);
    } else {
      const png = await download(job, url).catch((e: unknown) => {
        if (job.signal?.aborted) throw explainGoogleError(e, 'download', job.presentationId, job.host, job.signal);
        return new Error(apiErrorOf(e).message);
      });
      if (png instanceof Error) warnings.push(`slide ${page.index}: Google's thumbnail could not be downloaded (${png.message}); deck2video's own render is used`);
      else images.set(page.index, png);
    }
    job.onProgress?.({ stage: 'render', done: n + 1, total, detail: `Google thumbnail, slide ${page.index}` });
  }
  return { images, warnings };
}

/** The contentUrl; 'quota' when 429s outlast the retries; an Error for one slide's server failure. */
async function thumbnailUrl(job: ThumbnailJob, pageObjectId: string): Promise<string | 'quota' | Error> {
  for (let attempt = 0; ; attempt++) {
    await job.bucket.take(job.signal);
    try {
      const res = await job.slides.presentations.pages.getThumbnail(
        {
          presentationId: job.presentationId,
          pageObjectId,
          'thumbnailProperties.thumbnailSize': 'LARGE',
          'thumbnailProperties.mimeType': 'PNG',
        },
        // Retries are ours: gaxios's 100 ms backoff would only spend more of the per-minute quota.
        { ...(job.rootUrl ? { rootUrl: job.rootUrl } : {}), signal: job.signal, retry: false },
      );
      const url = res.data.contentUrl;
      if (!url) return new Error('no contentUrl in the answer');
      return url;
    } catch (e) {
      const status = apiErrorOf(e).status;
      const transient = status === 429 || status >= 500;
      if (!transient || job.signal?.aborted) throw explainGoogleError(e, 'thumbnail', job.presentationId, job.host, job.signal);
      if (attempt >= job.retries) return status === 429 ? 'quota' : new Error(`${status}: ${apiErrorOf(e).message}`);
      await sleep(job.retryWaitMs, job.signal);
    }
  }
}

async function download(job: ThumbnailJob, contentUrl: string): Promise<Uint8Array | Error> {
  const url = contentUrlFor(contentUrl, job.rootUrl);
  const options = { url, method: 'GET' as const, responseType: 'arraybuffer' as const, signal: job.signal, retry: true };
  const res = job.rootUrl ? await job.creds.client.request<ArrayBuffer>(options) : await job.creds.client.transporter.request<ArrayBuffer>(options);
  const bytes = new Uint8Array(res.data);
  if (imageFormat(bytes) !== 'png') return new Error(`not a PNG (${bytes.length} bytes)`);
  return bytes;
}
