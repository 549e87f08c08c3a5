/**
 * A local stand-in for the translation services, answering in each one's own shape: Cloud
 * Translation v3 (projects/…:translateText) and v2 (language/translate/v2, answers wrapped in
 * "data"), LibreTranslate (POST /translate) and an OpenAI-compatible chat model (POST
 * /chat/completions). Texts are translated by a DictionaryTranslator.
 */
import { startStandIn, type Recorded, type Reply, type StandIn } from '../narrate/stand-in.js';
import { DictionaryTranslator, type Dictionary } from './dictionary-translator.js';

const json = (body: unknown, status = 200): Reply => ({ status, headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });

export interface TranslationStandIn extends StandIn {
  translator: DictionaryTranslator;
}

export function answer(req: Recorded, t: DictionaryTranslator): Reply {
  const body = JSON.parse(req.body || '{}') as Record<string, unknown>;
  const path = req.url.split('?')[0]!;
  if (/^\/v3\/projects\/[^/]+(\/locations\/[^/:]+)?:translateText$/.test(path)) {
    const contents = body.contents as string[];
    return json({ translations: contents.map((c) => ({ translatedText: t.translate(c, String(body.targetLanguageCode)) })) });
  }
  if (path === '/language/translate/v2') {
    const q = body.q as string[];
    return json({ data: { translations: q.map((c) => ({ translatedText: t.translate(c, String(body.target)) })) } });
  }
  if (path.endsWith('/translate')) {
    const q = body.q as string[] | string;
    const list = (Array.isArray(q) ? q : [q]).map((c) => t.translate(c, String(body.target)));
    return json({ translatedText: Array.isArray(q) ? list : list[0] });
  }
  if (path.endsWith('/chat/completions')) {
    const messages = body.messages as { role: string; content: string }[];
    const target = /to [A-Za-z]+ \(([^)]+)\)/.exec(messages[0]!.content)?.[1] ?? 'es';
    const items = (JSON.parse(messages[1]!.content) as { items: string[] }).items;
    const content = JSON.stringify({ translations: items.map((c) => t.translate(c, target)) });
    return json({ id: 'chat-1', object: 'chat.completion', created: 0, model: String(body.model), choices: [{ index: 0, finish_reason: 'stop', message: { role: 'assistant', content } }] });
  }
  return json({ error: { code: 404, message: `no such endpoint ${path}` } }, 404);
}

export async function startTranslationStandIn(dictionaries: Readonly<Record<string, Dictionary>>): Promise<TranslationStandIn> {
  const translator = new DictionaryTranslator(dictionaries);
  const server = await startStandIn((req) => answer(req, translator));
  return Object.assign(server, { translator });
}
