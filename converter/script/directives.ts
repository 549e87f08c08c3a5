/**
 * Directives a teacher can type in the notes, in square brackets. They steer the video and are never
 * spoken nor shown in captions:
 *   [pause 2s] [pause 500ms] [pause]   silence at that point (the text around it becomes separate sentences)
 *   [skip]                             leave this slide out of the video
 *   [no image]                         no illustrative frame for this slide
 *   [image: a volcano at dusk]         prompt for the illustrative frame
 * Any other bracketed text (citations like [1]) stays in the text; cleanup drops a line that holds
 * nothing but one bracketed tag ("[Tabla]"), which is conversion markup.
 */

export interface NoteSegment {
  text: string;
  /** Explicit silence typed right after this text, in ms (0 when none). */
  pauseAfterMs: number;
}

export interface ParsedDirectives {
  skip: boolean;
  noImage: boolean;
  imagePrompt?: string;
  /** Explicit silence before the first words. */
  leadingPauseMs: number;
  /** The notes cut at every pause directive, other directives removed. */
  segments: NoteSegment[];
}

/** [pause] without a duration. */
export const DEFAULT_PAUSE_MS = 1000;
/** Longer pauses are almost certainly typos; cap them. */
export const MAX_PAUSE_MS = 30_000;

const DIRECTIVE =
  /\[\s*(?:(pause)(?:\s+(\d+(?:[.,]\d+)?)\s*(ms|s|secs?|seconds?)?)?|(skip)|(no[\s_-]?image)|image\s*:\s*([^\]]*))\s*\]/giu;

export function parseDirectives(notes: string): ParsedDirectives {
  const out: ParsedDirectives = { skip: false, noImage: false, leadingPauseMs: 0, segments: [] };
  const prompts: string[] = [];
  let text = '';
  let last = 0;
  for (const m of notes.matchAll(DIRECTIVE)) {
    text += notes.slice(last, m.index);
    last = m.index + m[0].length;
    if (m[1]) {
      const ms = pauseMs(m[2], m[3]);
      if (text.trim() === '' && out.segments.length === 0) {
        out.leadingPauseMs += ms;
      } else if (text.trim() === '') {
        out.segments[out.segments.length - 1]!.pauseAfterMs += ms;
      } else {
        out.segments.push({ text, pauseAfterMs: ms });
      }
      text = '';
    } else if (m[4]) {
      out.skip = true;
    } else if (m[5]) {
      out.noImage = true;
    } else {
      const prompt = (m[6] ?? '').replace(/\s+/g, ' ').trim();
      if (prompt) prompts.push(prompt);
    }
    // A directive stands in for a space, so "word[skip]word" does not glue two words together.
    if (!m[1]) text += ' ';
  }
  text += notes.slice(last);
  if (text.trim() !== '') out.segments.push({ text, pauseAfterMs: 0 });
  if (prompts.length) out.imagePrompt = prompts.join('; ');
  return out;
}

function pauseMs(amount: string | undefined, unit: string | undefined): number {
  if (amount === undefined) return DEFAULT_PAUSE_MS;
  const n = Number(amount.replace(',', '.'));
  // A bare number is seconds ("[pause 2]"), unless it is too big to be seconds ("[pause 500]" means ms).
  const isMs = unit ? unit.toLowerCase() === 'ms' : n >= 100;
  const ms = isMs ? n : n * 1000;
  return Math.min(MAX_PAUSE_MS, Math.max(0, Math.round(ms)));
}
