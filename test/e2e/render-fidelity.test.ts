/**
 * Fidelity regression on the reference pairs (../shared/decks/reference-pairs/PAIRS.tsv): our renders
 * against Microsoft PowerPoint's, scored with the shared SSIM tool (../shared/tools/ssim.sh). LibreOffice
 * scores a mean of 0.984 on these pairs; we must not fall below it.
 */
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { readDeck } from '../../converter/deck/read-deck.js';
import { ChromePool } from '../../converter/engines/chrome.js';
import { renderDeck, slideFileName } from '../../converter/render/render-deck.js';
import { requireSharedDecks } from '../helpers/shared-decks.js';

/** LibreOffice's mean on the same pairs, measured with the same tool. */
const MEAN_FLOOR = 0.984;
/**
 * Every slide at least this (the issue's target). The tightest slide is the bar-chart pair at 0.952, now
 * that the chart reader fills Chart.textSize/gapWidth/overlap/gridlineColor (it scored 0.915 without).
 */
const SLIDE_FLOOR = 0.95;

function hasTool(name: string): boolean {
  try {
    execFileSync('sh', ['-c', `command -v ${name}`], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

describe('render fidelity against PowerPoint (reference pairs)', function () {
  this.timeout(300000);
  let decks: string;
  let work: string;

  before(function () {
    decks = requireSharedDecks(this);
    const missing = ['ffmpeg', 'ffprobe', 'pdftoppm', 'convert', 'bc'].filter((t) => !hasTool(t));
    if (missing.length) {
      console.log(`      fidelity test skipped: missing ${missing.join(', ')}`);
      this.skip();
    }
    work = mkdtempSync(join(tmpdir(), 'fidelity-'));
  });

  after(() => work && rmSync(work, { recursive: true, force: true }));

  it(`scores a mean SSIM of at least ${MEAN_FLOOR} and no slide below ${SLIDE_FLOOR}`, async () => {
    const ssimTool = resolve(decks, '../tools/ssim.sh');
    assert.ok(existsSync(ssimTool), `${ssimTool} is missing`);
    const rows = readFileSync(join(decks, 'reference-pairs/PAIRS.tsv'), 'utf8').trim().split('\n').slice(1).map((l) => l.split('\t'));
    const byDeck = new Map<string, { slide: number; gt: string; page: string }[]>();
    for (const [deck, slide, gt, page] of rows) byDeck.set(deck!, [...(byDeck.get(deck!) ?? []), { slide: Number(slide), gt: gt!, page: page! }]);
    const pool = await ChromePool.launch({ pages: 2 });
    const scores: { name: string; ssim: number }[] = [];
    try {
      let n = 0;
      for (const [deck, pairs] of byDeck) {
        const out = join(work, String(n++));
        await renderDeck({ deck: await readDeck({ path: join(decks, deck) }) }, { outDir: out, width: 1920, slides: pairs.map((p) => p.slide), pool });
        for (const p of pairs) {
          let gt = join(decks, p.gt);
          if (p.page !== '-') {
            const base = join(out, `gt-${p.slide}`);
            execFileSync('pdftoppm', ['-png', '-f', p.page, '-l', p.page, '-singlefile', '-scale-to-x', '1920', '-scale-to-y', '-1', gt, base]);
            gt = `${base}.png`;
          }
          const [ssim] = execFileSync('bash', [ssimTool, join(out, slideFileName(p.slide)), gt], { encoding: 'utf8' }).trim().split(/\s+/);
          scores.push({ name: `${deck} #${p.slide}`, ssim: Number(ssim) });
        }
      }
    } finally {
      await pool.close();
    }
    // The whole table, so a regression on any one slide is visible without re-running by hand.
    for (const s of scores) console.log(`        ${s.ssim.toFixed(4)}  ${s.name}`);
    const mean = scores.reduce((a, s) => a + s.ssim, 0) / scores.length;
    const worst = [...scores].sort((a, b) => a.ssim - b.ssim).slice(0, 3);
    console.log(`      mean SSIM ${mean.toFixed(4)} over ${scores.length} slides; lowest: ${worst.map((w) => `${w.ssim.toFixed(4)} ${w.name}`).join(', ')}`);
    assert.equal(scores.length, rows.length);
    assert.ok(mean >= MEAN_FLOOR, `mean SSIM ${mean.toFixed(4)} < ${MEAN_FLOOR}`);
    for (const s of scores) assert.ok(s.ssim >= SLIDE_FLOOR, `${s.name}: SSIM ${s.ssim} < ${SLIDE_FLOOR}`);
  });
});
