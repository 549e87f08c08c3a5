/**
 * WebVTT (.vtt): "WEBVTT" header, then cues "HH:MM:SS.mmm --> HH:MM:SS.mmm" with their lines.
 * Cue text is escaped as the format requires (&, <, >), which also keeps a "-->" typed in the notes
 * from being read as a timing line.
 */
import type { Cue } from './cue.js';
import { formatTimestamp } from './timestamp.js';

export function toVtt(cues: readonly Cue[]): string {
  const body = cues
    .map((c) => {
      const lines = c.lines.filter((l) => l.trim() !== '').map(escapeVtt);
      return `${formatTimestamp(c.startMs, '.')} --> ${formatTimestamp(c.endMs, '.')}\n${lines.join('\n')}\n\n`;
    })
    .join('');
  return `WEBVTT\n\n${body}`;
}

export function escapeVtt(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}
