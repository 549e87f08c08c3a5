/**
 * A main animation sequence -> the slide's build steps. A click starts a new step; effects "with" or
 * "after" the previous one join its step, and effects before the first click run when the slide starts
 * (they belong to step 0). Something whose first visibility effect is an entrance starts hidden; each
 * entrance shows it, each exit hides it. Pure: no XML, no I/O.
 */
import type { BuildEffect, BuildStep, BuildTarget, SlideBuild } from './model.js';

export interface SequenceItem {
  trigger: BuildEffect['trigger'];
  /** Absent for effects that show nothing (sounds, media): they still take a click. */
  effect?: BuildEffect;
}

/** The pieces whose visibility is tracked: a whole element, its background, or one paragraph. */
type Piece = { shape: string; part: 'whole' | 'background' | number };

function pieces(t: BuildTarget): Piece[] {
  if (t.background) return [{ shape: t.shape, part: 'background' }];
  if (t.paragraphs) return t.paragraphs.map((p) => ({ shape: t.shape, part: p }));
  return [{ shape: t.shape, part: 'whole' }];
}

const keyOf = (p: Piece) => `${p.shape}\u0000${p.part}`;

/** Clicks in a sequence, as PowerPoint counts them. */
export function sequenceClicks(sequence: SequenceItem[]): number {
  return sequence.filter((item) => item.trigger === 'click').length;
}

/** The steps of a sequence; clicks past `maxClicks` run with the last click kept (content limits). */
export function buildSteps(sequence: SequenceItem[], maxClicks = Infinity): SlideBuild | undefined {
  if (sequence.length === 0) return undefined;
  const groups: BuildEffect[][] = [[]];
  for (const item of sequence) {
    if (item.trigger === 'click' && groups.length <= maxClicks) groups.push([]);
    if (item.effect) groups[groups.length - 1]!.push(item.effect);
  }
  const visible = new Map<string, { piece: Piece; shown: boolean }>();
  for (const e of groups.flat()) {
    if (e.kind !== 'entrance' && e.kind !== 'exit') continue;
    for (const p of pieces(e.target)) if (!visible.has(keyOf(p))) visible.set(keyOf(p), { piece: p, shown: e.kind === 'exit' });
  }
  const steps: BuildStep[] = groups.map((effects) => {
    for (const e of effects) {
      if (e.kind !== 'entrance' && e.kind !== 'exit') continue;
      for (const p of pieces(e.target)) visible.get(keyOf(p))!.shown = e.kind === 'entrance';
    }
    return { hidden: hiddenTargets([...visible.values()].filter((v) => !v.shown).map((v) => v.piece)), effects };
  });
  return { steps };
}

/** Hidden pieces merged per element, in the order the sequence first names them. */
function hiddenTargets(hidden: Piece[]): BuildTarget[] {
  const byShape = new Map<string, Piece[]>();
  for (const p of hidden) byShape.set(p.shape, [...(byShape.get(p.shape) ?? []), p]);
  const out: BuildTarget[] = [];
  for (const [shape, ps] of byShape) {
    if (ps.some((p) => p.part === 'whole')) {
      out.push({ shape });
      continue;
    }
    if (ps.some((p) => p.part === 'background')) out.push({ shape, background: true });
    const paragraphs = ps.map((p) => p.part).filter((p): p is number => typeof p === 'number').sort((a, b) => a - b);
    if (paragraphs.length) out.push({ shape, paragraphs });
  }
  return out;
}

/** Clicks as PowerPoint counts them. */
export function clickCount(build: SlideBuild | undefined): number {
  return build ? build.steps.length - 1 : 0;
}
