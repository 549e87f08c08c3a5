/**
 * SubRip (.srt): numbered cues, "HH:MM:SS,mmm --> HH:MM:SS,mmm", text lines, a blank line after each.
 * SRT has no escaping, yet players read HTML-like tags in it (<b>, <font>; a web player may put the
 * text into a page) and ffmpeg and libass read ASS overrides ({\an8}) and \N. What the notes say must
 * be shown, never obeyed: a WORD JOINER (invisible, no line break) goes after each '<' that would start
 * a tag, between '{' and '\', after a '\' before N/n/h, and inside a typed "-->", which would otherwise
 * look like a timing line. Blank lines inside a cue would end it, so empty lines are dropped.
 */
import type { Cue } from './cue.js';
import { formatTimestamp } from './timestamp.js';

export const WORD_JOINER = '\u2060';

export function toSrt(cues: readonly Cue[]): string {
  return cues
    .map((c, i) => {
      const lines = c.lines.filter((l) => l.trim() !== '').map(escapeSrt);
      return `${i + 1}\n${formatTimestamp(c.startMs, ',')} --> ${formatTimestamp(c.endMs, ',')}\n${lines.join('\n')}\n\n`;
    })
    .join('');
}

export function escapeSrt(text: string): string {
  return text
    .replace(/<(?=[\p{L}/!?])/gu, `<${WORD_JOINER}`)
    .replace(/\{\\/g, `{${WORD_JOINER}\\`)
    .replace(/\\(?=[Nnh])/g, `\\${WORD_JOINER}`)
    .replace(/-->/g, `--${WORD_JOINER}>`);
}
