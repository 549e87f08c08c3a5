/**
 * One number for "how far along is this job" from the converter's per-stage events. Stages may run
 * side by side (render, illustrate and narrate overlap), so each stage contributes its own fraction
 * times a weight that reflects its usual share of the wall time; the result never goes backwards.
 */
import type { ProgressEvent, Stage } from '../../converter/index.js';

const WEIGHTS: Record<Exclude<Stage, 'done'>, number> = {
  read: 0.03,
  translate: 0.05,
  render: 0.22,
  illustrate: 0.15,
  narrate: 0.25,
  encode: 0.3,
  mux: 0.05,
};

export type StageCounts = Partial<Record<Stage, { done: number; total: number }>>;

export function recordStage(stages: StageCounts, e: ProgressEvent): StageCounts {
  return { ...stages, [e.stage]: { done: Math.max(0, e.done), total: Math.max(0, e.total) } };
}

export function overallProgress(stages: StageCounts, previous = 0): number {
  if (stages.done) return 1;
  let sum = 0;
  for (const [stage, weight] of Object.entries(WEIGHTS) as [Exclude<Stage, 'done'>, number][]) {
    const s = stages[stage];
    if (!s) continue;
    sum += weight * (s.total > 0 ? Math.min(1, s.done / s.total) : 1);
  }
  // 1 only when the job is really done: a finished mux before the result is recorded is not "done".
  return Math.max(previous, Math.min(0.99, sum));
}
