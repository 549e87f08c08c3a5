/**
 * The one options table: the same rule gives the library, the command line and the service their
 * checks, each in its caller's words; transitions are ffmpeg 5.1's real xfade names.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import { TRANSITIONS } from '../../converter/assemble/xfade-transitions.js';
import { ConvertError } from '../../converter/errors.js';
import { CONVERT_OPTIONS, checkOptions, valueFromText, type ConvertOptions } from '../../converter/options/index.js';
import { resolveConvertOptions } from '../../converter/options/resolve-convert-options.js';
import { untyped } from '../helpers/untyped.js';

const usage = (message: string) => (e: unknown) => e instanceof ConvertError && e.code === 'BAD_USAGE' && e.message === message;

describe('options: the convert options table', () => {
  it('transitions are exactly ffmpeg\'s xfade names (without custom) plus cut', function () {
    const help = spawnSync('ffmpeg', ['-hide_banner', '-h', 'filter=xfade'], { encoding: 'utf8' });
    if (help.status !== 0) this.skip(); // ffmpeg is installed by scripts/setup.sh; the e2e tests need it anyway
    // The transition list of `ffmpeg -h filter=xfade`: "     wipeleft        1   ..FV....... wipe left transition".
    const names = [...help.stdout.matchAll(/^\s+([a-z]+)\s+-?\d+\s+\.\.FV/gm)].map((m) => m[1]!).filter((n) => n !== 'custom');
    const version = /ffmpeg version (\d+\.\d+)/.exec(spawnSync('ffmpeg', ['-version'], { encoding: 'utf8' }).stdout)?.[1];
    if (version === '5.1') assert.deepEqual([...TRANSITIONS].sort(), [...names, 'cut'].sort());
    else for (const n of TRANSITIONS) if (n !== 'cut') assert.ok(names.includes(n), `${n} is an xfade transition of ffmpeg ${version}`);
  });

  it('checks library options in the library\'s words, before any work', async () => {
    await assert.rejects(resolveConvertOptions(untyped<ConvertOptions>({ transition: 'wipe-left' })), (e: unknown) =>
      e instanceof ConvertError && e.code === 'BAD_USAGE' && e.message.startsWith('Unknown transition "wipe-left": use one of fade, cut, wipeleft, wiperight,') && e.message.endsWith(', fadefast, fadeslow'));
    await assert.rejects(resolveConvertOptions({ transitionDuration: 5 }), usage('transitionDuration 5 is out of range: give 0.1 to 3 seconds'));
    await assert.rejects(resolveConvertOptions({ jobs: 1.5 }), usage('jobs 1.5 is not usable: give a whole number from 1 to 16'));
    await assert.rejects(resolveConvertOptions(untyped<ConvertOptions>({ resolution: '9000p' })), usage('Unknown resolution "9000p": use one of 720p, 1080p, 1440p, 2160p'));
    await assert.rejects(resolveConvertOptions(untyped<ConvertOptions>({ motion: 'yes' })), usage('motion "yes" is not usable: give true or false'));
  });

  it('normalises choices and resolves the defaults once', async () => {
    const o = await resolveConvertOptions(untyped<ConvertOptions>({ transition: ' WipeLeft ', layout: 'Side-By-Side', cacheDir: '/tmp/c' }), {});
    assert.deepEqual([o.timeline.transition, o.timeline.layout, o.transitionForced, o.timeline.transitionMs, o.height, o.fit, o.jobs], ['wipeleft', 'side-by-side', true, 500, 1080, 'pad', 2]);
    const d = await resolveConvertOptions({ cacheDir: '/tmp/c' }, {});
    assert.deepEqual([d.timeline.transition, d.transitionForced, d.timeline.layout, d.timeline.motion], ['fade', false, 'slide-then-frame', true]);
    assert.deepEqual(checkOptions(CONVERT_OPTIONS, untyped<ConvertOptions>({ tts: 'ESPEAK', somethingElse: 1 })), { tts: 'espeak', somethingElse: 1 });
    // ffmpeg joins the cached segments through a list file elsewhere: the cache folder must be absolute.
    const rel = await resolveConvertOptions({ cacheDir: 'relative/cache' }, {});
    assert.deepEqual([rel.cacheDir, rel.illustrate.cacheDir], [resolve('relative/cache'), resolve('relative/cache')]);
  });

  it('reads typed text the same way for the CLI (flag words) and the service (field words)', () => {
    const flag = { name: '--transition-duration', style: 'flag' } as const;
    assert.equal(valueFromText(CONVERT_OPTIONS.transitionDuration, '1.5', flag), 1.5);
    assert.throws(() => valueFromText(CONVERT_OPTIONS.transitionDuration, '5', flag), usage('--transition-duration 5 is out of range: give 0.1 to 3 seconds'));
    assert.throws(() => valueFromText(CONVERT_OPTIONS.transitionDuration, 'long', flag), usage('--transition-duration long is not usable: give 0.1 to 3 seconds'));
    assert.throws(() => valueFromText(CONVERT_OPTIONS.jobs, '3x', { name: 'jobs', style: 'field' }), usage('jobs "3x" is not usable: give a whole number from 1 to 16'));
    assert.equal(valueFromText(CONVERT_OPTIONS.transition, 'auto', flag), undefined);
    assert.equal(valueFromText(CONVERT_OPTIONS.burnCaptions, 'On', flag), true);
  });

  it('every flag has help, every service field is a choice, number, switch or a checked line of text', () => {
    for (const [name, spec] of Object.entries(CONVERT_OPTIONS)) {
      if (spec.flag) assert.ok(spec.help, `${name}: a --help line`);
      if (spec.http) assert.ok(spec.kind !== 'value' && spec.flag, `${name}: a client sends text, and the CLI has the same option`);
    }
  });
});
