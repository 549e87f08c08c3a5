/**
 * Checking and resolving options, and planning a conversion, load no provider SDK: openai and
 * googleapis are imported only when a run uses them (they are most of a second of start-up).
 * Measured in a child Node with a module-resolution hook that reports every SDK module resolved.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { repoRoot } from '../helpers/repo-root.js';

const HOOK = `data:text/javascript,${encodeURIComponent(`
export async function resolve(specifier, context, next) {
  const r = await next(specifier, context);
  const sdk = /\\/node_modules\\/(openai|googleapis)\\//.exec(r.url);
  if (sdk) process.stderr.write('SDK ' + sdk[1] + '\\n');
  return r;
}`)}`;
const REGISTER = `data:text/javascript,${encodeURIComponent(`import { register } from 'node:module'; register(${JSON.stringify(HOOK)});`)}`;

function sdksLoadedBy(script: string): { sdks: string[]; out: string; status: number | null; err: string } {
  const r = spawnSync(process.execPath, ['--import', 'tsx', '--import', REGISTER, '--input-type=module', '-e', script], { cwd: repoRoot, encoding: 'utf8', timeout: 60_000 });
  const sdks = [...new Set([...r.stderr.matchAll(/^SDK (\w+)$/gm)].map((m) => m[1]!))];
  return { sdks, out: r.stdout, status: r.status, err: r.stderr };
}

describe('options: no provider SDK is loaded to check options or plan', function () {
  this.timeout(90_000);
  const entry = JSON.stringify(join(repoRoot, 'converter', 'index.ts'));

  it('the public entry, resolving every provider\'s options and planning a conversion load neither openai nor googleapis', () => {
    const deck = JSON.stringify(join(repoRoot, 'examples', 'lecture.pptx'));
    const r = sdksLoadedBy(`
      const m = await import(${entry});
      const { resolveConvertOptions } = await import(${JSON.stringify(join(repoRoot, 'converter', 'options', 'resolve-convert-options.ts'))});
      for (const tts of ['espeak', 'openai', 'google']) await resolveConvertOptions({ tts, images: 'openai', promptLlm: true, cacheDir: '/tmp/x' }, {});
      const plan = await m.planConversion({ path: ${deck} }, { tts: 'openai', images: 'offline' });
      console.log(plan.slides.length);`);
    assert.equal(r.status, 0, r.err);
    assert.equal(r.out.trim(), '12');
    assert.deepEqual(r.sdks, []);
  });

  it('the check sees an SDK when one is loaded (the hook works)', () => {
    const r = sdksLoadedBy(`await import('openai'); console.log('loaded');`);
    assert.equal(r.status, 0, r.err);
    assert.deepEqual(r.sdks, ['openai']);
  });
});
