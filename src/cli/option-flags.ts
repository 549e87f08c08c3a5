/**
 * Commander flags from an options table (deck2video/options), and back: the flags a user typed as a
 * typed options object, each value checked by its spec with the flag in the message
 * (`--transition-duration 5 is out of range: give 0.1 to 3 seconds`). A command adds its own
 * command-only flags (--json, --dry-run, …) beside these.
 */
import { Option, type Command } from 'commander';
import { longFlag, valueFromText, type OptionSpec, type OptionTable, type OptionsOf } from '../../converter/options/index.js';

/** Adds one flag per table entry that has one, in table order, under the entry's --help heading. */
export function addOptionFlags(cmd: Command, table: OptionTable): Command {
  for (const spec of Object.values(table)) {
    if (!spec.flag) continue;
    const option = new Option(spec.flag, helpLine(spec));
    if (spec.group) option.helpGroup(spec.group);
    if (spec.required) option.makeOptionMandatory();
    cmd.addOption(option);
  }
  return cmd;
}

/** The table's options the user gave on the command line (defaults are the library's business). */
export function optionsFromFlags<Table extends OptionTable>(cmd: Command, table: Table): OptionsOf<Table> {
  const out: Record<string, unknown> = {};
  for (const [name, spec] of Object.entries(table)) {
    const option = spec.flag ? cmd.options.find((o) => o.flags === spec.flag) : undefined;
    if (!option) continue;
    const attribute = option.attributeName();
    if (cmd.getOptionValueSource(attribute) !== 'cli') continue;
    const given: unknown = cmd.getOptionValue(attribute);
    const said = { name: longFlag(spec.flag!), style: 'flag' } as const;
    if (spec.kind === 'switch') {
      // --cfr -> cfr: true; --no-motion -> motion: false; --no-cache -> noCache: true.
      out[name] = attribute === name ? given : !given;
    } else if (Array.isArray(given)) {
      // A variadic flag (--allow-origin A B): each value read on its own.
      out[name] = valueFromText(spec, given.map(String).join(','), said);
    } else {
      out[name] = valueFromText(spec, String(given), said);
    }
  }
  return out as OptionsOf<Table>;
}

/** The help line, with the accepted values when a short choice does not already name them. */
function helpLine(spec: OptionSpec<unknown>): string {
  const help = spec.help ?? '';
  const choices = spec.choices ?? [];
  if (spec.kind !== 'choice' || choices.length > 8 || choices.every((c) => help.includes(c))) return help;
  return `${help} (choices: ${choices.join(', ')})`;
}
