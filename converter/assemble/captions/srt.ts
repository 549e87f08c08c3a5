/**
 * SubRip (.srt): numbered cues, "HH:MM:SS,mmm --> HH:MM:SS,mmm", text lines, a blank line after each.
 * SRT has no escaping; blank lines inside a cue would end it, so empty lines are dropped.
 */
import type { Cue } from './cue.js';
import { formatTimestamp } from './timestamp.js';

export function toSrt(cues: readonly Cue[]): string {
  return cues
    .map((c, i) => {
      const lines = c.lines.filter((l) => l.trim() !== '');
      return `${i + 1}\n${formatTimestamp(c.startMs, ',')} --> ${formatTimestamp(c.endMs, ',')}\n${lines.join('\n')}\n\n`;
    })
    .join('');
}
