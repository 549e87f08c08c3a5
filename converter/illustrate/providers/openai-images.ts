/**
 * The `openai` image provider: images.generate through the official SDK, against OpenAI or any
 * compatible server (OPENAI_BASE_URL). The SDK retries 408/409/429/5xx and connection errors with
 * exponential backoff and honours Retry-After; we add the missing-key check (no request is made
 * without a key) and one-line errors that say what to do.
 */
import type OpenAI from 'openai';
import { loadOpenAiSdk, type OpenAiSdk } from '../../engines/openai-sdk.js';
import { ConvertError, missingEngine } from '../../errors.js';
import { imageFormat } from '../../image-format.js';
import type { ResolvedIllustrateOptions } from '../options.js';

export interface GeneratedImage {
  bytes: Uint8Array;
  /** File extension of the bytes. */
  ext: 'png' | 'jpeg' | 'webp';
}

export class OpenAiImageProvider {
  private client?: OpenAI;

  constructor(private readonly o: ResolvedIllustrateOptions) {
    if (!o.openaiApiKey) {
      throw missingEngine('OPENAI_API_KEY is not set: export OPENAI_API_KEY=sk-… for --images openai, or use --images offline');
    }
  }

  async generate(prompt: string, size: string, slideIndex: number, signal?: AbortSignal): Promise<GeneratedImage> {
    const model = this.o.imageModel;
    const dalle = model.startsWith('dall-e');
    const sdk = await loadOpenAiSdk();
    this.client ??= new sdk({
      apiKey: this.o.openaiApiKey,
      ...(this.o.openaiBaseUrl ? { baseURL: this.o.openaiBaseUrl } : {}),
      maxRetries: this.o.maxRetries,
      timeout: this.o.timeoutMs,
    });
    let res: OpenAI.Images.ImagesResponse;
    try {
      res = await this.client.images.generate(
        {
          model,
          prompt,
          size: size as OpenAI.Images.ImageGenerateParams['size'],
          n: 1,
          // GPT image models always answer in base64; DALL-E must be asked to.
          ...(dalle ? { response_format: 'b64_json' as const } : { quality: this.o.imageQuality }),
        },
        { signal },
      );
    } catch (e) {
      throw describeError(sdk, e, model, slideIndex);
    }
    const b64 = res.data?.[0]?.b64_json;
    if (!b64) {
      throw new ConvertError('INTERNAL', `The image API returned no image data for slide ${slideIndex} (model ${model}): try again or use --images offline`);
    }
    const bytes = new Uint8Array(Buffer.from(b64, 'base64'));
    return { bytes, ext: sniffExt(bytes) };
  }
}

function describeError(sdk: OpenAiSdk, e: unknown, model: string, slideIndex: number): ConvertError {
  if (e instanceof sdk.APIUserAbortError) return new ConvertError('CANCELLED', 'Illustration was cancelled', { cause: e });
  if (e instanceof sdk.AuthenticationError || e instanceof sdk.PermissionDeniedError) {
    return missingEngine(`The image API rejected the API key (${e.status}): check OPENAI_API_KEY and that it may use ${model}`, e);
  }
  if (e instanceof sdk.NotFoundError) {
    return new ConvertError('BAD_USAGE', `The image model "${model}" was not found (404): pick another with --image-model`, { cause: e });
  }
  if (e instanceof sdk.APIError) {
    // The SDK's message already starts with the HTTP status ("500 Server exploded").
    const what = firstLine(e.message);
    return new ConvertError('INTERNAL', `Image generation failed for slide ${slideIndex} (${what}): try again later or use --images offline`, { cause: e });
  }
  return new ConvertError('INTERNAL', `Image generation failed for slide ${slideIndex}: ${firstLine(e)}`, { cause: e });
}

/** The image's own format; PNG (what was asked for) unless it is recognisably JPEG or WebP. */
function sniffExt(b: Uint8Array): GeneratedImage['ext'] {
  const format = imageFormat(b);
  return format === 'jpeg' || format === 'webp' ? format : 'png';
}

function firstLine(e: unknown): string {
  return String(e instanceof Error ? e.message : e).split('\n')[0] ?? '';
}
