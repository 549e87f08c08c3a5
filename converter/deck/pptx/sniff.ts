/**
 * What kind of file did the user give us? Decided from magic bytes (and, for OLE compound files, the
 * names of their streams), so that the error says what to do: re-save, remove the password, convert
 * a .ppt, or pick the right file. Also maps a package's main content type to the deck format.
 */
import type { DeckFormat } from '../model.js';

export type InputKind =
  | 'zip'
  | 'encrypted' // OLE container holding EncryptedPackage: a password-protected .pptx/.docx/.xlsx
  | 'ppt' // PowerPoint 97-2003 binary
  | 'doc'
  | 'xls'
  | 'ole' // some other OLE compound file
  | 'pdf'
  | 'empty'
  | 'unknown';

export const MESSAGES = {
  damaged: 'this file is damaged or not a complete PowerPoint file; open it in PowerPoint, save it again as .pptx and retry',
  encrypted: 'this deck is password-protected; save an unprotected copy (File > Info > Protect Presentation) and try again',
  ppt: 'this is a PowerPoint 97-2003 .ppt file; open it in PowerPoint and save it as .pptx (File > Save As), then try again',
  doc: 'this is a Word 97-2003 document, not a presentation; give a PowerPoint .pptx file',
  xls: 'this is an Excel 97-2003 workbook, not a presentation; give a PowerPoint .pptx file',
  ole: 'this is an old-style Office file, not a .pptx presentation; open it in its program and save it as .pptx',
  pdf: 'this is a PDF, not a presentation; give the PowerPoint .pptx file the PDF was made from',
  empty: 'this file is empty; give a PowerPoint .pptx file',
  unknown: 'this is not a PowerPoint .pptx file; open the deck in PowerPoint (or export it from Google Slides) as .pptx and try again',
  docx: 'this is a Word document (.docx), not a presentation; give a PowerPoint .pptx file',
  xlsx: 'this is an Excel workbook (.xlsx), not a presentation; give a PowerPoint .pptx file',
  odp: 'this is an OpenDocument presentation (.odp); save it as .pptx (File > Save As > PowerPoint) and try again',
  otherZip: 'this ZIP file is not a PowerPoint presentation (it has no ppt/presentation.xml); give a .pptx file',
  noSlides: 'the deck has no slides; add at least one slide, save it and try again',
} as const;

const OLE_MAGIC = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

function startsWith(data: Uint8Array, magic: number[]): boolean {
  if (data.length < magic.length) return false;
  return magic.every((b, i) => data[i] === b);
}

/** True when the UTF-16LE form of `name` occurs in the data (OLE directory entries store names so). */
function hasUtf16Name(data: Uint8Array, name: string): boolean {
  return Buffer.from(data.buffer, data.byteOffset, data.byteLength).indexOf(Buffer.from(name, 'utf16le')) >= 0;
}

export function sniffInput(data: Uint8Array): InputKind {
  if (data.length === 0) return 'empty';
  if (data[0] === 0x50 && data[1] === 0x4b) return 'zip'; // "PK": local header, empty archive, or spanned
  if (startsWith(data, OLE_MAGIC)) {
    // Best effort: the directory's stream names tell an encrypted OOXML package from legacy binaries.
    if (hasUtf16Name(data, 'EncryptedPackage') || hasUtf16Name(data, 'EncryptionInfo')) return 'encrypted';
    if (hasUtf16Name(data, 'PowerPoint Document')) return 'ppt';
    if (hasUtf16Name(data, 'WordDocument')) return 'doc';
    if (hasUtf16Name(data, 'Workbook') || hasUtf16Name(data, 'Book')) return 'xls';
    return 'ole';
  }
  if (startsWith(data, [0x25, 0x50, 0x44, 0x46])) return 'pdf'; // %PDF
  return 'unknown';
}

/** The one-line error for inputs that are not a zip at all. */
export function notZipMessage(kind: Exclude<InputKind, 'zip'>): string {
  return MESSAGES[kind];
}

const MAIN_TYPES: Record<string, DeckFormat> = {
  'application/vnd.openxmlformats-officedocument.presentationml.presentation.main+xml': 'pptx',
  'application/vnd.openxmlformats-officedocument.presentationml.template.main+xml': 'pptx',
  'application/vnd.openxmlformats-officedocument.presentationml.slideshow.main+xml': 'ppsx',
  'application/vnd.ms-powerpoint.presentation.macroenabled.main+xml': 'pptm',
  'application/vnd.ms-powerpoint.slideshow.macroenabled.main+xml': 'pptm',
  'application/vnd.ms-powerpoint.template.macroenabled.main+xml': 'pptm',
  'application/vnd.ms-powerpoint.addin.macroenabled.main+xml': 'pptm',
};

/** Deck format from the main part's content type; undefined when it is not a presentation type. */
export function formatOfContentType(contentType: string | undefined): DeckFormat | undefined {
  return contentType ? MAIN_TYPES[contentType.toLowerCase()] : undefined;
}

/** For a zip whose main document is not a presentation: which message fits. */
export function otherDocumentMessage(contentType: string | undefined, hasOdfMimetype: boolean): string {
  const t = (contentType ?? '').toLowerCase();
  if (t.includes('wordprocessingml') || t.startsWith('application/vnd.ms-word')) return MESSAGES.docx;
  if (t.includes('spreadsheetml') || t.startsWith('application/vnd.ms-excel')) return MESSAGES.xlsx;
  if (hasOdfMimetype) return MESSAGES.odp;
  return MESSAGES.otherZip;
}
