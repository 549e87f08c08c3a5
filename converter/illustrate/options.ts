/**
 * Options of the illustrate stage: the public type (all optional, as the CLI, service and add-ins
 * pass them) and the resolved type used everywhere downstream, filled once by resolveIllustrateOptions.
 */
import { defaultCacheDir } from '../cache/artifact-cache.js';
import { ConvertError } from '../errors.js';
import { CONVERT_OPTIONS } from '../options/convert-options.js';
import { checkValue } from '../options/parse-options.js';
import {
  DEFAULT_FRAME_SIZE,
  DEFAULT_IMAGE_CONCURRENCY,
  DEFAULT_IMAGE_MODEL,
  DEFAULT_IMAGE_QUALITY,
  DEFAULT_IMAGE_STYLE,
  DEFAULT_MAX_RETRIES,
  DEFAULT_PROMPT_LLM_MODEL,
  DEFAULT_REQUEST_TIMEOUT_MS,
  IMAGE_PROVIDERS,
  type ImageProviderName,
  type ImageQuality,
} from './defaults.js';
import type { FrameSize } from './types.js';

export { IMAGE_PROVIDERS, type ImageProviderName };

export interface IllustrateOptions {
  /** --images: offline (default, no network), openai, none. */
  images?: ImageProviderName;
  /** --image-style: the look of every frame (the deck palette is always added). */
  imageStyle?: string;
  /** --image-model (openai). */
  imageModel?: string;
  imageQuality?: ImageQuality;
  /** Frame size in px: the video's size. */
  size?: FrameSize;
  /** Parallel requests to the image API. */
  concurrency?: number;
  maxRetries?: number;
  timeoutMs?: number;
  /** --prompt-llm: let a chat model write each image prompt from the notes. */
  promptLlm?: boolean;
  promptLlmModel?: string;
  /** OpenAI-compatible base URL for --prompt-llm (default: the OpenAI one / OPENAI_BASE_URL). */
  promptLlmBaseUrl?: string;
  /** Base URL of the image API (default OPENAI_BASE_URL, else OpenAI's). */
  openaiBaseUrl?: string;
  /** Defaults to OPENAI_API_KEY. */
  openaiApiKey?: string;
  /** Where frames are cached (default $XDG_CACHE_HOME/deck2video or ~/.cache/deck2video). */
  cacheDir?: string;
  /** Illustrate hidden slides too (the video skips them unless asked). */
  includeHidden?: boolean;
}

export interface ResolvedIllustrateOptions {
  /** Marks the resolved form, so entry points can accept either form safely. */
  resolved: true;
  images: ImageProviderName;
  imageStyle: string;
  imageModel: string;
  imageQuality: ImageQuality;
  size: FrameSize;
  concurrency: number;
  maxRetries: number;
  timeoutMs: number;
  promptLlm: boolean;
  promptLlmModel: string;
  /** '' = the SDK default (api.openai.com). */
  promptLlmBaseUrl: string;
  openaiBaseUrl: string;
  /** '' when not set anywhere (an error only once a request is needed). */
  openaiApiKey: string;
  cacheDir: string;
  includeHidden: boolean;
}

export function resolveIllustrateOptions(
  o: IllustrateOptions | ResolvedIllustrateOptions = {},
  env: NodeJS.ProcessEnv = process.env,
): ResolvedIllustrateOptions {
  if ('resolved' in o && o.resolved === true) return o;
  const images = checkValue(CONVERT_OPTIONS.images, o.images, { name: 'images', style: 'field' }) ?? 'offline';
  const size = o.size ?? DEFAULT_FRAME_SIZE;
  if (!isDim(size.width) || !isDim(size.height)) {
    throw new ConvertError('BAD_USAGE', `Frame size ${size.width}x${size.height} is not valid: use whole pixels between 16 and 8192`);
  }
  const quality = o.imageQuality ?? DEFAULT_IMAGE_QUALITY;
  if (!['low', 'medium', 'high'].includes(quality)) {
    throw new ConvertError('BAD_USAGE', `Unknown image quality "${quality}": use low, medium or high`);
  }
  const concurrency = o.concurrency ?? DEFAULT_IMAGE_CONCURRENCY;
  if (!Number.isInteger(concurrency) || concurrency < 1 || concurrency > 16) {
    throw new ConvertError('BAD_USAGE', `Image concurrency ${concurrency} is not valid: use a whole number from 1 to 16`);
  }
  const baseUrl = (o.openaiBaseUrl ?? env.OPENAI_BASE_URL ?? '').trim();
  return {
    resolved: true,
    images,
    imageStyle: (o.imageStyle ?? '').trim() || DEFAULT_IMAGE_STYLE,
    imageModel: (o.imageModel ?? '').trim() || DEFAULT_IMAGE_MODEL,
    imageQuality: quality,
    size: { width: size.width, height: size.height },
    concurrency,
    maxRetries: Math.max(0, o.maxRetries ?? DEFAULT_MAX_RETRIES),
    timeoutMs: Math.max(1000, o.timeoutMs ?? DEFAULT_REQUEST_TIMEOUT_MS),
    promptLlm: o.promptLlm ?? false,
    promptLlmModel: (o.promptLlmModel ?? '').trim() || DEFAULT_PROMPT_LLM_MODEL,
    promptLlmBaseUrl: (o.promptLlmBaseUrl ?? '').trim() || baseUrl,
    openaiBaseUrl: baseUrl,
    openaiApiKey: (o.openaiApiKey ?? env.OPENAI_API_KEY ?? '').trim(),
    cacheDir: o.cacheDir ?? defaultCacheDir(env),
    includeHidden: o.includeHidden ?? false,
  };
}

function isDim(n: number): boolean {
  return Number.isInteger(n) && n >= 16 && n <= 8192;
}
