/**
 * The --dry-run report: every prompt and, for paid providers, the estimated cost. Returns lines;
 * the CLI prints them (the library never writes to the console).
 */
import { IMAGE_PRICES_AS_OF } from './defaults.js';
import type { IllustrationPlan } from './plan.js';

export function describePlan(plan: IllustrationPlan): string[] {
  const lines: string[] = [];
  const size = plan.frames[0] ? `${plan.frames[0].size.width}x${plan.frames[0].size.height}` : '-';
  lines.push(`Illustrations: --images ${plan.provider}${plan.provider === 'openai' ? `, model ${plan.model}, size ${size}` : ''}`);
  lines.push(`Style lock (ends every prompt): ${plan.lock.text}`);
  for (const f of plan.frames) {
    const from = f.source === 'directive' ? '[image:] directive' : f.source === 'llm' ? 'prompt LLM' : `notes, ${f.concept.layout} layout`;
    lines.push('');
    lines.push(`Slide ${f.slideIndex} (${from}):`);
    for (const l of f.prompt.split('\n').filter(Boolean)) lines.push(`  ${l}`);
  }
  for (const s of plan.skipped) {
    lines.push(`Slide ${s.slideIndex}: no frame (${s.reason === 'no-image' ? '[no image] in the notes' : '--images none'})`);
  }
  lines.push('');
  if (plan.provider === 'openai') {
    const n = plan.frames.length;
    lines.push(
      plan.totalCostUsd === undefined
        ? `Estimated cost: unknown for model ${plan.model} (${n} image${n === 1 ? '' : 's'})`
        : `Estimated cost: $${plan.totalCostUsd.toFixed(2)} for ${n} image${n === 1 ? '' : 's'} (estimate from list prices as of ${IMAGE_PRICES_AS_OF}; cached frames are free)`,
    );
  } else {
    lines.push(`Cost: none (${plan.provider === 'offline' ? 'offline cards are drawn locally' : 'no frames'})`);
  }
  return lines;
}
