/**
 * The one interface every translator implements (Cloud Translation, an OpenAI-compatible chat
 * model, LibreTranslate). A translator is given texts in our markup (markup.ts) and answers one
 * translation per text, in order; batching, caching, checking and repairing are done once for all
 * of them (translate-texts.ts). Adding a translator = one file in providers/ plus one line in
 * registry.ts.
 */
export interface TranslationProvider {
  /** The --translator name. */
  readonly name: string;
  /** What else decides the wording (model, endpoint): part of every cache key. */
  readonly model: string;
  /** Most texts and characters in one request. */
  readonly maxItems: number;
  readonly maxChars: number;
  /** Requests in flight at most. */
  readonly concurrency: number;
  /**
   * Translate `texts` (markup) from `from` to `to` (BCP-47). The answer should hold one text per
   * input; a wrong count is reported by the caller's checks, not here. Rejects with ConvertError
   * for anything the user can act on (credentials, a server that refuses the language).
   */
  translate(texts: string[], from: string, to: string, signal?: AbortSignal): Promise<string[]>;
}

/** An answer that cannot be read as one translation per text (a chat model's prose, broken JSON). */
export class UnusableAnswer extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UnusableAnswer';
  }
}
