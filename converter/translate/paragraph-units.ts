/**
 * One slide paragraph <-> one text to translate. Runs that share a format are one stretch; the
 * format most of the paragraph's letters are in is left unmarked and every other one becomes a
 * group (<span id="gN">), so bold words stay bold wherever the target language puts them. Fields
 * (slide numbers, dates) and what must not change are kept pieces. When an answer lost its groups,
 * the whole paragraph takes its main format: the words matter more than the emphasis.
 */
import type { Paragraph, Run } from '../deck/model.js';
import type { CompiledGlossary } from './glossary.js';
import { parseMarkup, toMarkup, type OutPiece, type Piece } from './markup.js';
import { protect } from './protect.js';

/** What a run looks like, without its text: runs with equal formats are one stretch. */
function formatOf(r: Run): string {
  const { text: _t, kind: _k, fieldType: _f, lang: _l, ...look } = r;
  return JSON.stringify(look);
}

export interface ParagraphUnit {
  markup: string;
  /** Rebuilds the paragraph's runs from an answer (groups honoured unless `plain`). */
  runs(answer: string, plain: boolean): Run[];
}

/** The paragraph as a text to translate, or undefined when it has nothing to translate (no letters). */
export function paragraphUnit(p: Paragraph, glossary: CompiledGlossary | undefined): ParagraphUnit | undefined {
  const texts = p.runs.filter((r) => r.kind === 'text');
  if (!texts.some((r) => /\p{L}/u.test(r.text))) return undefined;
  const weights = new Map<string, number>();
  for (const r of texts) weights.set(formatOf(r), (weights.get(formatOf(r)) ?? 0) + r.text.length);
  const main = [...weights.entries()].sort((a, b) => b[1] - a[1])[0]![0];
  const template = new Map<string, Run>();
  const groupOf = new Map<string, number>();
  const fields = new Map<string, Run>();
  const pieces: Piece[] = [];
  for (const r of p.runs) {
    const f = formatOf(r);
    if (!template.has(f)) template.set(f, r);
    if (r.kind === 'break') {
      pieces.push({ kind: 'break' });
      continue;
    }
    if (r.kind === 'field') {
      fields.set(r.text, r);
      pieces.push({ kind: 'keep', text: r.text });
      continue;
    }
    const own = protect(r.text, glossary);
    if (f === main) {
      pieces.push(...own);
      continue;
    }
    if (!groupOf.has(f)) groupOf.set(f, groupOf.size + 1);
    const id = groupOf.get(f)!;
    const last = pieces[pieces.length - 1];
    if (last?.kind === 'group' && last.id === id) last.pieces.push(...own);
    else pieces.push({ kind: 'group', id, pieces: own });
  }
  const byGroup = new Map([...groupOf.entries()].map(([f, id]) => [id, template.get(f)!]));
  const mainRun = template.get(main)!;
  return {
    markup: toMarkup(pieces),
    runs: (answer, plain) => buildRuns(parseMarkup(answer), (g) => (plain || g === undefined ? mainRun : (byGroup.get(g) ?? mainRun)), fields),
  };
}

function buildRuns(pieces: OutPiece[], look: (group: number | undefined) => Run, fields: Map<string, Run>): Run[] {
  const out: Run[] = [];
  for (const p of pieces) {
    if (p.kind === 'break') {
      out.push({ ...look(undefined), kind: 'break', text: '' });
      continue;
    }
    const field = p.kind === 'keep' ? fields.get(p.text.trim()) : undefined;
    if (field) {
      out.push({ ...field });
      continue;
    }
    const base = look(p.group);
    const last = out[out.length - 1];
    if (last && last.kind === 'text' && formatOf(last) === formatOf(base)) last.text += p.text;
    else out.push({ ...base, kind: 'text', text: p.text, fieldType: undefined });
  }
  // Translators tidy spaces at the ends; a paragraph never needs them.
  const first = out.find((r) => r.kind === 'text');
  if (first) first.text = first.text.replace(/^\s+/u, '');
  const last = [...out].reverse().find((r) => r.kind === 'text');
  if (last) last.text = last.text.replace(/\s+$/u, '');
  return out.filter((r) => r.kind !== 'text' || r.text !== '').map(stripUndefined);
}

function stripUndefined(r: Run): Run {
  const out = { ...r } as Record<string, unknown>;
  for (const k of Object.keys(out)) if (out[k] === undefined) delete out[k];
  return out as unknown as Run;
}
