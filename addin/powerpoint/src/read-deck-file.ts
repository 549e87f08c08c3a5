/**
 * Reading the open presentation as .pptx bytes: Document.getFileAsync(Compressed) hands the file
 * out in slices (at most 4 MB each), read one after the other. Office allows one open file per
 * add-in, so the file is closed in every case, errors included; otherwise the next export fails.
 */
import type { AsyncCallback, OfficeFile, OfficeLike, OfficeSlice } from './office-api.js';
import { officeError, PaneError } from './pane-error.js';

/** The largest slice Office hands out (4 MB). */
export const SLICE_SIZE = 4 * 1024 * 1024;

function call<T>(office: OfficeLike, action: string, start: (cb: AsyncCallback<T>) => void): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    start((result) => {
      if (result.status === office.AsyncResultStatus.Succeeded) resolve(result.value);
      else reject(officeError(action, result.error));
    });
  });
}

function sliceBytes(slice: OfficeSlice): Uint8Array {
  const data = slice.data;
  if (data instanceof ArrayBuffer) return new Uint8Array(data);
  if (data instanceof Uint8Array) return data;
  return Uint8Array.from(data as ArrayLike<number>);
}

export interface ReadProgress {
  (slicesRead: number, sliceCount: number): void;
}

export async function readOpenDeck(office: OfficeLike, onProgress?: ReadProgress): Promise<Uint8Array> {
  const file = await call<OfficeFile>(office, 'read the presentation', (cb) =>
    office.context.document.getFileAsync(office.FileType.Compressed, { sliceSize: SLICE_SIZE }, cb),
  );
  try {
    const parts: Uint8Array[] = [];
    let total = 0;
    for (let i = 0; i < file.sliceCount; i++) {
      const slice = await call<OfficeSlice>(office, `read part ${i + 1} of ${file.sliceCount} of the presentation`, (cb) => file.getSliceAsync(i, cb));
      const bytes = sliceBytes(slice);
      parts.push(bytes);
      total += bytes.length;
      onProgress?.(i + 1, file.sliceCount);
    }
    if (total === 0) throw new PaneError('PowerPoint gave an empty file: save the presentation and try again');
    if (file.size > 0 && total !== file.size) {
      throw new PaneError(`PowerPoint gave ${total} of the presentation's ${file.size} bytes: save it and try again`);
    }
    const out = new Uint8Array(total);
    let at = 0;
    for (const p of parts) {
      out.set(p, at);
      at += p.length;
    }
    return out;
  } finally {
    await closeFile(file);
  }
}

/**
 * Close the file and wait for Office to confirm. A failed close is not worth failing an export
 * whose bytes are already read (and a read error matters more than a close error).
 */
function closeFile(file: OfficeFile): Promise<void> {
  return new Promise<void>((resolve) => {
    try {
      file.closeAsync(() => resolve());
    } catch {
      resolve();
    }
  });
}

/** The presentation's file name from Document.url (a path or URL), for titles and downloads. */
export function deckFileName(url: string | null | undefined): string {
  const last = (url ?? '').split(/[?#]/)[0]?.split(/[\\/]/).pop() ?? '';
  let name: string;
  try {
    name = decodeURIComponent(last).trim();
  } catch {
    name = last.trim();
  }
  if (!name) return 'presentation.pptx';
  return /\.(pptx|ppsx|pptm|potx)$/i.test(name) ? name : `${name}.pptx`;
}
