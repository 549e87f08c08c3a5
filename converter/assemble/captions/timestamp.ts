/** Caption timestamps: HH:MM:SS,mmm (SRT) and HH:MM:SS.mmm (WebVTT), from integer-rounded ms. */

export function formatTimestamp(ms: number, separator: ',' | '.'): string {
  const total = Math.max(0, Math.round(ms));
  const h = Math.floor(total / 3_600_000);
  const m = Math.floor(total / 60_000) % 60;
  const s = Math.floor(total / 1000) % 60;
  const milli = total % 1000;
  return `${pad(h, 2)}:${pad(m, 2)}:${pad(s, 2)}${separator}${pad(milli, 3)}`;
}

function pad(n: number, width: number): string {
  return String(n).padStart(width, '0');
}
