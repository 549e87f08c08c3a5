/**
 * Chapters and the video title as an FFMETADATA1 file: one chapter per segment, titled with the
 * slide title ("Slide N" when it has none), in milliseconds.
 */
import type { Timeline } from './timeline-types.js';
import { frameToMs } from './plan-timeline.js';

/** Escapes the characters FFMETADATA treats specially: = ; # \ and newlines. */
export function escapeMetadata(value: string): string {
  return value.replace(/[\\=;#\n]/g, (c) => (c === '\n' ? '\\\n' : `\\${c}`));
}

export function chapterTitle(title: string, slideIndex: number): string {
  const t = title.replace(/\s+/g, ' ').trim();
  return t || `Slide ${slideIndex}`;
}

export function buildChapterMetadata(timeline: Timeline, videoTitle: string): string {
  const lines = [';FFMETADATA1'];
  if (videoTitle.trim()) lines.push(`title=${escapeMetadata(videoTitle.replace(/\s+/g, ' ').trim())}`);
  for (const s of timeline.segments) {
    lines.push(
      '[CHAPTER]',
      'TIMEBASE=1/1000',
      `START=${Math.round(frameToMs(s.start, timeline.fps))}`,
      `END=${Math.round(frameToMs(s.start + s.frames, timeline.fps))}`,
      `title=${escapeMetadata(chapterTitle(s.title, s.slideIndex))}`,
    );
  }
  return lines.join('\n') + '\n';
}
