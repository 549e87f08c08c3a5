/**
 * Advanced SubStation Alpha (.ass) for burning captions into the picture with ffmpeg's ass filter
 * (libass), one file per slide's segment, on that segment's own clock.
 *
 * Sizes are in video pixels (PlayRes = the video size): the text is 4.5% of the picture's height (49 px
 * at 1080p), on a translucent dark box so it reads on any slide, 4% above the bottom edge. (The old
 * subtitles-filter style gave "FontSize=height/40" on libass's default 288-line canvas: 101 px at 1080p,
 * over the cards' text.)
 *
 * Times come from frame numbers, floored to the centisecond ASS can say: libass shows an event while
 * start <= t < end, so the frame at a cue's first frame shows it and the frame at its end frame does
 * not (frames are 33 ms apart, the flooring moves a time by under 11 ms). ffmpeg gives libass a frame's
 * time as pts * (1/fps) * 1000 in doubles, truncated to whole ms: frame 444 at 30 fps is 14799 ms, not
 * 14800, so a time that falls on a whole ms is taken one ms early.
 */

/** A cue on a segment's frame grid: shown from frame `start` up to, not including, frame `end`. */
export interface FrameCue {
  start: number;
  end: number;
  lines: string[];
}

export interface BurnStyle {
  fontSize: number;
  marginV: number;
  marginH: number;
  /** Padding of the box around each line. */
  box: number;
}

export function burnStyle(width: number, height: number): BurnStyle {
  const fontSize = Math.round(height * 0.045);
  return { fontSize, marginV: Math.round(height * 0.04), marginH: Math.round(width * 0.05), box: Math.max(2, Math.round(fontSize * 0.22)) };
}

/** Noto Sans covers most scripts; libass falls back through fontconfig for the rest (CJK, Arabic). */
const FONT = 'Noto Sans';

export function toAss(cues: readonly FrameCue[], fps: number, size: { width: number; height: number }): string {
  const s = burnStyle(size.width, size.height);
  const header = [
    '[Script Info]',
    'ScriptType: v4.00+',
    `PlayResX: ${size.width}`,
    `PlayResY: ${size.height}`,
    // Lines are already wrapped (two at most, 42 columns): libass must not wrap them again.
    'WrapStyle: 2',
    'ScaledBorderAndShadow: yes',
    '',
    '[V4+ Styles]',
    'Format: Name, Fontname, Fontsize, PrimaryColour, SecondaryColour, OutlineColour, BackColour, Bold, Italic, Underline, StrikeOut, ScaleX, ScaleY, Spacing, Angle, BorderStyle, Outline, Shadow, Alignment, MarginL, MarginR, MarginV, Encoding',
    // BorderStyle 3: an opaque box (OutlineColour, here 25% transparent black, as players draw captions) padded by Outline.
    `Style: Default,${FONT},${s.fontSize},&H00FFFFFF,&H00FFFFFF,&H40000000,&H40000000,0,0,0,0,100,100,0,0,3,${s.box},0,2,${s.marginH},${s.marginH},${s.marginV},1`,
    '',
    '[Events]',
    'Format: Layer, Start, End, Style, Name, MarginL, MarginR, MarginV, Effect, Text',
  ];
  const events = cues
    .filter((c) => c.end > c.start)
    .map((c) => `Dialogue: 0,${assTime(c.start, fps)},${assTime(c.end, fps)},Default,,0,0,0,,${c.lines.map(escapeAss).join('\\N')}`);
  return [...header, ...events, ''].join('\n');
}

/** H:MM:SS.cc of a frame boundary, at or before the ms ffmpeg gives libass for that frame. */
export function assTime(frame: number, fps: number): string {
  const cs = Math.max(0, Math.floor((Math.ceil((frame * 1000) / fps) - 1) / 10));
  const h = Math.floor(cs / 360_000);
  const m = Math.floor(cs / 6000) % 60;
  const sec = Math.floor(cs / 100) % 60;
  return `${h}:${String(m).padStart(2, '0')}:${String(sec).padStart(2, '0')}.${String(cs % 100).padStart(2, '0')}`;
}

/**
 * Text as libass shows it, not as it obeys it: braces would open override blocks (\{ and \} are
 * libass's literal braces), and a backslash before N, n or h would break the line or make a space
 * (an invisible WORD JOINER after it keeps it a backslash).
 */
export function escapeAss(text: string): string {
  return text.replace(/\\/g, '\\\u2060').replace(/[{}]/g, (b) => `\\${b}`).replace(/[\r\n]+/g, ' ');
}
