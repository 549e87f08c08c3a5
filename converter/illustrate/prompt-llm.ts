/**
 * --prompt-llm: a chat model (any OpenAI-compatible endpoint: OpenAI, a local server, a proxy)
 * writes the subject of each image prompt from the slide's title and notes. The style lock is
 * still appended by us, so the model cannot break the deck's consistency. Answers are cached.
 */
import type OpenAI from 'openai';
import { ArtifactCache } from '../cache/artifact-cache.js';
import { cacheKey } from '../cache/cache-key.js';
import { loadOpenAiSdk, type OpenAiSdk } from '../engines/openai-sdk.js';
import { ConvertError, missingEngine } from '../errors.js';
import { mapLimit } from '../parallel.js';
import type { ResolvedIllustrateOptions } from './options.js';
import { buildPrompt } from './prompt.js';
import { frameKey, type IllustrationPlan } from './plan.js';

export const PROMPT_LLM_SYSTEM =
  'You write prompts for an image generator that illustrates one slide of a lesson. ' +
  'Given the slide title and the speaker notes, describe a single clear scene or object that shows the key concept. ' +
  'One paragraph, at most 60 words, in English. Do not ask for text, letters, labels or numbers in the image. ' +
  'Do not describe an art style or colours (they are fixed separately). Reply with the prompt only.';

const MAX_SUBJECT_CHARS = 700;

/** The chat client for --prompt-llm; a key is required only by the default (OpenAI) endpoint. */
export async function promptLlmClient(o: ResolvedIllustrateOptions): Promise<{ sdk: OpenAiSdk; client: OpenAI }> {
  if (!o.openaiApiKey && !o.promptLlmBaseUrl) {
    throw missingEngine('--prompt-llm needs OPENAI_API_KEY (or an OpenAI-compatible server in OPENAI_BASE_URL): set one or drop --prompt-llm');
  }
  const sdk = await loadOpenAiSdk();
  const client = new sdk({
    // Local OpenAI-compatible servers ignore the key, but the SDK insists on one.
    apiKey: o.openaiApiKey || 'not-needed',
    ...(o.promptLlmBaseUrl ? { baseURL: o.promptLlmBaseUrl } : {}),
    maxRetries: o.maxRetries,
    timeout: o.timeoutMs,
  });
  return { sdk, client };
}

/** Asks the model for one subject (title + notes in, one paragraph out). */
export async function writeSubject({ sdk, client }: { sdk: OpenAiSdk; client: OpenAI }, model: string, title: string, notes: string, signal?: AbortSignal): Promise<string> {
  let reply: string;
  try {
    const res = await client.chat.completions.create(
      {
        model,
        messages: [
          { role: 'system', content: PROMPT_LLM_SYSTEM },
          { role: 'user', content: `Slide title: ${title || '(none)'}\n\nSpeaker notes:\n${notes || '(none)'}` },
        ],
      },
      { signal },
    );
    reply = res.choices[0]?.message?.content ?? '';
  } catch (e) {
    if (e instanceof sdk.AuthenticationError) {
      throw missingEngine(`The prompt LLM endpoint rejected the API key (${e.status}): check OPENAI_API_KEY`, e);
    }
    if (e instanceof sdk.APIUserAbortError) throw new ConvertError('CANCELLED', 'Illustration was cancelled', { cause: e });
    throw new ConvertError('INTERNAL', `The prompt LLM (${model}) failed: ${firstLine(e)}`, { cause: e });
  }
  const subject = reply.replace(/\s+/g, ' ').trim().replace(/^["'“]+|["'”]+$/g, '').trim();
  if (!subject) throw new ConvertError('INTERNAL', `The prompt LLM (${model}) returned an empty answer: try another --prompt-llm-model`);
  return subject.length > MAX_SUBJECT_CHARS ? `${subject.slice(0, MAX_SUBJECT_CHARS).replace(/\s+\S*$/, '')}…` : subject;
}

/**
 * Rewrites the subject of every notes-derived frame with the LLM (directive frames keep theirs)
 * and recomputes prompts and cache keys. Returns a new plan.
 */
export async function applyPromptLlm(
  plan: IllustrationPlan,
  inputs: Map<number, { title: string; notes: string }>,
  o: ResolvedIllustrateOptions,
  signal?: AbortSignal,
): Promise<IllustrationPlan> {
  const client = await promptLlmClient(o);
  const cache = new ArtifactCache(o.cacheDir);
  const frames = await mapLimit(plan.frames, o.concurrency, async (f) => {
    if (f.source === 'directive') return f;
    const input = inputs.get(f.slideIndex) ?? { title: f.concept.title, notes: '' };
    const key = cacheKey({ kind: 'prompt-llm', system: PROMPT_LLM_SYSTEM, model: o.promptLlmModel, base: o.promptLlmBaseUrl, ...input });
    let subject = (await cache.getJson<{ subject: string }>('prompts', key))?.subject;
    if (!subject) {
      subject = await writeSubject(client, o.promptLlmModel, input.title, input.notes, signal);
      await cache.putJson('prompts', key, { subject });
    }
    const prompt = buildPrompt(subject, plan.lock);
    const size = `${f.size.width}x${f.size.height}`;
    return { ...f, subject, source: 'llm' as const, prompt, key: frameKey({ prompt, style: plan.lock.text, provider: plan.provider, model: plan.model, size }) };
  });
  return { ...plan, frames };
}

function firstLine(e: unknown): string {
  return String(e instanceof Error ? e.message : e).split('\n')[0] ?? '';
}
