import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { cli } from '../helpers/cli-run.js';
import { buildDeck, defineTitleMaster } from '../helpers/pptx-fixture.js';
import { repoRoot } from '../helpers/repo-root.js';

const DAMAGED = 'deck2video: this file is damaged or not a complete PowerPoint file; open it in PowerPoint, save it again as .pptx and retry\n';

describe('cli: deck2video inspect', function () {
  this.timeout(60000);
  let dir = '';
  let deckPath = '';
  let brokenPath = '';

  before(async () => {
    dir = mkdtempSync(join(tmpdir(), 'd2v-cli-'));
    deckPath = join(dir, 'lecture.pptx');
    brokenPath = join(dir, 'broken.pptx');
    const bytes = await buildDeck((pres) => {
      pres.layout = 'LAYOUT_16x9';
      pres.title = 'Intro to Rivers';
      const master = defineTitleMaster(pres);
      const s1 = pres.addSlide({ masterName: master });
      s1.addText('Rivers', { placeholder: 'title' });
      s1.addNotes('Welcome, everyone.\nToday: rivers.');
      const s2 = pres.addSlide({ masterName: master });
      s2.addText('Backup slide', { placeholder: 'title' });
      s2.hidden = true;
      const s3 = pres.addSlide();
      s3.addText('Deltas form where rivers meet the sea', { x: 1, y: 1, w: 8, h: 1 });
    });
    writeFileSync(deckPath, bytes);
    writeFileSync(brokenPath, bytes.subarray(0, 2000));
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  it('--json lists every slide in order, hidden ones included, with size and title', async () => {
    const r = await cli('inspect', deckPath, '--json');
    assert.equal(r.code, 0);
    assert.equal(r.err, '');
    const j = JSON.parse(r.out);
    assert.deepEqual(
      j.slides.map((s: Record<string, unknown>) => [s.index, s.hidden, s.title, s.text, s.notes]),
      [
        [1, false, 'Rivers', 'Rivers', 'Welcome, everyone.\nToday: rivers.'],
        [2, true, 'Backup slide', 'Backup slide', ''],
        [3, false, '', 'Deltas form where rivers meet the sea', ''],
      ],
    );
    for (const s of j.slides) {
      assert.deepEqual(Object.keys(s), ['index', 'id', 'hidden', 'title', 'text', 'notes', 'layout', 'elements', 'pictures', 'tables', 'charts']);
      assert.equal(typeof s.layout, 'string');
      assert.equal(typeof s.elements, 'number');
    }
    assert.deepEqual(j.size, { width: 9144000, height: 5143500, widthPx: 960, heightPx: 540, aspect: '16:9' });
    assert.equal(j.title, 'Intro to Rivers');
    assert.equal(j.format, 'pptx');
    assert.equal(j.name, 'lecture.pptx');
    assert.deepEqual(j.warnings, []);
  });

  it('prints a readable outline by default', async () => {
    const r = await cli('inspect', deckPath);
    assert.equal(r.code, 0);
    assert.equal(
      r.out,
      [
        'lecture.pptx — "Intro to Rivers"',
        '16:9, 960 × 540 px (10 × 5.63 in) · 3 slides (1 hidden) · notes on 1 · pptx · en-US',
        '',
        '  1  Rivers',
        '     notes: Welcome, everyone.',
        '  2  [hidden] Backup slide',
        '     (no notes)',
        '  3  (no title) Deltas form where rivers meet the sea',
        '     (no notes)',
        '',
      ].join('\n'),
    );
  });

  it('exits 3 with one line for a damaged deck', async () => {
    assert.deepEqual(await cli('inspect', brokenPath), { code: 3, out: '', err: DAMAGED });
  });

  it('exits 2 for bad usage (missing argument, unknown option, unknown command), 3 for a missing file', async () => {
    assert.deepEqual(await cli('inspect'), { code: 2, out: '', err: 'deck2video: missing the deck: give a .pptx file, or --google-slides ID for a Google Slides deck (see deck2video --help)\n' });
    assert.deepEqual(await cli('inspect', deckPath, '--bogus'), { code: 2, out: '', err: "deck2video: unknown option '--bogus' (see deck2video --help)\n" });
    const unknown = await cli('inspekt', deckPath);
    assert.equal(unknown.code, 2);
    assert.match(unknown.err, /^deck2video: unknown command 'inspekt'/);
    assert.deepEqual(await cli('inspect', join(dir, 'nope.pptx')), { code: 3, out: '', err: `deck2video: ${join(dir, 'nope.pptx')} does not exist; check the path of the deck\n` });
  });

  it('--help shows commands, examples and exit codes', async () => {
    const r = await cli('--help');
    assert.equal(r.code, 0);
    assert.match(r.out, /inspect \[options\] \[deck\]/);
    assert.match(r.out, /\$ deck2video inspect lecture\.pptx --json/);
    assert.match(r.out, /Exit codes: 0 ok, 2 bad usage, 3 bad input/);
    const sub = await cli('inspect', '--help');
    assert.equal(sub.code, 0);
    assert.match(sub.out, /--json/);
  });

  describe('as a process (bin entry point)', () => {
    const main = join(repoRoot, 'src/cli/main.ts');
    const run = (...args: string[]) => spawnSync(process.execPath, ['--import', 'tsx', main, ...args], { cwd: repoRoot, encoding: 'utf8', timeout: 30000 });

    it('exit 0 with JSON on stdout', () => {
      const r = run('inspect', deckPath, '--json');
      assert.equal(r.status, 0, r.stderr);
      assert.equal(JSON.parse(r.stdout).slides.length, 3);
    });

    it('exit 3, one stderr line and no stack trace; --verbose adds the trace', () => {
      const r = run('inspect', brokenPath);
      assert.equal(r.status, 3);
      assert.equal(r.stdout, '');
      assert.equal(r.stderr, DAMAGED);
      const v = run('inspect', brokenPath, '--verbose');
      assert.equal(v.status, 3);
      assert.ok(v.stderr.startsWith(DAMAGED));
      assert.match(v.stderr, /\n\s+at /);
    });
  });
});
