/**
 * The openai SDK, imported on first use (~150 ms of start-up): reading options, planning and offline
 * runs never load it. Only the SDK is imported lazily, never one of our modules, so that every module
 * of ours exists once (a lazily imported copy of errors.ts would make `instanceof ConvertError` fail).
 */
import type OpenAI from 'openai';

export type OpenAiSdk = typeof OpenAI;

let loading: Promise<OpenAiSdk> | undefined;

export function loadOpenAiSdk(): Promise<OpenAiSdk> {
  loading ??= import('openai').then((m) => m.default);
  return loading;
}
