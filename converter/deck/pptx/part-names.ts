/**
 * OPC part names: resolving relationship targets against their source part, safely.
 *
 * A part name is absolute ("/ppt/media/image1.png"), percent-decoded, compared case-insensitively (OPC
 * says part names are ASCII-case-insensitive). Targets are attacker-controlled text, so anything that is
 * not a plain package path (backslashes, drive letters, NULs, URI schemes, climbing above the root) is
 * refused here: the package never maps a target onto the file system or the network.
 */

/** Lookup key for a part name: case-folded as OPC requires. */
export function partKey(name: string): string {
  return name.toLowerCase();
}

/** Percent-decode, leaving malformed escapes as they are (a bad escape is not worth failing a deck). */
export function percentDecode(s: string): string {
  if (s.indexOf('%') < 0) return s;
  try {
    return decodeURIComponent(s);
  } catch {
    return s.replace(/%([0-9a-fA-F]{2})/g, (_m, h: string) => String.fromCharCode(parseInt(h, 16)));
  }
}

/** Zip item name -> absolute part name, or undefined when the name is unusable (traversal, NUL, …). */
export function partNameFromZip(itemName: string): string | undefined {
  return normalise('/' + itemName.replace(/^\/+/, ''));
}

/** The folder that relative targets of `source` resolve against ("/ppt/slides/" for a slide, "/" for the package). */
export function baseFolder(source: string): string {
  const i = source.lastIndexOf('/');
  return i < 0 ? '/' : source.slice(0, i + 1);
}

/** The relationships part that belongs to `source` ("/" means the package itself). */
export function relsPartOf(source: string): string {
  if (source === '/' || source === '') return '/_rels/.rels';
  const i = source.lastIndexOf('/');
  return `${source.slice(0, i + 1)}_rels/${source.slice(i + 1)}.rels`;
}

/**
 * Resolve an internal relationship target. Returns the absolute part name, or undefined when the target
 * tries something a package path never needs (see the file comment).
 */
export function resolveTarget(source: string, rawTarget: string): string | undefined {
  let t = rawTarget.trim();
  // A fragment or query names a place inside the part, not another part.
  t = t.replace(/[#?].*$/, '');
  if (t === '') return undefined;
  if (/^[a-zA-Z][a-zA-Z0-9+.-]*:/.test(t)) return undefined; // scheme or drive letter (file:, http:, C:)
  if (t.startsWith('//')) return undefined; // network-path reference
  const path = t.startsWith('/') ? t : baseFolder(source) + t;
  return normalise(path);
}

/** Collapse "." and ".." segments of an absolute path; undefined if it climbs above the root or is unsafe. */
function normalise(path: string): string | undefined {
  const decoded = percentDecode(path);
  if (/[\\\0]/.test(decoded) || /[\\\0]/.test(path)) return undefined;
  const out: string[] = [];
  for (const seg of decoded.split('/')) {
    if (seg === '' || seg === '.') continue;
    if (seg === '..') {
      if (out.length === 0) return undefined;
      out.pop();
      continue;
    }
    out.push(seg);
  }
  if (out.length === 0) return undefined;
  return '/' + out.join('/');
}
