/**
 * Checking option values against a table, with errors in the caller's words: the library names its
 * option (`transitionDuration 5 is out of range: …`), an HTTP client the field it sent
 * (`rate "1000" is out of range: …`), the command line its flag (`--transition-duration 5 is out of
 * range: …`). Every error is a ConvertError BAD_USAGE; the service answers it as a 400.
 */
import { ConvertError } from '../errors.js';
import type { OptionSpec, OptionTable, OptionsOf, Problem } from './option-kinds.js';

/** How the caller named the option: a flag typed on a command line, or a field/option name. */
export interface Said {
  name: string;
  style: 'flag' | 'field';
}

export function problemMessage(said: Said, shown: unknown, problem: Problem): string {
  const ref = `${said.name} ${said.style === 'field' && typeof shown === 'string' ? `"${clip(shown)}"` : clip(display(shown))}`;
  switch (problem.kind) {
    case 'unknown':
      return `Unknown ${ref}: use one of ${problem.choices.join(', ')}`;
    case 'range':
      return `${ref} is out of range: give ${problem.expect}`;
    case 'usable':
      return `${ref} is not usable: give ${problem.expect}`;
  }
}

/** A value given by code -> the option's value (choices normalised); undefined stays undefined. */
export function checkValue<T>(spec: OptionSpec<T>, value: unknown, said: Said): T | undefined {
  if (value === undefined) return undefined;
  const r = spec.check(value);
  if (!r.ok) throw new ConvertError('BAD_USAGE', problemMessage(said, value, r.problem));
  return r.value;
}

/** A value typed as text -> the option's value; blank text and the spec's `unset` words are "not given". */
export function valueFromText<T>(spec: OptionSpec<T>, text: string, said: Said): T | undefined {
  const s = text.trim();
  if (s === '' || spec.unset?.includes(s.toLowerCase())) return undefined;
  if (!spec.fromText) throw new ConvertError('BAD_USAGE', `${said.name} cannot be given as text`);
  const r = spec.fromText(text);
  if (!r.ok) throw new ConvertError('BAD_USAGE', problemMessage(said, text, r.problem));
  return r.value;
}

/** The rule for a value a service client sends: the option's own, or its stricter `http` rule. */
export function serviceSpec<T>(spec: OptionSpec<T>): OptionSpec<unknown> {
  return typeof spec.http === 'object' ? { ...spec.http, unset: spec.unset } : spec;
}

/**
 * Library options: every field the table knows is checked (a field it does not know is left as it
 * is: stage options carry a few of their own). Returns a copy with choices normalised.
 */
export function checkOptions<Table extends OptionTable, O extends OptionsOf<Table>>(table: Table, options: O): O {
  const out: Record<string, unknown> = { ...options };
  for (const [name, spec] of Object.entries(table)) {
    if (Object.hasOwn(options, name)) out[name] = checkValue(spec, out[name], { name, style: 'field' });
  }
  return out as O;
}

function display(v: unknown): string {
  if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean') return String(v);
  if (v === null) return 'null';
  return Array.isArray(v) ? 'a list' : typeof v === 'object' ? 'an object' : typeof v;
}

function clip(s: string): string {
  return s.length > 40 ? `${s.slice(0, 39)}…` : s;
}
