/**
 * What a slide looks like: its background and its elements back to front — master shapes (unless
 * the layout or slide hides them), layout shapes (unless the slide hides them), then the slide's own —
 * with slide -> layout -> master -> theme inheritance resolved. The colour map is the master's
 * p:clrMap, replaced by the layout's and then the slide's p:clrMapOvr when they override it.
 */
import type { SlideBudget } from '../content-limits.js';
import type { Fill, SlideElement, Theme, Transition } from '../model.js';
import type { XmlNode } from '../xml.js';
import { resolveBackground } from './background.js';
import { defaultTextStyle } from './deck-parts.js';
import type { Package } from './package.js';
import type { ColorMap, ReadContext } from './read-context.js';
import { readShapeTree } from './shape-tree.js';
import { tagPart } from './text-styles.js';
import { deckTheme, themeOfMaster } from './theme.js';
import { readTransition } from './transition.js';
import type { PartChain } from './visual-context.js';

export interface SlideVisuals {
  background: Fill;
  elements: SlideElement[];
  layoutName: string;
  transition?: Transition;
}

const DEFAULT_MAP: ColorMap = {
  bg1: 'lt1', tx1: 'dk1', bg2: 'lt2', tx2: 'dk2',
  accent1: 'accent1', accent2: 'accent2', accent3: 'accent3', accent4: 'accent4', accent5: 'accent5', accent6: 'accent6',
  hlink: 'hlink', folHlink: 'folHlink',
};

function relTarget(pkg: Package, part: string | undefined, type: string): string | undefined {
  if (!part) return undefined;
  return pkg.relsOfType(part, type).find((r) => !r.external && pkg.has(r.target))?.target;
}

/** A colour map element's attributes (p:clrMap or a:overrideClrMapping). */
function mapOf(n: XmlNode | undefined): ColorMap | undefined {
  return n && Object.keys(n.attrs).length ? { ...DEFAULT_MAP, ...n.attrs } : undefined;
}

function override(root: XmlNode | undefined): ColorMap | undefined {
  return mapOf(root?.path('p:clrMapOvr')?.children.find((c) => c.local === 'overrideClrMapping'));
}

const spTree = (root: XmlNode | undefined) => root?.path('p:cSld', 'p:spTree');

export function readSlideVisuals(pkg: Package, slidePart: string, slideNumber: number, media: (part: string) => string, budget?: SlideBudget): SlideVisuals {
  const slide = pkg.xml(slidePart);
  const layoutPart = relTarget(pkg, slidePart, '/slideLayout');
  const layout = layoutPart ? pkg.xml(layoutPart) : undefined;
  const masterPart = relTarget(pkg, layoutPart, '/slideMaster');
  const master = masterPart ? pkg.xml(masterPart) : undefined;
  if (!layoutPart) pkg.warn(`slide ${slideNumber} has no layout: drawn without layout and master shapes`);

  const theme = themeOfMaster(pkg, masterPart);
  const colorMap = override(slide) ?? override(layout) ?? mapOf(master?.child('p:clrMap')) ?? DEFAULT_MAP;
  const txStyles = masterPart ? tagPart(master?.child('p:txStyles'), masterPart) : undefined;
  const chain = (inheritFrom: PartChain['inheritFrom']): PartChain => ({ inheritFrom, defaultTextStyle: defaultTextStyle(pkg), txStyles });
  const masterTree = spTree(master);
  const layoutTree = spTree(layout);
  const fromMaster = masterTree && masterPart ? [{ part: masterPart, tree: masterTree }] : [];
  const fromLayout = layoutTree && layoutPart ? [{ part: layoutPart, tree: layoutTree }] : [];

  const ctx: ReadContext = {
    pkg, part: slidePart, theme, colorMap, slideNumber, media, budget,
    warn: (m) => pkg.warn(m),
    chain: chain([...fromLayout, ...fromMaster]),
  };
  const layoutCtx: ReadContext = { ...ctx, part: layoutPart ?? slidePart, chain: chain(fromMaster) };
  const masterCtx: ReadContext = { ...ctx, part: masterPart ?? slidePart, chain: chain([]) };

  const background = resolveBackground([
    { root: slide, ctx },
    { root: layout, ctx: layoutCtx },
    { root: master, ctx: masterCtx },
  ]);
  for (const c of [ctx, layoutCtx, masterCtx]) c.chain = { ...c.chain!, background };

  const elements: SlideElement[] = [];
  const showLayout = slide?.bool('showMasterSp', true) ?? true;
  const showMaster = showLayout && (layout?.bool('showMasterSp', true) ?? true);
  if (showMaster && masterTree) elements.push(...readShapeTree(masterTree, masterCtx, 'master'));
  if (showLayout && layoutTree) elements.push(...readShapeTree(layoutTree, layoutCtx, 'layout'));
  const own = spTree(slide);
  if (own) elements.push(...readShapeTree(own, ctx, 'slide'));

  const visuals: SlideVisuals = { background, elements, layoutName: layout?.path('p:cSld')?.attr('name') ?? '' };
  const transition = readTransition(slide);
  if (transition) visuals.transition = transition;
  return visuals;
}

export function readDeckTheme(pkg: Package): Theme {
  return deckTheme(pkg);
}
