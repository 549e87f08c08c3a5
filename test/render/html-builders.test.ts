/** Pure HTML/SVG builders: exact output for small inputs. */
import assert from 'node:assert/strict';
import { MediaUris } from '../../converter/render/media.js';
import { makeContext } from '../../converter/render/render-context.js';
import { slideHtml } from '../../converter/render/slide-html.js';
import { elementHtml } from '../../converter/render/elements/element.js';
import { paragraphHtml } from '../../converter/render/text/paragraph.js';
import { textBodyHtml } from '../../converter/render/text/text-body.js';
import { runHtml } from '../../converter/render/text/run.js';
import { svgStroke } from '../../converter/render/paint/stroke.js';
import { svgPaint } from '../../converter/render/paint/svg-paint.js';
import { niceAxis } from '../../converter/render/chart/scale.js';
import { bulletChar } from '../../converter/render/text/symbol-chars.js';
import { body, color, deck, IN, line, media, para, picture, run, shape, solid, twoColorPng } from './model-builders.js';

const NO_SCALE = { font: 1, lineReduction: 0, shrink: false };

function ctx(m = new Map()) {
  return makeContext(new MediaUris(m));
}

describe('HTML builders', () => {
  it('writes a run with its formatting and escaped text', () => {
    const c = ctx();
    const html = runHtml(run('a < b & "c"', { size: 18, bold: true, italic: true, underline: 'sng', color: color('FF0000', 0.5) }), NO_SCALE, c);
    assert.equal(html, '<span class="c1" style="font-size:24px;color:rgba(255,0,0,0.5);font-weight:bold;font-style:italic;text-decoration-line:underline;text-decoration-skip-ink:none">a &lt; b &amp; &quot;c&quot;</span>');
    assert.match(c.css(), /^\.c1\{font-family:"Carlito",/);
  });

  it('writes superscript smaller and raised, and sizes under a saved autofit scale', () => {
    const html = runHtml(run('2', { size: 18, baseline: 30 }), { font: 0.5, lineReduction: 0, shrink: false }, ctx());
    assert.match(html, /font-size:8px;/);
    assert.match(html, /vertical-align:3.6px/);
  });

  it('writes shrink-to-fit sizes relative to --fs', () => {
    assert.match(runHtml(run('x', { size: 12 }), { font: 1, lineReduction: 0, shrink: true }, ctx()), /font-size:calc\(var\(--fs,1\)\*16px\)/);
  });

  it('hangs a bullet in the negative first-line indent', () => {
    const p = para([run('Item')], { marginLeft: 342900, indent: -342900, bullet: { type: 'char', char: '•', sizePct: 1 } });
    const html = paragraphHtml(p, NO_SCALE, ctx(), true);
    assert.match(html, /padding-inline-start:36px;text-indent:-36px/);
    assert.match(html, /<span class="c1" style="display:inline-block;text-indent:0;min-width:36px;font-size:24px;color:#000000;font-style:normal">•<\/span>/);
  });

  it('writes numbered paragraphs with their number text', () => {
    const p = para([run('Step')], { bullet: { type: 'autonum', scheme: 'arabicPeriod', number: 3, text: '3.', sizePct: 1 } });
    assert.match(paragraphHtml(p, NO_SCALE, ctx(), true), />3\.<\/span><span/);
  });

  it('maps Wingdings bullets to the Unicode characters they show', () => {
    assert.deepEqual(bulletChar('§', 'Wingdings'), { char: '▪', symbolic: true });
    assert.deepEqual(bulletChar('\uF0D8', 'Wingdings'), { char: '➢', symbolic: true });
    assert.deepEqual(bulletChar('–', 'Arial'), { char: '–', symbolic: false });
  });

  it('applies line spacing, space before/after (not before the first paragraph) and RTL', () => {
    const p = para([run('x', { size: 20 })], { lineSpacing: { pct: 1.5 }, spaceBefore: { pts: 12 }, spaceAfter: { pct: 0.5 }, rtl: true, align: 'r' });
    const first = paragraphHtml(p, NO_SCALE, ctx(), true);
    assert.match(first, /^<p dir="rtl" class="c1" style="text-align:right;font-size:26.67px;line-height:1.8;position:relative;top:8px;margin-bottom:16px;tab-size:96px">/);
    assert.match(paragraphHtml(p, NO_SCALE, ctx(), false), /margin-top:16px;margin-bottom:16px/);
    assert.match(paragraphHtml(para([run('x')], { lineSpacing: { pts: 30 } }), NO_SCALE, ctx(), true), /line-height:40px/);
  });

  it('gives an empty paragraph one line of its end-of-paragraph size', () => {
    const html = paragraphHtml(para([], { endSize: 24 }), NO_SCALE, ctx(), true);
    assert.match(html, /font-size:32px;line-height:1.2/);
    assert.match(html, /<br><\/span><\/p>$/);
  });

  it('anchors a text body with flex, insets as padding, and marks shrink-to-fit boxes', () => {
    const b = body([para('x')], { anchor: 'b', autofit: { type: 'normal', fontScale: 1, lnSpcReduction: 0, saved: false } });
    const html = textBodyHtml(b, { x: 10, y: 20, w: 300, h: 100, unmirror: false, elementRotation: 0 }, ctx());
    assert.match(html, /^<div class="tb" data-shrink style="position:absolute;left:10px;top:20px;width:300px;height:100px;box-sizing:border-box;padding:4.8px 9.6px 4.8px 9.6px;display:flex;flex-direction:column;justify-content:flex-end;--fs:1">/);
  });

  it('turns vertical text in a swapped box and keeps the insets on the shape sides', () => {
    const b = body([para('x')], { vert: 'vert', insets: { l: 9525, t: 2 * 9525, r: 3 * 9525, b: 4 * 9525 } });
    const html = textBodyHtml(b, { x: 0, y: 0, w: 200, h: 100, unmirror: false, elementRotation: 0 }, ctx());
    assert.match(html, /left:50px;top:-50px;width:100px;height:200px;box-sizing:border-box;padding:3px 4px 1px 2px;.*transform:rotate\(90deg\)/);
  });

  it('keeps unwrapped lines on one line, overflowing by their alignment', () => {
    const html = textBodyHtml(body([para('long text', { align: 'ctr' })], { wrap: false }), { x: 0, y: 0, w: 50, h: 50, unmirror: false, elementRotation: 0 }, ctx());
    assert.match(html, /white-space:pre/);
    assert.match(html, /<p class="c1" style="align-self:center;width:max-content;text-align:center/);
  });

  it('draws a filled, outlined rectangle as SVG inside a positioned, rotated box', () => {
    const el = shape({ x: IN, y: IN / 2, w: 2 * IN, h: IN }, { fill: solid('00FF00'), line: line('000000', 1), rotation: 30, flipH: true });
    assert.equal(
      elementHtml(el, ctx()),
      '<div class="e" style="left:96px;top:48px;width:192px;height:96px;transform:rotate(30deg) scale(-1,1)">' +
        '<svg class="g" width="192" height="96" viewBox="0 0 192 96"><path d="M0 0L192 0L192 96L0 96Z" fill="#00FF00" stroke="#000000" stroke-width="1.33" stroke-linecap="butt" stroke-linejoin="round"/></svg></div>',
    );
  });

  it('unmirrors the text of a mirrored shape', () => {
    const el = shape({ x: 0, y: 0, w: IN, h: IN }, { flipH: true, text: body([para('abc')]) });
    assert.match(elementHtml(el, ctx()), /transform:scaleX\(-1\)/);
    const both = shape({ x: 0, y: 0, w: IN, h: IN }, { flipH: true, flipV: true, text: body([para('abc')]) });
    assert.doesNotMatch(elementHtml(both, ctx()), /scaleX\(-1\)/);
  });

  it('builds dashes and arrowheads from the line', () => {
    const s = svgStroke(line('112233', 2, { dash: 'dash', tail: { type: 'triangle', w: 'lg', len: 'sm' } }), ctx(), 10, 10);
    assert.match(s.attrs, /stroke-dasharray="10.67 8"/);
    assert.match(s.attrs, /marker-end="url\(#arrow1\)"/);
    assert.match(s.defs, /<path d="M0 0L-5.33 -6.67L-5.33 6.67Z" fill="#112233"\/>/);
    assert.equal(svgStroke(line('112233', 2), ctx(), 10, 10, false).defs, '');
  });

  it('writes a linear gradient along its angle across the box', () => {
    const p = svgPaint({ type: 'gradient', kind: 'linear', angle: 90, stops: [{ pos: 0, color: color('FF0000') }, { pos: 1, color: color('0000FF', 0.5) }] }, ctx(), 100, 50);
    assert.equal(p.paint, 'url(#grad1)');
    assert.equal(p.defs, '<linearGradient id="grad1" gradientUnits="userSpaceOnUse" x1="50" y1="0" x2="50" y2="50"><stop offset="0" stop-color="#FF0000"/><stop offset="1" stop-color="#0000FF" stop-opacity="0.5"/></linearGradient>');
  });

  it('places a cropped picture inside a clipping box', () => {
    const m = new Map([['/a.png', media(twoColorPng(2, 2, '#000000', '#FFFFFF'))]]);
    const html = elementHtml(picture({ x: 0, y: 0, w: IN, h: IN }, '/a.png', { crop: { l: 0.5, t: 0, r: 0, b: 0.5 }, alpha: 0.4 }), ctx(m));
    assert.match(html, /<div style="position:absolute;inset:0;overflow:hidden"><img src="data:image\/png;base64,[A-Za-z0-9+/=]+" alt="" style="position:absolute;left:-96px;top:0px;width:192px;height:192px;opacity:0.4"><\/div>/);
  });

  it('says once that EMF/WMF without a fallback are not drawn, and draws nothing', () => {
    const warnings: string[] = [];
    const c = makeContext(new MediaUris(new Map()), { warn: (w) => warnings.push(w) });
    assert.equal(elementHtml(picture({ x: 0, y: 0, w: IN, h: IN }, '', { vectorOnly: 'emf' }), c), '');
    assert.deepEqual(warnings, ['EMF pictures without a raster fallback are not drawn']);
  });

  it('builds a whole page with a CSP that forbids scripts and remote loads', () => {
    const d = deck([[shape({ x: 0, y: 0, w: IN, h: IN }, { fill: solid('FF0000') })]], { background: solid('123456') });
    const page = slideHtml(d, d.slides[0]!, ctx());
    assert.equal(page.width, 960);
    assert.equal(page.height, 720);
    assert.equal(page.needsShrink, false);
    assert.match(page.html, /<meta http-equiv="Content-Security-Policy" content="default-src 'none'; img-src data: blob:; style-src 'unsafe-inline'; font-src data:">/);
    assert.match(page.html, /<rect width="960" height="720" fill="#123456"\/>/);
  });
});

describe('chart scales', () => {
  it('picks 1/2/5 steps that cover the data, from zero', () => {
    assert.deepEqual(niceAxis(0, 8.2), { min: 0, max: 10, step: 2, ticks: [0, 2, 4, 6, 8, 10] });
    assert.deepEqual(niceAxis(-3, 7).ticks, [-4, -2, 0, 2, 4, 6, 8]);
    assert.deepEqual(niceAxis(0, 100).ticks, [0, 20, 40, 60, 80, 100, 120]);
    assert.deepEqual(niceAxis(0, 63.8).ticks, [0, 10, 20, 30, 40, 50, 60, 70]);
    assert.deepEqual(niceAxis(0, 3.1).ticks, [0, 0.5, 1, 1.5, 2, 2.5, 3, 3.5]);
  });
});
