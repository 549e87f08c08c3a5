/**
 * Request sizes for the image API (matching the video's aspect as closely as each model allows)
 * and the per-image cost estimate shown by --dry-run.
 */
import { IMAGE_PRICES_USD, type ImageQuality } from './defaults.js';
import type { FrameSize } from './types.js';

/** The size string to request for a frame of this aspect. */
export function requestSize(model: string, frame: FrameSize): string {
  const r = frame.width / frame.height;
  const wide = r >= 1.2;
  const tall = r <= 0.83;
  if (/^gpt-image-2/.test(model)) {
    // Arbitrary sizes (multiples of 16, long side 1536 keeps the cost of a standard image).
    const long = 1536;
    const w = wide || !tall ? long : Math.round((long * r) / 16) * 16;
    const h = wide || !tall ? Math.round(long / r / 16) * 16 : long;
    return r > 0.83 && r < 1.2 ? '1024x1024' : `${w}x${h}`;
  }
  if (model === 'dall-e-3') return wide ? '1792x1024' : tall ? '1024x1792' : '1024x1024';
  if (model === 'dall-e-2') return '1024x1024';
  return wide ? '1536x1024' : tall ? '1024x1536' : '1024x1024';
}

export function parseSize(size: string): FrameSize {
  const [w, h] = size.split('x').map(Number);
  return { width: w!, height: h! };
}

/** Estimated USD for one image, or undefined when the model is not in the price table. */
export function estimateImageCost(model: string, quality: ImageQuality, size: string): number | undefined {
  const prices = IMAGE_PRICES_USD[model]?.[quality];
  if (!prices) return undefined;
  return size === '1024x1024' ? prices.square : prices.wide;
}
