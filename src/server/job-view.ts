/** JobRecord (on disk) -> JobView (what clients see): no secrets other than the job's own links. */
import type { JobRecord, JobView } from './job-types.js';

export function jobView(r: JobRecord): JobView {
  const base = `/v1/jobs/${r.id}`;
  const key = `?key=${r.key}`;
  const view: JobView = {
    id: r.id,
    state: r.state,
    stage: r.stage,
    progress: round(r.progress),
    detail: r.detail,
    deckName: r.deckName,
    slideCount: r.slideCount,
    createdAt: r.createdAt,
    updatedAt: r.updatedAt,
    links: { self: `${base}${key}`, events: `${base}/events${key}` },
  };
  if (r.error !== undefined) view.error = r.error;
  if (r.state === 'done' && r.result) {
    view.durationMs = r.result.durationMs;
    view.warnings = r.result.warnings;
    view.links.video = `${base}/video${key}`;
    view.links.vtt = `${base}/captions.vtt${key}`;
    view.links.srt = `${base}/captions.srt${key}`;
    if (r.result.lang) view.lang = r.result.lang;
    const others = Object.keys(r.result.files ?? {}).filter((l) => l !== r.result!.lang);
    if (others.length) {
      view.links.translations = Object.fromEntries(others.map((l) => {
        const q = `${key}&lang=${encodeURIComponent(l)}`;
        return [l, { video: `${base}/video${q}`, vtt: `${base}/captions.vtt${q}`, srt: `${base}/captions.srt${q}` }];
      }));
    }
  }
  return view;
}

function round(n: number): number {
  return Math.round(n * 1000) / 1000;
}
