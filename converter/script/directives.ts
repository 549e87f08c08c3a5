/**
 * Directives a teacher can type in the notes, in square brackets. They steer the video and are never
 * spoken nor shown in captions:
 *   [pause 2s] [pause 500ms] [pause]   silence at that point (the text around it becomes separate sentences)
 *   [skip]                             leave this slide out of the video
 *   [no image]                         no illustrative frame for this slide
 *   [image: a volcano at dusk]         prompt for the illustrative frame
 *   [click] (also [AfterClick])        the slide's next build step appears here (the text after it starts a
 *                                      new sentence; two clicks in a row get MIN_STEP_MS of silence between)
 * Any other bracketed text (citations like [1]) stays in the text; cleanup drops a line that holds
 * nothing but one bracketed tag ("[Tabla]"), which is conversion markup.
 */

export interface NoteSegment {
  text: string;
  /** Explicit silence typed right after this text, in ms (0 when none). */
  pauseAfterMs: number;
  /** [click] marks right after this text: for each, the typed silence before it within pauseAfterMs. */
  clicksAfter?: number[];
}

export interface ParsedDirectives {
  skip: boolean;
  noImage: boolean;
  imagePrompt?: string;
  /** Explicit silence before the first words. */
  leadingPauseMs: number;
  /** [click] marks before the first words: for each, the typed silence before it within leadingPauseMs. */
  leadingClicks?: number[];
  /** The notes cut at every pause directive, other directives removed. */
  segments: NoteSegment[];
}

/** [pause] without a duration. */
export const DEFAULT_PAUSE_MS = 1000;
/** Longer pauses are almost certainly typos; cap them. */
export const MAX_PAUSE_MS = 30_000;
/** A build step stays on screen at least this long: two clicks in a row are kept this far apart. */
export const MIN_STEP_MS = 1500;

const DIRECTIVE =
  /\[\s*(?:(pause)(?:\s+(\d+(?:[.,]\d+)?)\s*(ms|s|secs?|seconds?)?)?|(skip)|(no[\s_-]?image)|image\s*:\s*([^\]]*)|((?:after\s*)?click))\s*\]/giu;

export function parseDirectives(notes: string): ParsedDirectives {
  const out: ParsedDirectives = { skip: false, noImage: false, leadingPauseMs: 0, segments: [] };
  const prompts: string[] = [];
  let text = '';
  let last = 0;
  for (const m of notes.matchAll(DIRECTIVE)) {
    text += notes.slice(last, m.index);
    last = m.index + m[0].length;
    if (m[7]) {
      // A click cuts the text like a pause of no length: what follows is said when the step appears.
      if (text.trim() !== '') out.segments.push({ text, pauseAfterMs: 0 });
      text = '';
      addClick(out);
    } else if (m[1]) {
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
    if (!m[1] && !m[7]) text += ' ';
  }
  text += notes.slice(last);
  if (text.trim() !== '') out.segments.push({ text, pauseAfterMs: 0 });
  if (prompts.length) out.imagePrompt = prompts.join('; ');
  return out;
}

/** Records a click in the gap after the last text (or before the first), MIN_STEP_MS after the gap's previous click. */
function addClick(out: ParsedDirectives): void {
  const seg = out.segments[out.segments.length - 1];
  const clicks = seg ? (seg.clicksAfter ??= []) : (out.leadingClicks ??= []);
  const typed = () => (seg ? seg.pauseAfterMs : out.leadingPauseMs);
  const previous = clicks[clicks.length - 1];
  const short = previous === undefined ? 0 : MIN_STEP_MS - (typed() - previous);
  if (short > 0) {
    if (seg) seg.pauseAfterMs += short;
    else out.leadingPauseMs += short;
  }
  clicks.push(typed());
}

function pauseMs(amount: string | undefined, unit: string | undefined): number {
  if (amount === undefined) return DEFAULT_PAUSE_MS;
  const n = Number(amount.replace(',', '.'));
  // A bare number is seconds ("[pause 2]"), unless it is too big to be seconds ("[pause 500]" means ms).
  const isMs = unit ? unit.toLowerCase() === 'ms' : n >= 100;
  const ms = isMs ? n : n * 1000;
  return Math.min(MAX_PAUSE_MS, Math.max(0, Math.round(ms)));
}
