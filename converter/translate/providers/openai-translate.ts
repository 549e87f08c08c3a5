/**
 * --translator openai: any OpenAI-compatible chat model (OpenAI, or a local server through
 * OPENAI_BASE_URL / --openai-base-url) through the official SDK. A batch goes as a JSON list and must
 * come back as a JSON list of the same length; whether it did, and whether each text kept its marks,
 * is checked by the caller (translate-texts.ts), which asks again text by text when not.
 */
import type OpenAI from 'openai';
import { loadOpenAiSdk } from '../../engines/openai-sdk.js';
import { ConvertError, missingEngine } from '../../errors.js';
import { OPENAI_MAX_CHARS, OPENAI_MAX_ITEMS, OPENAI_TRANSLATE_MODEL } from '../defaults.js';
import { httpStatus, shortMessage } from '../http-errors.js';
import { remoteTranslator } from '../remote-translator.js';
import { languageName } from '../languages.js';
import { OPENAI_MISSING_KEY } from '../credentials.js';
import type { ResolvedTranslateOptions } from '../options.js';
import { UnusableAnswer, type TranslationProvider } from '../translator.js';

/** The instructions: one text per item, marks kept, the content of translate="no" untouched. */
export function systemPrompt(from: string, to: string, count: number): string {
  return [
    `You translate a teacher's lesson from ${languageName(from)} to ${languageName(to)}.`,
    'The user sends JSON {"items": [...]}: each item is one sentence, title or label, written as HTML.',
    `Translate every item on its own and answer with JSON {"translations": [...]} holding exactly ${count} strings, in the same order:`,
    'never merge two items into one and never split one item into two.',
    'Keep every HTML tag exactly as it is (<span translate="no">, <span id="…">, <br>) around the words it belongs to.',
    'Copy the text inside <span translate="no">…</span> unchanged: it is code, a URL, a number, a formula or a fixed term.',
    'Keep the tone of a teacher talking to students. Answer with the JSON only.',
  ].join(' ');
}

/** A chat answer -> the list of translations (a bare list or {"translations": [...]}, fenced or not). */
export function parseAnswer(content: string): string[] {
  const body = content.trim().replace(/^```(?:json)?\s*/iu, '').replace(/\s*```$/u, '');
  let data: unknown;
  try {
    data = JSON.parse(body);
  } catch {
    throw new UnusableAnswer('the answer is not JSON');
  }
  const list = Array.isArray(data) ? data : (data as { translations?: unknown })?.translations;
  if (!Array.isArray(list) || !list.every((s) => typeof s === 'string')) throw new UnusableAnswer('the answer holds no list of translations');
  return list as string[];
}

export async function createOpenAiTranslator(o: ResolvedTranslateOptions): Promise<TranslationProvider> {
  if (!o.openai.apiKey) throw missingEngine(OPENAI_MISSING_KEY);
  const sdk = await loadOpenAiSdk();
  const client = new sdk({ apiKey: o.openai.apiKey, baseURL: o.openai.baseURL, maxRetries: 0, timeout: 180_000 });
  const model = o.model || OPENAI_TRANSLATE_MODEL;
  const host = new URL(o.openai.baseURL).host;

  const once = async (texts: string[], from: string, to: string, signal?: AbortSignal): Promise<string[]> => {
    const body: OpenAI.Chat.ChatCompletionCreateParamsNonStreaming = {
      model,
      temperature: 0,
      response_format: { type: 'json_object' },
      messages: [
        { role: 'system', content: systemPrompt(from, to, texts.length) },
        { role: 'user', content: JSON.stringify({ items: texts }) },
      ],
    };
    const res = await client.chat.completions.create(body, { signal });
    return parseAnswer(res.choices[0]?.message?.content ?? '');
  };

  return remoteTranslator({ name: 'openai', model: `${host} ${model}`, maxItems: OPENAI_MAX_ITEMS, maxChars: OPENAI_MAX_CHARS }, o, once, (e) => explain(e, o, host, model));
}

function explain(e: unknown, o: ResolvedTranslateOptions, host: string, model: string): unknown {
  if (e instanceof ConvertError || e instanceof UnusableAnswer) return e;
  const status = httpStatus(e);
  const message = shortMessage(e);
  if (status === 401 || status === 403) return missingEngine(`The chat server at ${host} refused the API key (${status}: ${message}): check OPENAI_API_KEY`, e);
  if (status === 404) return new ConvertError('BAD_USAGE', `The chat server at ${host} has no model "${model}" (${message}): choose one with --translate-model`, { cause: e });
  if (status === 429 || status >= 500) return new ConvertError('INTERNAL', `The chat server at ${host} kept failing after ${o.retry.retries} retries (${status}: ${message}): try again later`, { cause: e });
  if (status >= 400) return new ConvertError('BAD_USAGE', `The chat server at ${host} refused the request (${status}: ${message})`, { cause: e });
  if (status === 0) return new ConvertError('INTERNAL', `Cannot reach the chat server at ${host} (${message}): check OPENAI_BASE_URL and the network`, { cause: e });
  return e;
}
