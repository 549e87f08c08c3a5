/**
 * A small, safe XML tree, read by a hand-written single-pass scanner.
 *
 * Why hand-written: deck reading is a fixed cost before every render, and a scanner that jumps with
 * indexOf and builds XmlNode directly is several times faster than a general parser plus a tree rebuild.
 *
 * Safety: OOXML never carries a DTD, so a part with <!DOCTYPE is refused before parsing: no internal
 * entity can expand (billion laughs) and no external entity can be resolved. Only the five predefined
 * entities and numeric character references are decoded. The scanner keeps its own stack (no recursion),
 * so hostile nesting cannot overflow the call stack, and every step moves forward: linear time.
 *
 * Kept from the previous parser (fast-xml-parser) so trees stay identical: line ends are normalized to
 * \n (as XML requires), whitespace-only text between elements is kept, an attribute without a value reads
 * "true", comments / processing instructions / the declaration are skipped.
 */

export class XmlError extends Error {}

export class XmlNode {
  constructor(
    readonly name: string,
    readonly attrs: Record<string, string>,
    readonly children: XmlNode[],
    /** Direct text content (entities decoded), concatenated. */
    readonly text: string,
  ) {}

  /** Local name without the namespace prefix. */
  get local(): string {
    const i = this.name.indexOf(':');
    return i < 0 ? this.name : this.name.slice(i + 1);
  }

  /** First child element with this qualified name. */
  child(name: string): XmlNode | undefined {
    for (const c of this.children) if (c.name === name) return c;
    return undefined;
  }

  /** All child elements with this qualified name (all elements when omitted). */
  all(name?: string): XmlNode[] {
    return name === undefined ? this.children : this.children.filter((c) => c.name === name);
  }

  /** Follow a chain of child names: node.path('p:cSld', 'p:spTree'). */
  path(...names: string[]): XmlNode | undefined {
    // eslint-disable-next-line @typescript-eslint/no-this-alias -- the walk starts at this node
    let n: XmlNode | undefined = this;
    for (const name of names) {
      n = n.child(name);
      if (!n) return undefined;
    }
    return n;
  }

  attr(name: string): string | undefined {
    return this.attrs[name];
  }

  /** Integer/decimal attribute, or the fallback when absent or not a finite number. */
  num(name: string, fallback: number): number;
  num(name: string): number | undefined;
  num(name: string, fallback?: number): number | undefined {
    const v = this.attrs[name];
    if (v === undefined) return fallback;
    const n = Number(v);
    return Number.isFinite(n) ? n : fallback;
  }

  /** xsd:boolean attribute ("1"/"true"/"on" are true). */
  bool(name: string, fallback: boolean): boolean {
    const v = this.attrs[name];
    if (v === undefined) return fallback;
    return v === '1' || v === 'true' || v === 'on';
  }

  /** Depth-first search for descendants with this name. */
  descendants(name: string, out: XmlNode[] = []): XmlNode[] {
    for (const c of this.children) {
      if (c.name === name) out.push(c);
      c.descendants(name, out);
    }
    return out;
  }

  /** All text below this node, in document order. */
  deepText(): string {
    return this.text + this.children.map((c) => c.deepText()).join('');
  }
}

const ENTITY = /&(#x[0-9a-fA-F]+|#[0-9]+|amp|lt|gt|quot|apos);/g;

export function decodeEntities(s: string): string {
  if (s.indexOf('&') < 0) return s;
  return s.replace(ENTITY, (_m, e: string) => {
    switch (e) {
      case 'amp': return '&';
      case 'lt': return '<';
      case 'gt': return '>';
      case 'quot': return '"';
      case 'apos': return "'";
    }
    const code = e[1] === 'x' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10);
    return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : '';
  });
}

// ------------------------------------------------------------ character classes

const NAME_START = 1;
const NAME_CHAR = 2;
const SPACE = 4;
/** Classes of the ASCII characters; wider ones go through wideName(). */
const ASCII = new Uint8Array(128);
for (let c = 0; c < 128; c++) {
  const ch = String.fromCharCode(c);
  if (/[A-Za-z_:]/.test(ch)) ASCII[c] = NAME_START | NAME_CHAR;
  else if (/[0-9.-]/.test(ch)) ASCII[c] = NAME_CHAR;
  else if (ch === ' ' || ch === '\t' || ch === '\n' || ch === '\r') ASCII[c] = SPACE;
}

/** XML 1.0 name characters above ASCII (UTF-16 surrogates accepted as the astral planes' halves). */
function wideName(c: number, start: boolean): boolean {
  if ((c >= 0xc0 && c <= 0x2ff && c !== 0xd7 && c !== 0xf7) || (c >= 0x370 && c <= 0x1fff && c !== 0x37e)) return true;
  if (c === 0x200c || c === 0x200d || (c >= 0x2070 && c <= 0x218f) || (c >= 0x2c00 && c <= 0x2fef)) return true;
  if ((c >= 0x3001 && c <= 0xdbff) || (c >= 0xf900 && c <= 0xfdcf) || (c >= 0xfdf0 && c <= 0xfffd)) return true;
  if (start) return false;
  return c === 0xb7 || (c >= 0x300 && c <= 0x36f) || c === 0x203f || c === 0x2040 || (c >= 0xdc00 && c <= 0xdfff);
}

// NaN (past the end) is in no class: every loop below stops at the end of the input.
const isNameStart = (c: number): boolean => (c < 128 ? (ASCII[c] & NAME_START) !== 0 : wideName(c, true));
const isNameChar = (c: number): boolean => (c < 128 ? (ASCII[c] & NAME_CHAR) !== 0 : wideName(c, false));
const isSpace = (c: number): boolean => c < 128 && (ASCII[c] & SPACE) !== 0;

// ------------------------------------------------------------ errors

/** Names are shown in messages; cap them so a hostile 1 MB name makes a short message. */
const shown = (name: string): string => (name.length > 60 ? `${name.slice(0, 60)}...` : name);

function fail(s: string, at: number, what: string): never {
  let line = 1;
  for (let i = s.indexOf('\n'); i >= 0 && i < at; i = s.indexOf('\n', i + 1)) line++;
  throw new XmlError(`malformed XML: ${what} (line ${line})`);
}

function blank(s: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (!isSpace(s.charCodeAt(i))) return false;
  return true;
}

// ------------------------------------------------------------ the scanner

export interface ParseXmlOptions {
  /**
   * Deepest element nesting accepted (the root is level 1). The scanner itself handles any depth, but
   * the deck reader walks trees recursively (groups in groups), so a hostile part nested thousands deep
   * must be refused here, as a malformed part, rather than overflow the stack later. Real parts stay
   * far below: the deepest in the shared corpus is 24 levels.
   */
  maxDepth?: number;
  /**
   * Most elements accepted in one part. A 128 MB part of tiny elements would be tens of millions of
   * nodes, several GB of memory; the largest part in the shared corpus has 79,410 elements (a cap of 1,000,000
   * costs at most ~450 MB and a few seconds; a synthetic 10 MB slide of 40,000 shapes has ~500,000).
   */
  maxElements?: number;
}

export const DEFAULT_MAX_XML_DEPTH = 256;
export const DEFAULT_MAX_XML_ELEMENTS = 1_000_000;

/** Parse one XML part. Throws XmlError on a DTD or on malformed markup. */
export function parseXml(source: string, options: ParseXmlOptions = {}): XmlNode {
  if (/<!DOCTYPE/i.test(source)) throw new XmlError('XML with a DTD (not allowed in Office files)');
  try {
    const text = source.indexOf('\r') < 0 ? source : source.replace(/\r\n?/g, '\n');
    return scan(text, options.maxDepth ?? DEFAULT_MAX_XML_DEPTH, options.maxElements ?? DEFAULT_MAX_XML_ELEMENTS);
  } catch (e) {
    if (e instanceof XmlError) throw e;
    // Not expected (the scanner only throws XmlError); keeps the contract if the engine gives up.
    throw new XmlError(`malformed XML: ${String((e as Error)?.message ?? e).split('\n')[0]}`);
  }
}

function scan(s: string, maxDepth: number, maxElements: number): XmlNode {
  let elements = 0;
  const n = s.length;
  // The open elements: the innermost one lives in the four variables, its ancestors on the stacks.
  const names: string[] = [];
  const attrStack: Record<string, string>[] = [];
  const kidStack: XmlNode[][] = [];
  const textStack: string[] = [];
  let depth = 0;
  let name = '';
  let attrs: Record<string, string> = {};
  let kids: XmlNode[] = [];
  let text = '';
  /** Raw text not yet decoded: a comment does not end a text run (so entities decode as before). */
  let pend = '';
  let root: XmlNode | undefined;
  let pos = s.charCodeAt(0) === 0xfeff ? 1 : 0;

  for (;;) {
    const lt = s.indexOf('<', pos);
    const stop = lt < 0 ? n : lt;
    if (stop > pos) {
      if (depth > 0) pend = pend === '' ? s.slice(pos, stop) : pend + s.slice(pos, stop);
      else if (!blank(s, pos, stop)) fail(s, pos, root ? 'text after the root element' : 'text before the root element');
    }
    if (lt < 0) break;
    const c = s.charCodeAt(lt + 1);

    if (c === 47) { // '</'
      if (depth === 0) fail(s, lt, 'end tag without a start tag');
      let j = lt + 2;
      if (!s.startsWith(name, j) || isNameChar(s.charCodeAt(j + name.length))) {
        let e = j;
        while (isNameChar(s.charCodeAt(e))) e++;
        fail(s, lt, `end tag </${shown(s.slice(j, e))}> does not match <${shown(name)}>`);
      }
      j += name.length;
      while (isSpace(s.charCodeAt(j))) j++;
      if (s.charCodeAt(j) !== 62) fail(s, lt, `end tag </${shown(name)}> is not closed by '>'`);
      if (pend !== '') {
        text += decodeEntities(pend);
        pend = '';
      }
      const node = new XmlNode(name, attrs, kids, text);
      if (--depth === 0) root = node;
      else {
        name = names.pop() as string;
        attrs = attrStack.pop() as Record<string, string>;
        kids = kidStack.pop() as XmlNode[];
        text = textStack.pop() as string;
        kids.push(node);
      }
      pos = j + 1;
    } else if (c === 33) { // '<!'
      if (s.startsWith('--', lt + 2)) {
        const e = s.indexOf('-->', lt + 4);
        if (e < 0) fail(s, lt, 'comment is not closed');
        pos = e + 3;
      } else if (s.startsWith('[CDATA[', lt + 2)) {
        if (depth === 0) fail(s, lt, 'CDATA section outside the root element');
        const e = s.indexOf(']]>', lt + 9);
        if (e < 0) fail(s, lt, 'CDATA section is not closed');
        if (pend !== '') {
          text += decodeEntities(pend);
          pend = '';
        }
        text += s.slice(lt + 9, e); // CDATA is literal: no entity decoding
        pos = e + 3;
      } else {
        fail(s, lt, "'<!' that starts neither a comment nor a CDATA section");
      }
    } else if (c === 63) { // '<?'
      if (!isNameStart(s.charCodeAt(lt + 2))) fail(s, lt, 'processing instruction without a target name');
      const e = s.indexOf('?>', lt + 2);
      if (e < 0) fail(s, lt, 'processing instruction is not closed');
      if (pend !== '') {
        text += decodeEntities(pend);
        pend = '';
      }
      pos = e + 2;
    } else if (isNameStart(c)) { // start tag
      if (depth === 0 && root) fail(s, lt, 'a second root element');
      if (depth >= maxDepth) fail(s, lt, `elements nested deeper than ${maxDepth} levels`);
      if (++elements > maxElements) throw new XmlError(`more than ${maxElements.toLocaleString('en-US')} elements (too complex to read safely)`);
      if (pend !== '') {
        text += decodeEntities(pend);
        pend = '';
      }
      let j = lt + 2;
      while (isNameChar(s.charCodeAt(j))) j++;
      const tag = s.slice(lt + 1, j);
      const at: Record<string, string> = {};
      let empty = false;
      for (;;) {
        const gap = j;
        while (isSpace(s.charCodeAt(j))) j++;
        const ch = s.charCodeAt(j);
        if (ch === 62) { // '>'
          j++;
          break;
        }
        if (ch === 47) { // '/>'
          if (s.charCodeAt(j + 1) !== 62) fail(s, j, `'/' not followed by '>' in <${shown(tag)}>`);
          empty = true;
          j += 2;
          break;
        }
        if (j >= n) fail(s, lt, `start tag <${shown(tag)}> is not closed`);
        if (j === gap || !isNameStart(ch)) fail(s, j, `unexpected character in start tag <${shown(tag)}>`);
        const a0 = j++;
        while (isNameChar(s.charCodeAt(j))) j++;
        const an = s.slice(a0, j);
        let k = j;
        while (isSpace(s.charCodeAt(k))) k++;
        let value = 'true'; // a bare attribute name, as fast-xml-parser's allowBooleanAttributes read it
        if (s.charCodeAt(k) === 61) { // '='
          k++;
          while (isSpace(s.charCodeAt(k))) k++;
          const q = s.charCodeAt(k);
          if (q !== 34 && q !== 39) fail(s, k, `attribute ${shown(an)} of <${shown(tag)}> has no quoted value`);
          const e = s.indexOf(q === 34 ? '"' : "'", k + 1);
          if (e < 0) fail(s, k, `value of attribute ${shown(an)} of <${shown(tag)}> is not closed`);
          const raw = s.slice(k + 1, e);
          value = raw.indexOf('&') < 0 ? raw : decodeEntities(raw);
          j = e + 1;
        }
        // A repeated attribute is not well-formed, but the previous parser kept the last value and callers
        // rely on it (snippets that add namespaces twice): same here. "__proto__" stays an own property,
        // so no attribute can reach the prototype.
        if (an === '__proto__') Object.defineProperty(at, an, { value, enumerable: true, writable: true, configurable: true });
        else at[an] = value;
      }
      if (empty) {
        const node = new XmlNode(tag, at, [], '');
        if (depth === 0) root = node;
        else kids.push(node);
      } else {
        if (depth > 0) {
          names.push(name);
          attrStack.push(attrs);
          kidStack.push(kids);
          textStack.push(text);
        }
        depth++;
        name = tag;
        attrs = at;
        kids = [];
        text = '';
      }
      pos = j;
    } else {
      fail(s, lt, "'<' not followed by a tag name");
    }
  }
  if (depth > 0) fail(s, n, `element <${shown(name)}> is not closed`);
  if (!root) throw new XmlError('malformed XML: no root element');
  return root;
}
