/**
 * Slide images supplied from outside (PowerPoint's Slide.getImageAsBase64, Google's thumbnails) take
 * the place of our renders. They go into the same cache, named by their bytes and stored with the
 * extension their content has, because ffmpeg picks its image decoder by file extension.
 */
import type { ArtifactCache } from '../cache/artifact-cache.js';
import { sha256Hex } from '../cache/cache-key.js';
import { ConvertError } from '../errors.js';
import { imageFormat } from '../image-format.js';
import { RENDER_CACHE_KIND, type CachedRender } from './render-cached.js';

export function imageExtension(bytes: Uint8Array): 'png' | 'jpg' | undefined {
  const format = imageFormat(bytes);
  return format === 'png' ? 'png' : format === 'jpeg' ? 'jpg' : undefined;
}

export async function storeSlideImage(cache: ArtifactCache, bytes: Uint8Array): Promise<CachedRender> {
  const ext = imageExtension(bytes);
  if (!ext) throw new ConvertError('BAD_INPUT', 'A supplied slide image is neither PNG nor JPEG: send PNG images');
  const key = sha256Hex(bytes);
  const hit = await cache.has(RENDER_CACHE_KIND, key, ext);
  if (hit) return { path: hit, key, cached: true };
  return { path: await cache.put(RENDER_CACHE_KIND, key, ext, bytes), key, cached: false };
}
