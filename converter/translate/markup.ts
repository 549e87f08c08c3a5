/**
 * The form a text takes on its way through a translator: a small HTML subset that Cloud Translation
 * (mimeType text/html), LibreTranslate (format html) and a chat model all carry through intact.
 *   - text is escaped (& < >);
 *   - what must not be translated (code, URLs, numbers, formulas, glossary terms, slide-number
 *     fields) is a <span translate="no">…</span>, the HTML standard's own marker, which Google and
 *     LibreTranslate honour and a chat model is told to keep;
 *   - a run of different formatting inside a slide paragraph is a <span id="gN">…</span>, so the
 *     formatting can follow the words wherever the target language puts them;
 *   - a line break inside a paragraph is <br>.
 * Parsing the answer is lenient about quoting and spacing and drops tags it does not know.
 */

export type Piece =
  | { kind: 'text'; text: string }
  /** Must come back exactly: `text` is what the translation must contain (a glossary term's fixed form). */
  | { kind: 'keep'; text: string }
  | { kind: 'break' }
  /** A formatting group (never nested) holding text and keeps. */
  | { kind: 'group'; id: number; pieces: Piece[] };

/** One piece of a parsed answer: text or a kept piece, with the formatting group it sits in. */
export type OutPiece = { kind: 'text' | 'keep'; text: string; group?: number } | { kind: 'break' };

export function escapeMarkup(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

export function toMarkup(pieces: readonly Piece[]): string {
  return pieces
    .map((p) => {
      switch (p.kind) {
        case 'text':
          return escapeMarkup(p.text);
        case 'keep':
          return `<span translate="no">${escapeMarkup(p.text)}</span>`;
        case 'break':
          return '<br>';
        case 'group':
          return `<span id="g${p.id}">${toMarkup(p.pieces)}</span>`;
      }
    })
    .join('');
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/giu, (whole, name: string) => {
    if (name[0] === '#') {
      const code = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
      return Number.isFinite(code) && code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    return ENTITIES[name.toLowerCase()] ?? whole;
  });
}

const TAG = /<\s*(\/?)\s*([a-z][a-z0-9-]*)([^>]*?)\/?\s*>/giu;
const ATTR = /([a-z_][\w-]*)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+))/giu;

function attributes(raw: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const m of raw.matchAll(ATTR)) out[m[1]!.toLowerCase()] = m[2] ?? m[3] ?? m[4] ?? '';
  return out;
}

/** An answer in markup -> its pieces. Unknown tags are dropped, their text kept. */
export function parseMarkup(markup: string): OutPiece[] {
  const out: OutPiece[] = [];
  // What each open <span> was: a keep, a group, or another span we ignore.
  const open: ({ keep: true } | { group: number } | { other: true })[] = [];
  const current = () => {
    let group: number | undefined;
    let keep = false;
    for (const s of open) {
      if ('keep' in s) keep = true;
      if ('group' in s) group = s.group;
    }
    return { keep, group };
  };
  const pushText = (raw: string) => {
    if (!raw) return;
    const text = decodeEntities(raw);
    const { keep, group } = current();
    const last = out[out.length - 1];
    const kind = keep ? 'keep' : 'text';
    // Text of one group in a row is one piece; each kept span stays a piece of its own.
    if (!keep && last && last.kind === 'text' && last.group === group) last.text += text;
    else out.push(group === undefined ? { kind, text } : { kind, text, group });
  };
  let at = 0;
  for (const m of markup.matchAll(TAG)) {
    pushText(markup.slice(at, m.index));
    at = m.index + m[0].length;
    const closing = m[1] === '/';
    const name = m[2]!.toLowerCase();
    if (name === 'br') {
      out.push({ kind: 'break' });
    } else if (name === 'span' && closing) {
      open.pop();
    } else if (name === 'span') {
      const a = attributes(m[3] ?? '');
      const group = /^g(\d+)$/u.exec(a.id ?? '');
      if ((a.translate ?? '').toLowerCase() === 'no' || /\bnotranslate\b/u.test(a.class ?? '')) open.push({ keep: true });
      else if (group) open.push({ group: Number(group[1]) });
      else open.push({ other: true });
    }
  }
  pushText(markup.slice(at));
  return out.filter((p) => p.kind !== 'text' || p.text !== '');
}

/** The plain text of parsed pieces (breaks as newlines). */
export function plainText(pieces: readonly OutPiece[]): string {
  return pieces.map((p) => (p.kind === 'break' ? '\n' : p.text)).join('');
}

/** Every kept text of a unit, in order. */
export function keptTexts(pieces: readonly Piece[]): string[] {
  return pieces.flatMap((p) => (p.kind === 'keep' ? [p.text] : p.kind === 'group' ? keptTexts(p.pieces) : []));
}

/** Formatting group ids of a unit, in order. */
export function groupIds(pieces: readonly Piece[]): number[] {
  return pieces.flatMap((p) => (p.kind === 'group' ? [p.id] : []));
}
