/**
 * Deck-level lookups the visual readers share, computed once per package: the presentation part,
 * the slide order (for hyperlinks that jump to a slide) and the default text style.
 */
import type { XmlNode } from '../xml.js';
import type { Package } from './package.js';

interface DeckParts {
  presentation?: string;
  root?: XmlNode;
  slideOrder: Map<string, number>;
}

const cache = new WeakMap<Package, DeckParts>();

export function deckParts(pkg: Package): DeckParts {
  let d = cache.get(pkg);
  if (d) return d;
  const presentation = pkg.relsOfType('/', '/officeDocument').find((r) => !r.external && pkg.has(r.target))?.target
    ?? (pkg.has('/ppt/presentation.xml') ? '/ppt/presentation.xml' : undefined);
  const root = presentation ? pkg.xml(presentation) : undefined;
  const slideOrder = new Map<string, number>();
  for (const id of root?.path('p:sldIdLst')?.all('p:sldId') ?? []) {
    const rid = id.attr('r:id');
    const rel = rid && presentation ? pkg.rel(presentation, rid) : undefined;
    if (rel && !rel.external) slideOrder.set(rel.target.toLowerCase(), slideOrder.size + 1);
  }
  d = { presentation, root, slideOrder };
  cache.set(pkg, d);
  return d;
}

/** 1-based position of a slide part in presentation order, or undefined. */
export function slideNumberOf(pkg: Package, slidePart: string): number | undefined {
  return deckParts(pkg).slideOrder.get(slidePart.toLowerCase());
}

export function defaultTextStyle(pkg: Package): XmlNode | undefined {
  return deckParts(pkg).root?.child('p:defaultTextStyle');
}

/** The first slide master of the deck (for contexts built without a slide). */
export function firstMaster(pkg: Package): string | undefined {
  const d = deckParts(pkg);
  if (!d.presentation) return undefined;
  for (const id of d.root?.path('p:sldMasterIdLst')?.all('p:sldMasterId') ?? []) {
    const rid = id.attr('r:id');
    const t = rid ? pkg.target(d.presentation, rid) : undefined;
    if (t) return t;
  }
  return pkg.relsOfType(d.presentation, '/slideMaster').find((r) => pkg.has(r.target))?.target;
}
