/**
 * Draws the library's progress events: one bar per stage on a terminal, one JSON object per line
 * with --json, one plain line per finished stage otherwise (logs, CI, pipes).
 */
import cliProgress from 'cli-progress';
import { STAGE_LABELS, type ProgressEvent, type ProgressListener, type Stage } from '../../converter/index.js';
import type { CliIO } from './io.js';

export interface ProgressView {
  listener: ProgressListener;
  stop(): void;
}

export function progressView(io: CliIO, mode: 'bars' | 'json' | 'lines' | 'none'): ProgressView {
  if (mode === 'none') return { listener: () => undefined, stop: () => undefined };
  if (mode === 'json') return { listener: (e) => io.stdout(`${JSON.stringify({ type: 'progress', ...e })}\n`), stop: () => undefined };
  if (mode === 'lines') return linesView(io);
  return barsView(io);
}

function linesView(io: CliIO): ProgressView {
  const finished = new Set<Stage>();
  return {
    listener: (e: ProgressEvent) => {
      if (e.done < e.total || finished.has(e.stage) || e.stage === 'done') return;
      finished.add(e.stage);
      io.stderr(`${STAGE_LABELS[e.stage]}: ${e.total} done\n`);
    },
    stop: () => undefined,
  };
}

function barsView(_io: CliIO): ProgressView {
  const multi = new cliProgress.MultiBar(
    {
      format: ' {stage} |{bar}| {value}/{total} {detail}',
      barsize: 28,
      hideCursor: true,
      clearOnComplete: false,
      // Bars need a real terminal (cursor movement); they are only chosen when stderr is one.
      stream: process.stderr,
    },
    cliProgress.Presets.shades_classic,
  );
  const bars = new Map<Stage, cliProgress.SingleBar>();
  return {
    listener: (e) => {
      if (e.stage === 'done') return;
      let bar = bars.get(e.stage);
      const payload = { stage: STAGE_LABELS[e.stage].padEnd(17), detail: e.detail ?? '' };
      if (!bar) {
        bar = multi.create(Math.max(e.total, 1), e.done, payload);
        bars.set(e.stage, bar);
      }
      bar.setTotal(Math.max(e.total, 1));
      bar.update(e.done, payload);
    },
    stop: () => multi.stop(),
  };
}
