/**
 * An opened OPC package (the inside of a .pptx): parts by name, content types, relationships, and the
 * deck's repair log. Everything is already inflated (see open-package.ts), so every call is synchronous.
 *
 * Robustness rule, as PowerPoint does when it "repairs" a file: a missing or unreadable part or
 * relationship is never fatal here; callers get undefined / [] and the problem is logged once.
 */
import { parseXml, XmlError, type XmlNode } from '../xml.js';
import { partKey, partNameFromZip, relsPartOf, resolveTarget } from './part-names.js';

export interface Relationship {
  id: string;
  type: string;
  /** Absolute part name ("/ppt/media/image1.png") when internal; the raw URL when external. */
  target: string;
  external: boolean;
}

export class Package {
  /** Absolute part names ("/ppt/slides/slide1.xml"), in zip order. */
  readonly parts: string[];
  readonly warnings: string[] = [];

  private readonly data = new Map<string, Uint8Array>();
  private readonly names = new Map<string, string>();
  private readonly xmlCache = new Map<string, XmlNode | null>();
  private readonly relsCache = new Map<string, Relationship[]>();
  private readonly warned = new Set<string>();
  private readonly defaults = new Map<string, string>();
  private readonly overrides = new Map<string, string>();

  /**
   * @param entries absolute part names -> inflated bytes. Parts listed with undefined bytes exist but were
   *   deliberately not inflated (embedded video/audio): `has` is true, `bytes` undefined.
   */
  constructor(entries: Iterable<[string, Uint8Array | undefined]>) {
    const parts: string[] = [];
    for (const [name, bytes] of entries) {
      const key = partKey(name);
      if (this.names.has(key)) {
        this.warn(`ignored a duplicate part ${name}`);
        continue;
      }
      this.names.set(key, name);
      if (bytes) this.data.set(key, bytes);
      parts.push(name);
    }
    this.parts = parts;
    this.readContentTypes();
  }

  /** A package from plain files (zip item names or part names -> bytes or text); handy for tests. */
  static fromFiles(files: Record<string, Uint8Array | string>): Package {
    const enc = new TextEncoder();
    const entries: [string, Uint8Array][] = [];
    for (const [name, v] of Object.entries(files)) {
      const part = partNameFromZip(name);
      if (part) entries.push([part, typeof v === 'string' ? enc.encode(v) : v]);
    }
    return new Package(entries);
  }

  has(part: string): boolean {
    return this.names.has(partKey(part));
  }

  /** The part's name as the package spells it (lookups are case-insensitive); undefined when absent. */
  partName(part: string): string | undefined {
    return this.names.get(partKey(part));
  }

  bytes(part: string): Uint8Array | undefined {
    return this.data.get(partKey(part));
  }

  /** The part as text: UTF-8 by default, UTF-16 when it starts with a byte-order mark. */
  text(part: string): string | undefined {
    const b = this.bytes(part);
    if (!b) return undefined;
    if (b.length >= 2 && b[0] === 0xff && b[1] === 0xfe) return new TextDecoder('utf-16le').decode(b.subarray(2));
    if (b.length >= 2 && b[0] === 0xfe && b[1] === 0xff) return new TextDecoder('utf-16be').decode(b.subarray(2));
    return new TextDecoder('utf-8').decode(b); // strips a UTF-8 BOM itself
  }

  /** Parsed XML of a part (cached). Missing or malformed parts give undefined and one warning. */
  xml(part: string): XmlNode | undefined {
    const key = partKey(part);
    const cached = this.xmlCache.get(key);
    if (cached !== undefined) return cached ?? undefined;
    let node: XmlNode | null = null;
    const src = this.text(part);
    if (src === undefined) {
      this.warn(`missing part ${part}: skipped`);
    } else {
      try {
        node = parseXml(src);
      } catch (e) {
        const why = e instanceof XmlError ? e.message : String(e);
        this.warn(`skipped part ${this.names.get(key) ?? part}: ${why}`);
      }
    }
    this.xmlCache.set(key, node);
    return node ?? undefined;
  }

  contentType(part: string): string | undefined {
    const key = partKey(part);
    const o = this.overrides.get(key);
    if (o) return o;
    const dot = key.lastIndexOf('.');
    return dot < 0 || dot < key.lastIndexOf('/') ? undefined : this.defaults.get(key.slice(dot + 1));
  }

  /** Relationships of a part ("/" for the package-level ones); [] when it has none. */
  rels(part: string): Relationship[] {
    const source = part === '' ? '/' : part;
    const key = partKey(source);
    const cached = this.relsCache.get(key);
    if (cached) return cached;
    const list: Relationship[] = [];
    this.relsCache.set(key, list);
    const relsPart = relsPartOf(source);
    if (!this.has(relsPart)) return list;
    const root = this.xml(relsPart);
    if (!root) return list;
    for (const r of root.children) {
      if (r.local !== 'Relationship') continue;
      const id = r.attr('Id');
      const type = r.attr('Type') ?? '';
      const raw = r.attr('Target');
      if (!id || raw === undefined) continue;
      if ((r.attr('TargetMode') ?? '').toLowerCase() === 'external') {
        // Kept as text only: never fetched, never opened (it may be file:///etc/passwd or a tracking URL).
        list.push({ id, type, target: raw, external: true });
        continue;
      }
      // "#bookmark" targets (hyperlinks pasted from Word) point at no part: nothing to resolve, nothing to say.
      if (raw.trim().startsWith('#')) continue;
      const target = resolveTarget(source, raw);
      if (!target) {
        this.warn(`ignored relationship ${id} of ${source}: target "${raw.slice(0, 80)}" is not inside the package`);
        continue;
      }
      list.push({ id, type, target, external: false });
    }
    return list;
  }

  rel(part: string, rId: string): Relationship | undefined {
    return this.rels(part).find((r) => r.id === rId);
  }

  /** The internal part a relationship points to, if that part exists (warns once when it does not). */
  target(part: string, rId: string): string | undefined {
    const r = this.rel(part, rId);
    if (!r) {
      this.warn(`missing relationship ${rId} in ${part}: element skipped`);
      return undefined;
    }
    if (r.external) return undefined;
    const canonical = this.names.get(partKey(r.target));
    if (!canonical) {
      this.warn(`missing part ${r.target} (from ${part}): element skipped`);
      return undefined;
    }
    return canonical;
  }

  /** Relationships whose type ends with the suffix, e.g. '/slideLayout' or '/notesSlide'. */
  relsOfType(part: string, typeSuffix: string): Relationship[] {
    return this.rels(part).filter((r) => r.type.endsWith(typeSuffix));
  }

  /** Record a repair or unsupported feature; each distinct message is kept once. */
  warn(message: string): void {
    if (this.warned.has(message)) return;
    this.warned.add(message);
    this.warnings.push(message);
  }

  private readContentTypes(): void {
    const ct = '/[Content_Types].xml';
    if (!this.has(ct)) {
      this.warn('the package has no [Content_Types].xml: content types guessed from file names');
      return;
    }
    const root = this.xml(ct);
    if (!root) return;
    for (const c of root.children) {
      const type = c.attr('ContentType');
      if (!type) continue;
      if (c.local === 'Default') {
        const ext = c.attr('Extension');
        if (ext) this.defaults.set(ext.toLowerCase(), type.trim());
      } else if (c.local === 'Override') {
        const name = c.attr('PartName');
        const part = name ? partNameFromZip(name) : undefined;
        if (part) this.overrides.set(partKey(part), type.trim());
      }
    }
  }
}
