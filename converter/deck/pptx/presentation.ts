/**
 * The presentation part: which part it is (via the package's officeDocument relationship), the deck
 * format (from its content type: .pptx/.potx, .ppsx, macro-enabled .pptm — macros are never read),
 * the slide size, the slides in p:sldIdLst order, and the default text language.
 */
import { badInput } from '../../errors.js';
import type { DeckFormat } from '../model.js';
import type { XmlNode } from '../xml.js';
import type { Package } from './package.js';
import { formatOfContentType, MESSAGES, otherDocumentMessage } from './sniff.js';

export interface PresentationInfo {
  part: string;
  format: DeckFormat;
  /** Slide size in EMU. */
  size: { width: number; height: number };
  /** Slides in presentation order; ones whose part is missing are already skipped (with a warning). */
  slides: { id: number; part: string }[];
  /** defaultTextStyle language, '' when not given. */
  defaultLang: string;
}

const DEFAULT_SIZE = { width: 9144000, height: 6858000 }; // 10 x 7.5 in, PowerPoint's 4:3 default
// ST_SlideSizeCoordinate bounds: 1 inch to 56 inches.
const MIN_SIDE = 914400;
const MAX_SIDE = 51206400;

export function readPresentation(pkg: Package): PresentationInfo {
  const part = mainPart(pkg);
  const format = formatOfContentType(pkg.contentType(part));
  const root = pkg.xml(part);
  if (!root || root.local !== 'presentation') {
    if (!format) throw badInput(notPresentation(pkg, part));
    throw badInput(MESSAGES.damaged);
  }
  if (!format) pkg.warn(`the presentation part has content type "${pkg.contentType(part) ?? 'none'}": read as .pptx`);
  const slides = slideList(pkg, part, root);
  return { part, format: format ?? 'pptx', size: slideSize(pkg, root), slides, defaultLang: defaultLang(root) };
}

function mainPart(pkg: Package): string {
  for (const r of pkg.relsOfType('/', '/officeDocument')) {
    if (r.external) continue;
    const t = pkg.target('/', r.id);
    if (t) return t;
  }
  // PowerPoint repairs a package whose root relationships are lost; so do we, when the usual part is there.
  if (pkg.has('/ppt/presentation.xml')) {
    pkg.warn('the package has no main-document relationship: used /ppt/presentation.xml');
    return '/ppt/presentation.xml';
  }
  throw badInput(notPresentation(pkg, undefined));
}

function notPresentation(pkg: Package, part: string | undefined): string {
  let type = part ? pkg.contentType(part) : undefined;
  if (!type) {
    const main = pkg.relsOfType('/', '/officeDocument').find((r) => !r.external);
    type = main ? pkg.contentType(main.target) : undefined;
  }
  const odf = (pkg.text('/mimetype') ?? '').includes('opendocument.presentation');
  return otherDocumentMessage(type, odf);
}

function slideSize(pkg: Package, root: XmlNode): { width: number; height: number } {
  const sz = root.children.find((c) => c.local === 'sldSz');
  const cx = sz?.num('cx');
  const cy = sz?.num('cy');
  const ok = (v: number | undefined): v is number => v !== undefined && Number.isInteger(v) && v >= MIN_SIDE && v <= MAX_SIDE;
  if (ok(cx) && ok(cy)) return { width: cx, height: cy };
  pkg.warn('the slide size is missing or invalid: used 10 x 7.5 in (4:3)');
  return { ...DEFAULT_SIZE };
}

/** The r:id attribute whatever prefix the relationships namespace got in this file. */
function relId(node: XmlNode): string | undefined {
  for (const [k, v] of Object.entries(node.attrs)) if (k.endsWith(':id')) return v;
  return undefined;
}

function slideList(pkg: Package, part: string, root: XmlNode): { id: number; part: string }[] {
  const entries = root.children.find((c) => c.local === 'sldIdLst')?.children.filter((c) => c.local === 'sldId') ?? [];
  if (entries.length === 0) throw badInput(MESSAGES.noSlides);
  const slides: { id: number; part: string }[] = [];
  const seen = new Set<string>();
  for (const e of entries) {
    const rid = relId(e);
    const target = rid ? pkg.target(part, rid) : undefined;
    if (!rid) pkg.warn('a slide entry without a relationship id: skipped');
    if (!target) continue;
    if (seen.has(target.toLowerCase())) {
      pkg.warn(`slide part ${target} is listed twice: shown once`);
      continue;
    }
    seen.add(target.toLowerCase());
    slides.push({ id: e.num('id', 0), part: target });
  }
  // Every listed slide is gone: the file is broken rather than empty.
  if (slides.length === 0) throw badInput(MESSAGES.damaged);
  return slides;
}

function defaultLang(root: XmlNode): string {
  const lvl1 = root.children.find((c) => c.local === 'defaultTextStyle')?.children.find((c) => c.local === 'lvl1pPr');
  return lvl1?.children.find((c) => c.local === 'defRPr')?.attr('lang') ?? '';
}
