/**
 * A Google Slides deck id from what users paste: the bare id, or the address of the deck as the
 * browser shows it (docs.google.com/presentation/d/ID/edit#slide=…, …/u/1/d/ID/…, drive.google.com
 * open?id=ID or file/d/ID/view). Checked here so a typo is a usage error, not a confusing 404.
 */
import { ConvertError } from '../../errors.js';

/** Drive file ids: letters, digits, '-' and '_' (44 characters today; older files have shorter ones). */
const ID = /^[A-Za-z0-9_-]{10,200}$/;

export function parseDeckId(text: string): string {
  const s = text.trim();
  if (ID.test(s)) return s;
  const fromUrl = idFromUrl(s);
  if (fromUrl && ID.test(fromUrl)) return fromUrl;
  throw new ConvertError(
    'BAD_USAGE',
    `"${s.slice(0, 80)}" is not a Google Slides deck id or link; give the id from the deck's address (docs.google.com/presentation/d/ID/edit) or the whole address`,
  );
}

function idFromUrl(s: string): string | undefined {
  let url: URL;
  try {
    url = new URL(/^[a-z][a-z0-9+.-]*:/i.test(s) ? s : `https://${s}`);
  } catch {
    return undefined;
  }
  if (!/(^|\.)google\.com$/i.test(url.hostname)) return undefined;
  const parts = url.pathname.split('/').filter(Boolean);
  const d = parts.indexOf('d');
  if (d >= 0 && parts[d + 1]) return decodeURIComponent(parts[d + 1]!);
  return url.searchParams.get('id') ?? undefined;
}
