import assert from 'node:assert/strict';
import { buildCardHtml } from '../../converter/illustrate/card/card-html.js';
import { cardFrame } from '../../converter/illustrate/card/card-frame.js';
import { countLines, fitFontSize } from '../../converter/illustrate/card/fit-text.js';
import { iconSvg } from '../../converter/illustrate/icons/icon-sets.js';
import { fontStack } from '../../converter/illustrate/style/fonts.js';
import { cardPalette } from '../../converter/illustrate/style/palette.js';
import { contrast } from '../../converter/drawingml/color-math.js';
import { buildStyleLock } from '../../converter/illustrate/style/style-lock.js';
import type { CardSpec } from '../../converter/illustrate/types.js';
import { FOREST_THEME, OFFICE_THEME } from './fixtures.js';

const lock = buildStyleLock(OFFICE_THEME, 'flat vector illustration');
const spec = (over: Partial<CardSpec> = {}): CardSpec => ({
  layout: 'concept',
  lang: 'en',
  dir: 'ltr',
  kicker: 'The water cycle',
  headline: 'Evaporation',
  points: ['The sun warms the sea', 'Vapour rises into the air'],
  icon: iconSvg('fluent-emoji-flat', 'sun'),
  variant: 0,
  ...over,
});

describe('illustrate/card-html', () => {
  it('escapes deck text: HTML in notes shows as text, never as markup', () => {
    const html = buildCardHtml(spec({ headline: '<img src=x onerror=alert(1)>', points: ['a & b < c', '"quoted" \'single\''] }), lock, { width: 1920, height: 1080 }).html;
    assert.ok(html.includes('&lt;img src=x onerror=alert(1)&gt;'));
    assert.ok(html.includes('a &amp; b &lt; c'));
    assert.ok(html.includes('&quot;quoted&quot; &#39;single&#39;'));
    assert.ok(!/<img|<script|onerror=alert\(1\)>/.test(html.replace(/&lt;img src=x onerror=alert\(1\)&gt;/, '')));
  });

  it('is self-contained: no scripts, no URLs other than the SVG namespace', () => {
    const html = buildCardHtml(spec(), lock, { width: 1920, height: 1080 }).html;
    assert.ok(!/<script/i.test(html));
    const urls = html.match(/(?:https?:|url\()[^"')\s]*/g) ?? [];
    assert.deepEqual([...new Set(urls)], ['http://www.w3.org/2000/svg']);
  });

  it("uses the theme's palette and fonts (Calibri -> Carlito, Cambria -> Caladea)", () => {
    const html = buildCardHtml(spec(), lock, { width: 1920, height: 1080 }).html;
    for (const hex of ['4472C4', 'ED7D31', '70AD47', '44546A']) assert.ok(html.includes(`#${hex}`), hex);
    assert.ok(html.includes('font-family:"Carlito", "Calibri Light", "Noto Sans"'));
    const forest = buildCardHtml(spec(), buildStyleLock(FOREST_THEME, 'x'), { width: 1920, height: 1080 }).html;
    assert.ok(forest.includes('"Caladea", "Cambria"'));
    assert.ok(forest.includes('#2E7D32'));
    assert.equal(fontStack('Calibri', 'arabic'), '"Carlito", "Calibri", "Noto Sans Arabic", "Noto Naskh Arabic", "Noto Sans", "Liberation Sans", "DejaVu Sans", sans-serif');
    assert.equal(fontStack('Mangal', 'devanagari'), '"Mangal", "Noto Sans Devanagari", "Noto Sans", "Liberation Sans", "DejaVu Sans", sans-serif');
  });

  it('palette roles stay legible whatever the theme (a yellow accent1 is darkened for text)', () => {
    const p = cardPalette({ ...OFFICE_THEME.colors, accent1: 'FFC000' });
    assert.ok(contrast(p.heading, p.background) >= 7);
    assert.ok(contrast(p.text, p.background) >= 7);
    assert.ok(contrast(p.accentText, p.background) >= 3.2);
    assert.equal(p.accent, 'FFC000');
    // A grey accent is never picked as an accent when coloured ones exist.
    assert.ok(![p.accent, p.accent2, p.accent3].includes('A5A5A5'));
  });

  it('Arabic cards are right-to-left: dir=rtl and the illustration on the right', () => {
    const built = buildCardHtml(spec({ lang: 'ar', dir: 'rtl', headline: 'دورة الماء', kicker: '', points: ['يتبخر الماء من البحر'] }), lock, { width: 1920, height: 1080 });
    assert.ok(built.html.startsWith('<!doctype html><html lang="ar" dir="rtl">'));
    assert.ok(built.artBoxes[0]!.x > 960, JSON.stringify(built.artBoxes));
    assert.ok(built.textBoxes[0]!.x + built.textBoxes[0]!.w < 1000, JSON.stringify(built.textBoxes));
    // No capitals or letter-spacing for a joined script.
    assert.ok(!built.html.includes('text-transform:uppercase'));
    const frame = cardFrame({ width: 1920, height: 1080 }, false);
    assert.ok(frame.art.x < frame.text.x);
  });

  it('lays out every region inside the frame, for wide, square and tall frames and all layouts', () => {
    const layouts: CardSpec[] = [
      spec(),
      spec({ layout: 'number', figure: { value: '96.5%', caption: 'of all water is in the oceans' } }),
      spec({ layout: 'comparison', sides: ['Plant cells', 'Animal cells'], sidePoints: ['Have a wall', 'Have no wall'], icon2: iconSvg('fluent-emoji-flat', 'dog-face') }),
      spec({ layout: 'steps', steps: ['Sun heats the sea', 'Vapour rises', 'Rain falls'].map((text) => ({ text, icon: iconSvg('tabler', 'sun') })) }),
    ];
    for (const size of [{ width: 1920, height: 1080 }, { width: 1080, height: 1080 }, { width: 1080, height: 1920 }, { width: 1280, height: 720 }]) {
      for (const s of layouts) {
        const built = buildCardHtml(s, lock, size);
        for (const b of [...built.textBoxes, ...built.artBoxes]) {
          assert.ok(b.x >= 0 && b.y >= 0 && b.x + b.w <= size.width && b.y + b.h <= size.height && b.w > 0 && b.h > 0, `${s.layout} ${size.width}x${size.height} ${JSON.stringify(b)}`);
        }
        for (const [i, a] of built.textBoxes.entries()) {
          for (const b of built.artBoxes) assert.ok(!overlaps(a, b), `${s.layout} ${size.width}x${size.height}: text box ${i} overlaps the illustration`);
        }
      }
    }
  });

  it('fits font sizes by estimated line count', () => {
    assert.equal(countLines('one two three', 10, 1000), 1);
    assert.equal(countLines('aaaa aaaa aaaa aaaa', 100, 450), 2); // 200 px words + 24 px spaces: two per line
    assert.equal(countLines('aaaa aaaa aaaa aaaa', 100, 400), 4);
    assert.equal(fitFontSize('Short', 800, 1, 120, 40), 120);
    const size = fitFontSize('A much longer headline that needs to wrap over lines', 800, 2, 120, 40, true);
    assert.ok(size < 120 && size >= 40);
    assert.ok(countLines('A much longer headline that needs to wrap over lines', size, 800 * 0.94, true) <= 2);
  });
});

function overlaps(a: { x: number; y: number; w: number; h: number }, b: { x: number; y: number; w: number; h: number }): boolean {
  return a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h;
}
