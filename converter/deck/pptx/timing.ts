/**
 * The slide's main animation sequence (p:timing, the cTn with nodeType="mainSeq") as effects in play
 * order, each with what starts it (click, with previous, after previous). Trigger sequences (effects
 * started by clicking a shape) live outside the main sequence and are ignored.
 *
 * A timing tree that cannot be what PowerPoint wrote (an effect aimed at a shape that is not on the
 * slide, a paragraph range outside its text) throws TimingDamage: the caller falls back to the flat slide.
 */
import { buildSteps, sequenceClicks, type SequenceItem } from '../build-steps.js';
import type { DeckBudget } from '../content-limits.js';
import type { BuildEffect, BuildTarget, SlideBuild } from '../model.js';
import type { XmlNode } from '../xml.js';
import { effectKind, presetName } from './effect-presets.js';
import type { Package } from './package.js';
import { nvOf } from './placeholders.js';
import { oneLine } from './plain-text.js';

export class TimingDamage extends Error {}

/** Element id -> paragraph count of its text body, for every element of a slide's shape tree. */
export type ShapeIndex = Map<string, number>;

const ELEMENTS = new Set(['sp', 'cxnSp', 'grpSp', 'pic', 'graphicFrame', 'contentPart']);
const TRIGGERS: Record<string, BuildEffect['trigger']> = { clickEffect: 'click', withEffect: 'with', afterEffect: 'after' };

/**
 * The slide's build steps, as many as the deck's budget allows; a damaged timing tree is said once and
 * gives the flat slide.
 */
export function readSlideBuild(pkg: Package, slide: XmlNode | undefined, slideNumber: number, budget: DeckBudget): SlideBuild | undefined {
  if (!slide) return undefined;
  try {
    const sequence = readMainSequence(slide, shapeIndex(slide.path('p:cSld', 'p:spTree')));
    return buildSteps(sequence, budget.takeClicks(slideNumber, sequenceClicks(sequence)));
  } catch (e) {
    const why = e instanceof TimingDamage ? e.message : oneLine(String((e as Error)?.message ?? e)).slice(0, 160);
    pkg.warn(`slide ${slideNumber}: its animations could not be read (${why}); it is shown without builds`);
    return undefined;
  }
}

const local = (n: XmlNode | undefined, name: string) => n?.children.find((c) => c.local === name);

export function shapeIndex(spTree: XmlNode | undefined, out: ShapeIndex = new Map()): ShapeIndex {
  for (const node of spTree?.children ?? []) {
    if (ELEMENTS.has(node.local)) {
      const id = local(nvOf(node), 'cNvPr')?.attr('id');
      if (id !== undefined) out.set(id, local(node, 'txBody')?.children.filter((c) => c.local === 'p').length ?? 0);
    }
    // Groups and mc:AlternateContent branches hold elements too (every branch names the same ids).
    if (node.local === 'grpSp' || node.local === 'AlternateContent' || node.local === 'Choice' || node.local === 'Fallback') shapeIndex(node, out);
  }
  return out;
}

/** The main sequence's cTn, if the slide has one. */
function mainSequence(slide: XmlNode): XmlNode | undefined {
  const timing = local(slide, 'timing');
  if (!timing) return undefined;
  const stack = [...timing.children];
  while (stack.length) {
    const n = stack.shift()!;
    if (n.local === 'cTn' && n.attr('nodeType') === 'mainSeq') return n;
    stack.push(...n.children);
  }
  return undefined;
}

export function readMainSequence(slide: XmlNode, shapes: ShapeIndex): SequenceItem[] {
  const seq = mainSequence(slide);
  const items: SequenceItem[] = [];
  for (const group of local(seq, 'childTnLst')?.children ?? []) {
    // A click group waits for a click unless it also starts with the slide (the first group of effects
    // that run by themselves). Used only when an effect does not say its own nodeType.
    const conds = local(local(group, 'cTn'), 'stCondLst')?.children ?? [];
    const waits = conds.some((c) => c.attr('delay') === 'indefinite') && !conds.some((c) => c.attr('evt') === 'onBegin');
    effectNodes(group).forEach((cTn, i) => {
      const trigger = TRIGGERS[cTn.attr('nodeType') ?? ''] ?? (i === 0 && waits ? 'click' : 'with');
      const effect = readEffect(cTn, trigger, shapes);
      items.push(effect ? { trigger, effect } : { trigger });
    });
  }
  return items;
}

const BEHAVIOURS = new Set(['set', 'anim', 'animEffect', 'animMotion', 'animClr', 'animScale', 'animRot', 'cmd', 'audio', 'video']);

/** An effect's cTn: it says so (preset class, effect node type), or it holds behaviours itself. */
function isEffect(cTn: XmlNode): boolean {
  if (cTn.attr('presetClass') !== undefined || TRIGGERS[cTn.attr('nodeType') ?? '']) return true;
  return local(cTn, 'childTnLst')?.children.some((c) => BEHAVIOURS.has(c.local)) ?? false;
}

/** Effect cTn nodes below a node, in document order (an effect's own behaviours are not searched). */
function effectNodes(node: XmlNode, out: XmlNode[] = []): XmlNode[] {
  for (const c of node.children) {
    if (c.local === 'cTn' && isEffect(c)) out.push(c);
    else effectNodes(c, out);
  }
  return out;
}

function readEffect(cTn: XmlNode, trigger: BuildEffect['trigger'], shapes: ShapeIndex): BuildEffect | undefined {
  const kind = effectKind(cTn.attr('presetClass')) ?? visibilityKind(cTn);
  const spTgt = cTn.descendants('p:spTgt')[0];
  if (!spTgt) {
    if (kind === 'other') return undefined;
    throw new TimingDamage(`an ${kind} effect has no shape to act on`);
  }
  const target = readTarget(spTgt, shapes);
  return { trigger, kind, preset: presetName(kind, cTn.num('presetID')), target, durationMs: effectDuration(cTn) };
}

/** Effects without a preset class: a visibility set says whether they show or hide their shape. */
function visibilityKind(cTn: XmlNode): BuildEffect['kind'] {
  for (const set of cTn.descendants('p:set')) {
    if (set.descendants('p:attrName').some((a) => a.text.trim() === 'style.visibility')) {
      const to = set.descendants('p:strVal')[0]?.attr('val');
      if (to === 'visible') return 'entrance';
      if (to === 'hidden') return 'exit';
    }
  }
  return 'other';
}

function readTarget(spTgt: XmlNode, shapes: ShapeIndex): BuildTarget {
  const shape = spTgt.attr('spid') ?? '';
  const paragraphs = shapes.get(shape);
  if (paragraphs === undefined) throw new TimingDamage(`an effect acts on shape ${shape || '(none)'}, which is not on the slide`);
  const sub = spTgt.children[0];
  if (sub?.local === 'bg') return { shape, background: true };
  if (sub?.local !== 'txEl') return { shape }; // chart and diagram parts, sub-shapes: the whole element
  const range = local(sub, 'pRg');
  if (!range) return { shape, paragraphs: Array.from({ length: paragraphs }, (_, i) => i) }; // a character range: its text
  const st = Number(range.attr('st'));
  const end = Number(range.attr('end'));
  if (!Number.isInteger(st) || !Number.isInteger(end) || st < 0 || end < st || end >= paragraphs) {
    throw new TimingDamage(`an effect acts on paragraphs ${range.attr('st')}-${range.attr('end')} of shape ${shape}, which has ${paragraphs}`);
  }
  return { shape, paragraphs: Array.from({ length: end - st + 1 }, (_, i) => st + i) };
}

/** How long the effect animates: the latest end of its behaviours (a start delay plus a duration). */
function effectDuration(cTn: XmlNode): number {
  let ms = 0;
  for (const b of cTn.descendants('p:cBhvr')) {
    const t = local(b, 'cTn');
    const dur = Number(t?.attr('dur'));
    if (!Number.isFinite(dur)) continue;
    const delay = Number(local(local(t, 'stCondLst'), 'cond')?.attr('delay') ?? 0);
    ms = Math.max(ms, dur + (Number.isFinite(delay) ? delay : 0));
  }
  // A one-millisecond visibility switch is how PowerPoint writes appear and disappear.
  return ms <= 1 ? 0 : ms;
}
