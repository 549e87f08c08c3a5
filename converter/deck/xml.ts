/**
 * A small, safe XML tree over fast-xml-parser.
 *
 * Safety: OOXML never carries a DTD, so a part with <!DOCTYPE is refused before parsing: no internal
 * entity can expand (billion laughs) and no external entity can be resolved. The parser runs with
 * entity processing off; we decode only the five predefined entities and numeric character references.
 */
import { XMLParser } from 'fast-xml-parser';

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

const parser = new XMLParser({
  preserveOrder: true,
  ignoreAttributes: false,
  attributeNamePrefix: '',
  allowBooleanAttributes: true,
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: false,
  processEntities: false,
  htmlEntities: false,
  ignoreDeclaration: true,
  ignorePiTags: true,
  commentPropName: false,
});

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

type Raw = Record<string, unknown>;

function build(raw: Raw): XmlNode | string | undefined {
  let name: string | undefined;
  for (const k of Object.keys(raw)) {
    if (k !== ':@') {
      name = k;
      break;
    }
  }
  if (name === undefined) return undefined;
  if (name === '#text') return decodeEntities(String(raw['#text'] ?? ''));
  const attrsRaw = (raw[':@'] ?? {}) as Record<string, unknown>;
  const attrs: Record<string, string> = {};
  for (const [k, v] of Object.entries(attrsRaw)) attrs[k] = decodeEntities(String(v));
  const kids = (raw[name] ?? []) as Raw[];
  const children: XmlNode[] = [];
  let text = '';
  for (const k of kids) {
    const b = build(k);
    if (typeof b === 'string') text += b;
    else if (b) children.push(b);
  }
  return new XmlNode(name, attrs, children, text);
}

/** Parse one XML part. Throws XmlError on a DTD or on malformed markup. */
export function parseXml(source: string): XmlNode {
  if (/<!DOCTYPE/i.test(source)) throw new XmlError('XML with a DTD (not allowed in Office files)');
  let raw: Raw[];
  try {
    raw = parser.parse(source) as Raw[];
  } catch (e) {
    throw new XmlError(`malformed XML: ${(e as Error).message.split('\n')[0]}`);
  }
  for (const r of raw) {
    const b = build(r);
    if (b instanceof XmlNode) return b;
  }
  throw new XmlError('malformed XML: no root element');
}
