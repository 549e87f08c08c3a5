/** Commander flags made from an options table, and the typed options read back from what was typed. */
import assert from 'node:assert/strict';
import { Command } from 'commander';
import { ConvertError } from '../../converter/errors.js';
import { CONVERT_OPTIONS, type OptionTable } from '../../converter/options/index.js';
import { SERVE_OPTIONS } from '../../src/server/service-options.js';
import { addOptionFlags, optionsFromFlags } from '../../src/cli/option-flags.js';

function parse<T extends OptionTable>(table: T, argv: string[]) {
  const cmd = addOptionFlags(new Command('t').exitOverride(), table);
  cmd.parse(argv, { from: 'user' });
  return optionsFromFlags(cmd, table);
}

describe('cli: flags from an options table', () => {
  it('reads only what was typed: switches, negated switches, numbers, lists; nothing for flags left out', () => {
    assert.deepEqual(parse(CONVERT_OPTIONS, []), {});
    assert.deepEqual(parse(CONVERT_OPTIONS, ['--no-motion', '--no-cache', '--cfr', '--jobs', '3', '--layout', 'Side-By-Side', '-o', 'x.mp4']), {
      motion: false, noCache: true, cfr: true, jobs: 3, layout: 'side-by-side', output: 'x.mp4',
    });
    assert.deepEqual(parse(SERVE_OPTIONS, ['--allow-origin', 'https://a.org', 'https://b.org', '--port', '8080', '--dev-certs']), {
      allowOrigin: ['https://a.org', 'https://b.org'], port: 8080, devCerts: true,
    });
  });

  it('a bad value names the flag as typed', () => {
    assert.throws(() => parse(SERVE_OPTIONS, ['--max-slides', '0']), (e: unknown) =>
      e instanceof ConvertError && e.code === 'BAD_USAGE' && e.message === '--max-slides 0 is not usable: give a whole number from 1 to 10000');
    assert.throws(() => parse(CONVERT_OPTIONS, ['--resolution', '4k']), (e: unknown) =>
      e instanceof ConvertError && e.message === 'Unknown --resolution 4k: use one of 720p, 1080p, 1440p, 2160p');
  });
});
