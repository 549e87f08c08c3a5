/**
 * The package as users get it, without a registry: every entry of package.json's `exports` (and the
 * bin) is in what `npm pack` ships and points at built files; a project that depends on deck2video
 * imports the documented names from 'deck2video', 'deck2video/options' and 'deck2video/google' at run
 * time, and its TypeScript sees real types through the same map. (The full check, a tarball installed
 * with production dependencies only and converting the example deck, is in the issue 16 report.)
 */
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { repoRoot } from './helpers/repo-root.js';

interface PackageJson {
  bin: Record<string, string>;
  main: string;
  types: string;
  exports: Record<string, string | { types: string; default: string }>;
}

const pkg = JSON.parse(readFileSync(join(repoRoot, 'package.json'), 'utf8')) as PackageJson;
const strip = (p: string) => p.replace(/^\.\//, '');

describe('the npm package', function () {
  this.timeout(120_000);
  let consumer = '';

  before(function () {
    // npm test builds first; a bare `mocha` run on a fresh clone has no dist/ to check.
    if (!existsSync(join(repoRoot, 'dist', 'converter', 'index.js'))) throw new Error('dist/ is missing: run npm run build first');
    consumer = mkdtempSync(join(tmpdir(), 'd2v-consumer-'));
    mkdirSync(join(consumer, 'node_modules'));
    // As `npm install` would place it (a link, so no registry is needed; its dependencies resolve from the checkout).
    symlinkSync(repoRoot, join(consumer, 'node_modules', 'deck2video'), 'dir');
    writeFileSync(join(consumer, 'package.json'), JSON.stringify({ name: 'consumer', private: true, type: 'module' }));
  });
  after(() => consumer && rmSync(consumer, { recursive: true, force: true }));

  it('ships every exports target, the types and the bin, built; no tests, sources or source maps of dist', () => {
    const [packed] = JSON.parse(execFileSync('npm', ['pack', '--dry-run', '--json'], { cwd: repoRoot, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] })) as [{ files: { path: string }[] }];
    const files = new Set(packed.files.map((f) => f.path));
    const targets = [pkg.main, pkg.types, ...Object.values(pkg.bin), ...Object.values(pkg.exports).flatMap((t) => (typeof t === 'string' ? [t] : [t.types, t.default]))].map(strip);
    assert.deepEqual(Object.keys(pkg.exports), ['.', './options', './google', './package.json']);
    for (const t of targets) {
      assert.ok(files.has(t), `${t} is packed`);
      assert.ok(existsSync(join(repoRoot, t)), `${t} is built`);
    }
    const stray = [...files].filter((f) => /^(test|converter|src|bench|scripts|examples)\//.test(f) || f.startsWith('dist/bench/') || /^dist\/.*\.map$/.test(f));
    assert.deepEqual(stray, []);
  });

  it('a dependent project imports the documented API from the three entries', () => {
    const script = `
      import * as main from 'deck2video';
      import * as options from 'deck2video/options';
      import * as google from 'deck2video/google';
      const kinds = (m, names) => names.map((n) => n + ':' + typeof m[n]).join(' ');
      console.log(kinds(main, ['inspectDeck', 'renderDeck', 'planConversion', 'convertDeck', 'ConvertError', 'readDeck', 'describeConversion']));
      console.log(kinds(options, ['CONVERT_OPTIONS', 'RENDER_OPTIONS', 'checkOptions', 'valueFromText']), options.CONVERT_OPTIONS.layout.choices.join(','));
      console.log(kinds(google, ['readGoogleSlides', 'parseDeckId', 'mergeDeckInfo']));
      const s = await main.inspectDeck({ path: ${JSON.stringify(join(repoRoot, 'examples', 'lecture.pptx'))} });
      console.log(s.slides.length, s.slides[0].title);`;
    const r = spawnSync(process.execPath, ['--input-type=module', '-e', script], { cwd: consumer, encoding: 'utf8' });
    assert.equal(r.status, 0, r.stderr);
    assert.deepEqual(r.stdout.trim().split('\n'), [
      'inspectDeck:function renderDeck:function planConversion:function convertDeck:function ConvertError:function readDeck:function describeConversion:function',
      'CONVERT_OPTIONS:object RENDER_OPTIONS:object checkOptions:function valueFromText:function slide-then-frame,side-by-side,frame-then-slide,slide-only',
      'readGoogleSlides:function parseDeckId:function mergeDeckInfo:function',
      '12 The Water Cycle',
    ]);
  });

  // The main and options entries only: 'deck2video/google' declares googleapis types, whose every-API
  // typings take a dependent project's tsc most of a minute to load.
  it('its TypeScript gets the types through the exports map (a wrong option is a type error)', () => {
    writeFileSync(join(consumer, 'use.ts'), `
      import { convertDeck, planConversion, renderDeck, ConvertError, type ConvertOptions, type ConversionPlan, type RenderResult } from 'deck2video';
      import { CONVERT_OPTIONS } from 'deck2video/options';
      const ok: ConvertOptions = { transition: 'wipeleft', resolution: '720p', layout: 'side-by-side', jobs: 2 };
      // @ts-expect-error: not an ffmpeg 5.1 xfade transition
      const bad: ConvertOptions = { transition: 'wipe-left' };
      export async function run(): Promise<[string, number, string[]]> {
        const plan: ConversionPlan = await planConversion({ path: 'a.pptx' }, ok);
        const r: RenderResult = await renderDeck({ path: 'a.pptx' }, { outDir: 'x', slides: '1-2' });
        const v = await convertDeck({ path: 'a.pptx' }, bad);
        const e = new ConvertError('BAD_USAGE', 'x');
        return [v.video, plan.estimatedDurationMs + e.exitCode, r.files.concat(CONVERT_OPTIONS.layout.choices)];
      }
    `);
    writeFileSync(join(consumer, 'tsconfig.json'), JSON.stringify({
      compilerOptions: { target: 'ES2022', module: 'NodeNext', moduleResolution: 'NodeNext', strict: true, noEmit: true, skipLibCheck: true, types: ['node'], typeRoots: [join(repoRoot, 'node_modules', '@types')] },
      files: ['use.ts'],
    }));
    const tsc = spawnSync(process.execPath, [join(repoRoot, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', consumer], { cwd: consumer, encoding: 'utf8' });
    assert.equal(tsc.stdout + tsc.stderr, '');
    assert.equal(tsc.status, 0);
  });
});
