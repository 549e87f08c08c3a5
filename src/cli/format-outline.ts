/** The human form of `inspect`: a readable outline of the deck. Pure: summary in, text out. */
import type { DeckSummary } from '../../converter/index.js';

const EMU_PER_INCH = 914400;

function firstLine(s: string, max = 90): string {
  const line = s.split('\n').find((l) => l.trim() !== '')?.trim() ?? '';
  return line.length > max ? `${line.slice(0, max - 1)}…` : line;
}

function inches(emu: number): string {
  return `${Number((emu / EMU_PER_INCH).toFixed(2))}`;
}

export function formatOutline(d: DeckSummary): string {
  const hidden = d.slides.filter((s) => s.hidden).length;
  const withNotes = d.slides.filter((s) => s.notes !== '').length;
  const out: string[] = [];
  out.push(`${d.name} — ${d.title ? `"${d.title}"` : '(untitled)'}`);
  out.push(
    [
      `${d.size.aspect}, ${d.size.widthPx} × ${d.size.heightPx} px (${inches(d.size.width)} × ${inches(d.size.height)} in)`,
      `${d.slides.length} slide${d.slides.length === 1 ? '' : 's'}${hidden ? ` (${hidden} hidden)` : ''}`,
      `notes on ${withNotes}`,
      d.format,
      ...(d.lang ? [d.lang] : []),
    ].join(' · '),
  );
  out.push('');
  const width = String(d.slides.length).length;
  for (const s of d.slides) {
    const title = s.title || (firstLine(s.text) ? `(no title) ${firstLine(s.text)}` : '(no title)');
    out.push(`${String(s.index).padStart(width + 2)}  ${s.hidden ? '[hidden] ' : ''}${firstLine(title)}`);
    const pad = ' '.repeat(width + 4);
    out.push(`${pad}${s.notes ? `notes: ${firstLine(s.notes)}` : '(no notes)'}`);
  }
  if (d.warnings.length > 0) {
    out.push('');
    out.push(`${d.warnings.length} repair${d.warnings.length === 1 ? '' : 's'}:`);
    for (const w of d.warnings) out.push(`  - ${w}`);
  }
  return `${out.join('\n')}\n`;
}
