import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readDeck } from '../../converter/deck/read-deck.js';
import { ChromePool, findChrome } from '../../converter/engines/chrome.js';
import { buildCardHtml } from '../../converter/illustrate/card/card-html.js';
import type { Box } from '../../converter/illustrate/card/card-frame.js';
import { iconSvg } from '../../converter/illustrate/icons/icon-sets.js';
import { illustrateDeck } from '../../converter/illustrate/illustrate-deck.js';
import { resolveIllustrateOptions } from '../../converter/illustrate/options.js';
import { parseHex } from '../../converter/drawingml/color-math.js';
import { buildStyleLock } from '../../converter/illustrate/style/style-lock.js';
import type { CardSpec, FrameSize } from '../../converter/illustrate/types.js';
import { OFFICE_THEME } from '../illustrate/fixtures.js';
import { decodePng, type Pixels } from '../render/png-pixels.js';
import { repoRoot } from '../helpers/repo-root.js';

const lock = buildStyleLock(OFFICE_THEME, 'flat vector illustration');
const p = lock.palette;

const CARDS: { name: string; size: FrameSize; spec: CardSpec }[] = [
  {
    name: 'concept',
    size: { width: 1920, height: 1080 },
    spec: {
      layout: 'concept',
      lang: 'en',
      dir: 'ltr',
      kicker: 'The water cycle',
      headline: 'Evaporation: water rises',
      points: ['The sun warms the sea and water rises into the air', 'Plants add water through tiny holes in their leaves', '<b>HTML</b> in notes shows as text'],
      icon: iconSvg('fluent-emoji-flat', 'sun'),
      variant: 0,
    },
  },
  {
    name: 'number',
    size: { width: 1920, height: 1080 },
    spec: {
      layout: 'number',
      lang: 'en',
      dir: 'ltr',
      kicker: "Where is Earth's water?",
      headline: 'Ocean water',
      points: ['Most fresh water is frozen in ice caps and glaciers'],
      figure: { value: '96.5%', caption: "of Earth's water is salty ocean water" },
      icon: iconSvg('fluent-emoji-flat', 'water-wave'),
      variant: 1,
    },
  },
  {
    name: 'comparison',
    size: { width: 1920, height: 1080 },
    spec: {
      layout: 'comparison',
      lang: 'en',
      dir: 'ltr',
      kicker: 'Cells',
      headline: 'Plant cells vs animal cells',
      points: [],
      sides: ['Plant cells', 'Animal cells'],
      sidePoints: ['Have a cell wall and chloroplasts', 'Have neither, but both have a nucleus'],
      icon: iconSvg('fluent-emoji-flat', 'potted-plant'),
      icon2: iconSvg('fluent-emoji-flat', 'dog-face'),
      variant: 2,
    },
  },
  {
    name: 'steps',
    size: { width: 1920, height: 1080 },
    spec: {
      layout: 'steps',
      lang: 'en',
      dir: 'ltr',
      kicker: 'The water cycle',
      headline: 'How rain comes back',
      points: [],
      steps: [
        { text: 'The sun heats the sea', icon: iconSvg('tabler', 'sun') },
        { text: 'Vapour rises and cools into clouds', icon: iconSvg('tabler', 'cloud') },
        { text: 'Rain falls and rivers carry it back', icon: iconSvg('tabler', 'cloud-rain') },
      ],
      icon: iconSvg('fluent-emoji-flat', 'sun-behind-rain-cloud'),
      variant: 3,
    },
  },
  {
    name: 'arabic-rtl',
    size: { width: 1920, height: 1080 },
    spec: {
      layout: 'concept',
      lang: 'ar',
      dir: 'rtl',
      kicker: 'العلوم',
      headline: 'دورة الماء',
      points: ['تسخّن الشمس مياه البحر فيتبخر جزء منها', 'يبرد البخار في الأعلى ويتكاثف ليكوّن الغيوم'],
      icon: iconSvg('fluent-emoji-flat', 'droplet'),
      variant: 0,
    },
  },
  {
    name: 'portrait-hindi',
    size: { width: 1080, height: 1920 },
    spec: {
      layout: 'concept',
      lang: 'hi',
      dir: 'ltr',
      kicker: 'विज्ञान',
      headline: 'जल चक्र',
      points: ['समुद्र का पानी भाप बनकर बादल बनता है', 'फिर बारिश के रूप में गिरता है'],
      icon: iconSvg('fluent-emoji-flat', 'cloud-with-rain'),
      variant: 1,
    },
  },
];

const rgbCache = new Map<string, [number, number, number]>();

function near(px: Pixels, i: number, hex: string, tol: number): boolean {
  let rgb = rgbCache.get(hex);
  if (!rgb) rgbCache.set(hex, (rgb = parseHex(hex)));
  const d = px.data;
  return Math.abs(d[i]! - rgb[0]) <= tol && Math.abs(d[i + 1]! - rgb[1]) <= tol && Math.abs(d[i + 2]! - rgb[2]) <= tol;
}

function countNear(px: Pixels, hex: string, tol = 6): number {
  let n = 0;
  for (let i = 0; i < px.data.length; i += 4) if (near(px, i, hex, tol)) n++;
  return n;
}

function inside(x: number, y: number, boxes: Box[], pad: number): boolean {
  return boxes.some((b) => x >= b.x - pad && x < b.x + b.w + pad && y >= b.y - pad && y < b.y + b.h + pad);
}

let chromeMissing = '';
try {
  findChrome();
} catch (e) {
  chromeMissing = (e as Error).message;
}

describe('e2e: offline illustration cards in Chromium', function () {
  this.timeout(120_000);
  let pool: ChromePool;

  before(async function () {
    if (chromeMissing) {
      console.log(`      skipped: ${chromeMissing}`);
      this.skip();
    }
    pool = await ChromePool.launch({ pages: 2 });
  });
  after(async () => {
    await pool?.close();
  });

  for (const card of CARDS) {
    it(`${card.name}: palette used, text inside its boxes, illustration present`, async () => {
      const { width, height } = card.size;
      const built = buildCardHtml(card.spec, lock, card.size);
      const hidden = buildCardHtml(card.spec, lock, card.size, { hideText: true });
      const [shown, blank] = await Promise.all([pool.screenshot(built.html, width, height), pool.screenshot(hidden.html, width, height)]);
      const a = decodePng(shown);
      const b = decodePng(blank);
      assert.deepEqual([a.width, a.height], [width, height]);

      // Palette: the page is the lock's background, the stripe and marks use the accents.
      const total = width * height;
      assert.ok(countNear(a, p.background) > total * 0.35, `background ${countNear(a, p.background)} of ${total}`);
      for (const hex of [p.accent, p.accent2, p.accent3]) assert.ok(countNear(a, hex, 4) > (width / 3) * 10, `accent #${hex}: ${countNear(a, hex, 4)}`);

      // Text: every pixel that changes when text is hidden lies inside a text box (4 px for antialiasing).
      let textPixels = 0;
      let outside = 0;
      for (let y = 0; y < height; y++) {
        for (let x = 0; x < width; x++) {
          const i = (y * width + x) * 4;
          const d = Math.abs(a.data[i]! - b.data[i]!) + Math.abs(a.data[i + 1]! - b.data[i + 1]!) + Math.abs(a.data[i + 2]! - b.data[i + 2]!);
          if (d <= 24) continue;
          textPixels++;
          if (!inside(x, y, built.textBoxes, 4)) outside++;
        }
      }
      assert.ok(textPixels > 3000, `only ${textPixels} text pixels drawn`);
      assert.equal(outside, 0, `${outside} text pixels outside the text boxes`);
      // The headline ink is on the card.
      assert.ok(countNear(a, p.heading, 10) > 2000, 'headline colour');

      // Illustration: the icon box is mostly not background/tint, in several colours.
      for (const box of built.artBoxes) {
        let painted = 0;
        const colours = new Set<number>();
        for (let y = box.y; y < box.y + box.h; y++) {
          for (let x = box.x; x < box.x + box.w; x++) {
            const i = (y * width + x) * 4;
            if (near(a, i, p.background, 10) || near(a, i, p.tint, 10) || near(a, i, p.tint2, 10)) continue;
            painted++;
            colours.add(((a.data[i]! >> 5) << 6) | ((a.data[i + 1]! >> 5) << 3) | (a.data[i + 2]! >> 5));
          }
        }
        assert.ok(painted > box.w * box.h * 0.2, `illustration covers ${painted} of ${box.w * box.h} px`);
        assert.ok(colours.size >= 3, `illustration has ${colours.size} colours`);
      }
    });
  }

  it('the example lesson: one card per narrated slide, 1920x1080, time per frame measured', async function () {
    const path = join(repoRoot, 'examples/lecture.pptx');
    if (!existsSync(path)) {
      console.log('      skipped: examples/lecture.pptx is not there (run npm run examples)');
      this.skip();
    }
    const deck = await readDeck({ path });
    const cacheDir = await mkdtemp(join(tmpdir(), 'd2v-cards-'));
    try {
      const t0 = performance.now();
      const frames = await illustrateDeck(deck, undefined, resolveIllustrateOptions({ cacheDir }, {}), pool);
      const ms = performance.now() - t0;
      const expected = deck.slides.filter((s) => !s.hidden && !/\[\s*(skip|no[\s_-]?image)\s*\]/i.test(s.notes)).map((s) => s.index);
      assert.deepEqual([...frames.keys()], expected);
      for (const f of frames.values()) {
        const px = decodePng(new Uint8Array(await readFile(f.path)));
        assert.deepEqual([px.width, px.height], [1920, 1080]);
      }
      console.log(`      ${frames.size} cards in ${Math.round(ms)} ms (${Math.round(ms / frames.size)} ms per frame, shared pool of 2 pages)`);
    } finally {
      await rm(cacheDir, { recursive: true, force: true });
    }
  });
});
