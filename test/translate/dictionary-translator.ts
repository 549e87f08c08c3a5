/**
 * A translator for stand-in servers: hand-written translations (source sentence -> translation), used
 * the way a real service treats our markup. Kept pieces (<span translate="no">) come back around the
 * same text in the translation; formatting groups cannot be placed by a dictionary and are dropped
 * (as a careless translator would). A text the dictionary lacks comes back unchanged and is recorded.
 */
import { escapeMarkup, parseMarkup } from '../../converter/translate/markup.js';

export type Dictionary = Readonly<Record<string, string>>;

const norm = (s: string) => s.replace(/\s+/gu, ' ').trim();

export class DictionaryTranslator {
  readonly misses: string[] = [];
  readonly seen: string[] = [];

  constructor(private readonly dictionaries: Readonly<Record<string, Dictionary>>) {}

  translate(markup: string, target: string): string {
    const pieces = parseMarkup(markup);
    const plain = norm(pieces.map((p) => (p.kind === 'break' ? ' ' : p.text)).join(''));
    this.seen.push(plain);
    const dict = this.dictionaries[target.toLowerCase().split('-')[0]!] ?? {};
    const found = Object.entries(dict).find(([k]) => norm(k) === plain)?.[1];
    if (found === undefined) {
      this.misses.push(`${target}: ${plain}`);
      return markup;
    }
    let out = escapeMarkup(found);
    let from = 0;
    for (const keep of pieces.flatMap((p) => (p.kind === 'keep' ? [escapeMarkup(p.text)] : []))) {
      const at = findWord(out, keep, from);
      if (at < 0) continue; // the translation lost it: the client's checks must notice
      const span = `<span translate="no">${keep}</span>`;
      out = out.slice(0, at) + span + out.slice(at + keep.length);
      from = at + span.length;
    }
    return out;
  }
}

/** `word` in `text` from `from` (then from the start), not inside a longer number or word. */
function findWord(text: string, word: string, from: number): number {
  const escaped = word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const re = new RegExp(`(?<![\\p{L}\\p{N}])${escaped}(?![\\p{N}])`, 'gu');
  const hits = [...text.matchAll(re)].map((m) => m.index).filter((i) => !insideSpan(text, i));
  return hits.find((i) => i >= from) ?? hits[0] ?? -1;
}

function insideSpan(text: string, at: number): boolean {
  const open = text.lastIndexOf('<span', at);
  return open >= 0 && text.indexOf('</span>', open) > at;
}
