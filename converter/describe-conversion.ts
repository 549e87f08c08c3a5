/**
 * The --dry-run report of a ConversionPlan: the illustrations (every prompt, the estimated cost), then
 * the video as planned: each slide's place on the timeline and its shots, and the slides left out.
 * Returns lines; the CLI prints them (the library never writes to the console).
 */
import { frameToMs } from './assemble/plan-timeline.js';
import { describePlan } from './illustrate/describe-plan.js';
import type { ConversionPlan } from './plan-conversion.js';

export function describeConversion(plan: ConversionPlan): string[] {
  const lines = describePlan(plan.illustrations);
  const { fps, segments } = plan.timeline;
  const clock = (frame: number) => minutes(frameToMs(frame, fps));
  const inVideo = plan.slides.filter((s) => s.inVideo).length;
  lines.push('');
  lines.push(`Video: ${plan.format.width}x${plan.format.height}, ${inVideo} of ${plan.slides.length} slides, about ${minutes(plan.estimatedDurationMs)} (narration lengths estimated from the notes), language ${plan.lang}`);
  if (plan.output) lines.push(`Writes: ${plan.output.video} (with ${plan.output.srt} and ${plan.output.vtt})`);
  const byIndex = new Map(segments.map((s) => [s.slideIndex, s]));
  for (const slide of plan.slides) {
    const seg = byIndex.get(slide.index);
    if (!seg) {
      lines.push(`  Slide ${slide.index}: left out (${slide.leftOut === 'skip' ? '[skip] in the notes' : 'hidden; use --include-hidden to keep it'})`);
      continue;
    }
    const shots = seg.shots.map((sh) => `${sh.image} ${clock(seg.start + sh.start)}`).join(', ');
    const voice = slide.sentences ? `${slide.sentences} sentence${slide.sentences === 1 ? '' : 's'}` : 'silent';
    lines.push(`  Slide ${slide.index} ${clock(seg.start)}-${clock(seg.start + seg.frames)} (${voice}): ${shots}${seg.transitionIn ? `; ${seg.transitionIn.type} in` : ''}`);
  }
  return lines;
}

function minutes(ms: number): string {
  const s = Math.round(ms / 1000);
  return `${Math.floor(s / 60)}:${String(s % 60).padStart(2, '0')}`;
}
