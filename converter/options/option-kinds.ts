/**
 * The kinds of option a table can hold (a choice, a number in a range, a line of text, an on/off
 * switch, a value only code can pass). A kind knows how to check a value given by code and how to
 * read one typed as text (a CLI flag, an HTTP form field); what it says when a value is wrong is a
 * `Problem`, which parse-options.ts words in the caller's vocabulary.
 *
 * We use a typed table rather than a schema library: the checks are this simple, the messages are
 * ours in every case, and zod 4 took ~280 ms to import here (min of 8; commander 48 ms), a third
 * of `deck2video --help`.
 */

/** What is wrong with a value: not one of the accepted values, out of range, or not usable at all. */
export type Problem = { kind: 'unknown'; choices: readonly string[] } | { kind: 'range'; expect: string } | { kind: 'usable'; expect: string };

export type Checked<T> = { ok: true; value: T } | { ok: false; problem: Problem };

/** Where an option shows up besides the library: a command-line flag, an HTTP job field. */
export interface OptionMeta {
  /**
   * The commander flag with its argument, e.g. '--tts <engine>', '-o, --output <file>', '--cfr' or
   * '--no-motion' (a switch whose flag turns the option off). Absent: the option is library-only.
   */
  flag?: string;
  /** One line for --help. */
  help?: string;
  /** The command cannot run without it (commander's requiredOption). */
  required?: boolean;
  /** Heading this flag is listed under in --help. */
  group?: string;
  /**
   * Accepted in POST /v1/jobs: only options that are safe on a shared service (nothing that names a
   * server path or a server-side URL). A spec here is a stricter rule for what clients send (e.g. a
   * voice name without shell or path characters); `true` takes the option's own rule.
   */
  http?: boolean | OptionSpec<unknown>;
  /** Words that, typed as text, mean "not given" (e.g. 'auto' from a form's default entry). */
  unset?: readonly string[];
}

export interface OptionSpec<T> extends OptionMeta {
  readonly kind: 'choice' | 'number' | 'text' | 'switch' | 'list' | 'value';
  /** The accepted values of a choice, in the order they are listed to people. */
  readonly choices?: readonly string[];
  /** A value passed by code. */
  check(value: unknown): Checked<T>;
  /** A value typed as text (the CLI, an HTTP form); only kinds that can be typed have it. */
  fromText?(text: string): Checked<T>;
}

/** The value type of an option spec. */
export type OptionValue<S> = S extends OptionSpec<infer T> ? T : never;

/** A table of options: option name -> spec. */
export type OptionTable = Record<string, OptionSpec<unknown>>;

/** The options object a table describes: every field optional, typed by its spec. */
export type OptionsOf<Table extends OptionTable> = { -readonly [K in keyof Table]?: OptionValue<Table[K]> };

/** Names of the options of a table that a service client may set (`http` in their meta). */
export type HttpOptionName<Table extends OptionTable> = {
  [K in keyof Table]: Table[K] extends { http: true | OptionSpec<unknown> } ? K : never;
}[keyof Table];

/** No extra meta: the default of the kinds' meta parameter. */
type NoMeta = Record<never, never>;

const ok = <T>(value: T): Checked<T> => ({ ok: true, value });
const bad = <T>(problem: Problem): Checked<T> => ({ ok: false, problem });

/** One of a fixed list of names; matched without regard to case or surrounding spaces. */
export function choice<const C extends readonly [string, ...string[]], const M extends OptionMeta = NoMeta>(choices: C, meta?: M): OptionSpec<C[number]> & { readonly choices: C } & NoInfer<M> {
  const check = (v: unknown): Checked<C[number]> => {
    const s = typeof v === 'string' ? v.trim().toLowerCase() : undefined;
    const found = choices.find((c) => c.toLowerCase() === s);
    return found === undefined ? bad({ kind: 'unknown', choices }) : ok(found);
  };
  return { ...(meta as M), kind: 'choice', choices, check, fromText: check };
}

/**
 * A number from min to max (whole when `whole`); `expect` says it in words, e.g. '0.1 to 3 seconds'.
 * Any wrong whole number "is not usable: give a whole number from …"; a measure outside its range "is
 * out of range: give …".
 */
export function number<const M extends OptionMeta = NoMeta>(range: { min: number; max: number; whole?: boolean; expect: string }, meta?: M): OptionSpec<number> & NoInfer<M> {
  const check = (v: unknown): Checked<number> => {
    if (typeof v !== 'number' || !Number.isFinite(v) || (range.whole && !Number.isInteger(v))) return bad({ kind: 'usable', expect: range.expect });
    if (v >= range.min && v <= range.max) return ok(v);
    return bad({ kind: range.whole ? 'usable' : 'range', expect: range.expect });
  };
  const numeral = range.whole ? /^\s*-?\d+\s*$/ : /^\s*-?(\d+\.?\d*|\.\d+)\s*$/;
  return { ...(meta as M), kind: 'number', check, fromText: (t) => (numeral.test(t) ? check(Number(t)) : bad({ kind: 'usable', expect: range.expect })) };
}

/** A line of text; with `pattern`, only text that matches it (`expect` says what is wanted). */
export function text<const M extends OptionMeta = NoMeta>(rule: { pattern?: RegExp; expect?: string } = {}, meta?: M): OptionSpec<string> & NoInfer<M> {
  const expect = rule.expect ?? 'some text';
  const check = (v: unknown): Checked<string> =>
    typeof v === 'string' && (!rule.pattern || rule.pattern.test(v.trim())) ? ok(v) : bad({ kind: 'usable', expect });
  return { ...(meta as M), kind: 'text', check, fromText: (t) => check(t.trim()) };
}

const TRUE = ['true', '1', 'on', 'yes'];
const FALSE = ['false', '0', 'off', 'no'];

/** On or off. On the command line it is a switch; as text, true/false (also 1/0, on/off, yes/no). */
export function toggle<const M extends OptionMeta = NoMeta>(meta?: M): OptionSpec<boolean> & NoInfer<M> {
  const check = (v: unknown): Checked<boolean> => (typeof v === 'boolean' ? ok(v) : bad({ kind: 'usable', expect: 'true or false' }));
  const fromText = (t: string): Checked<boolean> => {
    const s = t.trim().toLowerCase();
    return TRUE.includes(s) ? ok(true) : FALSE.includes(s) ? ok(false) : bad({ kind: 'usable', expect: 'true or false' });
  };
  return { ...(meta as M), kind: 'switch', check, fromText };
}

/** A value only code can pass (a signal, a callback, bytes, an auth client); `is` tells it apart. */
export function value<T, const M extends OptionMeta = NoMeta>(is: (v: unknown) => v is T, expect: string, meta?: M): OptionSpec<T> & NoInfer<M> {
  return { ...(meta as M), kind: 'value', check: (v) => (is(v) ? ok(v) : bad({ kind: 'usable', expect })) };
}

/** A list of values each typed like `item` (a repeatable or variadic flag: --allow-origin A B). */
export function list<T, const M extends OptionMeta = NoMeta>(item: OptionSpec<T>, meta?: M): OptionSpec<T[]> & NoInfer<M> {
  const each = (values: unknown[], read: (v: unknown) => Checked<T>): Checked<T[]> => {
    const out: T[] = [];
    for (const v of values) {
      const r = read(v);
      if (!r.ok) return r;
      out.push(r.value);
    }
    return ok(out);
  };
  return {
    ...(meta as M),
    kind: 'list',
    check: (v) => (Array.isArray(v) ? each(v, (x) => item.check(x)) : bad({ kind: 'usable', expect: 'a list' })),
    fromText: (t) => each(t.split(',').map((s) => s.trim()).filter(Boolean), (x) => item.fromText!(String(x))),
  };
}

/** Typed as text like `asText`; from code, also a value `is` accepts (a lexicon object, a list of slides). */
export function textOr<T, const M extends OptionMeta = NoMeta>(asText: OptionSpec<string>, is: (v: unknown) => v is T, expect: string, meta?: M): OptionSpec<string | T> & NoInfer<M> {
  const check = (v: unknown): Checked<string | T> => (typeof v === 'string' ? asText.check(v) : is(v) ? ok(v) : bad({ kind: 'usable', expect }));
  return { ...asText, ...(meta as M), check };
}

/** The long flag of a spec ('--tts' of '--tts <engine>', '--output' of '-o, --output <file>'). */
export function longFlag(flag: string): string {
  return /--[a-z0-9-]+/i.exec(flag)?.[0] ?? flag;
}
