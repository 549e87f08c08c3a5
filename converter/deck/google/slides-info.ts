/**
 * What the Slides API says about a deck that the .pptx export does not carry faithfully: each slide's
 * objectId (the id Google uses for thumbnails and links), its title, its speaker notes exactly as typed,
 * whether it is skipped. Pure: presentations.get JSON in, plain data out.
 */
import type { slides_v1 } from 'googleapis';
import { trimLines } from '../pptx/notes.js';
import { oneLine } from '../pptx/plain-text.js';

export interface GoogleSlideInfo {
  objectId: string;
  title: string;
  notes: string;
  skipped: boolean;
}

export interface GoogleDeckInfo {
  presentationId: string;
  title: string;
  locale: string;
  slides: GoogleSlideInfo[];
}

/**
 * Only the fields used below, so a 200-slide deck is kilobytes, not megabytes, of JSON
 * (partial-response syntax: nested selections in parentheses).
 */
export const PRESENTATION_FIELDS =
  'presentationId,title,locale,slides(objectId,' +
  'pageElements(objectId,shape(placeholder,text(textElements(textRun/content,autoText/content)))),' +
  'slideProperties(isSkipped,notesPage(notesProperties,pageElements(objectId,shape(placeholder,text(textElements(textRun/content,autoText/content)))))))';

const TITLE_TYPES = new Set(['TITLE', 'CENTERED_TITLE']);

export function deckInfoFrom(p: slides_v1.Schema$Presentation): GoogleDeckInfo {
  return {
    presentationId: p.presentationId ?? '',
    title: (p.title ?? '').trim(),
    locale: p.locale ?? '',
    slides: (p.slides ?? []).map(slideInfo),
  };
}

function slideInfo(page: slides_v1.Schema$Page): GoogleSlideInfo {
  const titleShape = (page.pageElements ?? []).find((e) => TITLE_TYPES.has(e.shape?.placeholder?.type ?? ''));
  return {
    objectId: page.objectId ?? '',
    title: titleShape ? oneLine(shapeLines(titleShape).join(' ')) : '',
    notes: speakerNotes(page),
    skipped: page.slideProperties?.isSkipped === true,
  };
}

/** The notes page's speaker-notes shape (notesProperties.speakerNotesObjectId), else its BODY placeholder. */
function speakerNotes(page: slides_v1.Schema$Page): string {
  const notesPage = page.slideProperties?.notesPage;
  const elements = notesPage?.pageElements ?? [];
  const id = notesPage?.notesProperties?.speakerNotesObjectId;
  const shape =
    (id ? elements.find((e) => e.objectId === id) : undefined) ??
    elements.find((e) => e.shape?.placeholder?.type === 'BODY');
  return shape ? trimLines(shapeLines(shape)) : '';
}

/**
 * A shape's text as lines. The API ends every paragraph with "\n" and writes a line break inside a
 * paragraph as a vertical tab (U+000B); both become line ends, as a:br and a:p do in the .pptx reader.
 */
export function shapeLines(e: slides_v1.Schema$PageElement): string[] {
  let s = '';
  for (const t of e.shape?.text?.textElements ?? []) s += t.textRun?.content ?? t.autoText?.content ?? '';
  if (s === '') return [];
  return s.replace(/\u000b/g, '\n').replace(/\n$/, '').split('\n');
}
