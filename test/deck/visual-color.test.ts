import assert from 'node:assert/strict';
import { readColor } from '../../converter/deck/pptx/color.js';
import { readFill } from '../../converter/deck/pptx/fill.js';
import { readLine, NO_LINE } from '../../converter/deck/pptx/line.js';
import { readGeometry } from '../../converter/deck/pptx/geometry.js';
import { themeContext, xml } from '../fixtures/visual-fixtures.js';

const color = (inner: string, ctx = themeContext()) => readColor(xml(`<a:solidFill>${inner}</a:solidFill>`), ctx);

describe('deck/pptx visual: colours', () => {
  it('applies lumMod/lumOff in HSL like PowerPoint (Office palette shades of accent1 4472C4)', () => {
    const acc = (t: string) => color(`<a:schemeClr val="accent1">${t}</a:schemeClr>`)?.hex;
    assert.equal(acc('<a:lumMod val="75000"/>'), '2F5597');
    assert.equal(acc('<a:lumMod val="50000"/>'), '203864');
    assert.equal(acc('<a:lumMod val="60000"/><a:lumOff val="40000"/>'), '8FAADC');
    assert.equal(acc('<a:lumMod val="20000"/><a:lumOff val="80000"/>'), 'DAE3F3');
    assert.equal(color('<a:schemeClr val="tx1"><a:lumMod val="65000"/><a:lumOff val="35000"/></a:schemeClr>')?.hex, '595959');
  });

  it('applies tint and shade on linear RGB (Office default outline = accent1 shade 50%)', () => {
    assert.equal(color('<a:schemeClr val="accent1"><a:shade val="50000"/></a:schemeClr>')?.hex, '2F528F');
    assert.equal(color('<a:schemeClr val="tx1"><a:tint val="75000"/></a:schemeClr>')?.hex, '898989');
  });

  it('reads srgb, preset, system, hsl and scRGB colours with alpha', () => {
    assert.deepEqual(color('<a:srgbClr val="ff8000"><a:alpha val="40000"/></a:srgbClr>'), { hex: 'FF8000', alpha: 0.4 });
    assert.deepEqual(color('<a:prstClr val="dkGoldenrod"/>'), { hex: 'B8860B', alpha: 1 });
    assert.deepEqual(color('<a:prstClr val="medSeaGreen"/>'), { hex: '3CB371', alpha: 1 });
    assert.deepEqual(color('<a:sysClr val="windowText" lastClr="112233"/>'), { hex: '112233', alpha: 1 });
    assert.deepEqual(color('<a:sysClr val="window"/>'), { hex: 'FFFFFF', alpha: 1 });
    assert.deepEqual(color('<a:hslClr hue="0" sat="100000" lum="50000"/>'), { hex: 'FF0000', alpha: 1 });
    assert.deepEqual(color('<a:scrgbClr r="100000" g="0" b="21404"/>'), { hex: 'FF007F', alpha: 1 });
    assert.deepEqual(color('<a:srgbClr val="FF0000"><a:alpha val="50000"/><a:alphaMod val="50000"/></a:srgbClr>'), { hex: 'FF0000', alpha: 0.25 });
    assert.deepEqual(color('<a:srgbClr val="FF0000"><a:comp/></a:srgbClr>'), { hex: '00FFFF', alpha: 1 });
    assert.deepEqual(color('<a:srgbClr val="102030"><a:inv/></a:srgbClr>'), { hex: 'EFDFCF', alpha: 1 });
  });

  it('maps scheme names through the colour map and substitutes phClr', () => {
    const dark = themeContext({ colorMap: { bg1: 'dk1', tx1: 'lt1', bg2: 'dk2', tx2: 'lt2' } });
    assert.equal(color('<a:schemeClr val="bg1"/>', dark)?.hex, '000000');
    assert.equal(color('<a:schemeClr val="tx2"/>', dark)?.hex, 'E7E6E6');
    const ph = readColor(xml('<a:solidFill><a:schemeClr val="phClr"><a:lumMod val="50000"/></a:schemeClr></a:solidFill>'), themeContext(), { hex: 'FF0000', alpha: 1 });
    assert.deepEqual(ph, { hex: '800000', alpha: 1 });
  });
});

describe('deck/pptx visual: fills and lines', () => {
  it('reads gradient fills with sorted stops, linear angle and path focus', () => {
    const ctx = themeContext();
    const lin = readFill(xml(`<p:spPr><a:gradFill><a:gsLst><a:gs pos="100000"><a:srgbClr val="0000FF"/></a:gs><a:gs pos="0"><a:schemeClr val="accent2"/></a:gs></a:gsLst><a:lin ang="5400000" scaled="0"/></a:gradFill></p:spPr>`), ctx);
    assert.deepEqual(lin, { type: 'gradient', kind: 'linear', angle: 90, stops: [{ pos: 0, color: { hex: 'ED7D31', alpha: 1 } }, { pos: 1, color: { hex: '0000FF', alpha: 1 } }] });
    const path = readFill(xml(`<p:spPr><a:gradFill><a:gsLst><a:gs pos="0"><a:srgbClr val="FFFFFF"/></a:gs></a:gsLst><a:path path="circle"><a:fillToRect l="50000" t="50000" r="50000" b="50000"/></a:path></a:gradFill></p:spPr>`), ctx);
    assert.deepEqual(path, { type: 'gradient', kind: 'circle', angle: 0, stops: [{ pos: 0, color: { hex: 'FFFFFF', alpha: 1 } }], focus: { l: 0.5, t: 0.5, r: 0.5, b: 0.5 } });
    assert.equal(readFill(xml('<p:spPr><a:prstGeom prst="rect"/></p:spPr>'), ctx), undefined);
    assert.deepEqual(readFill(xml('<p:spPr><a:pattFill prst="dkHorz"><a:fgClr><a:srgbClr val="111111"/></a:fgClr><a:bgClr><a:srgbClr val="EEEEEE"/></a:bgClr></a:pattFill></p:spPr>'), ctx),
      { type: 'pattern', preset: 'dkHorz', fg: { hex: '111111', alpha: 1 }, bg: { hex: 'EEEEEE', alpha: 1 } });
  });

  it('reads lines over a base: width, dash, cap, join, arrow ends; noFill removes the line', () => {
    const ctx = themeContext();
    const base = readLine(xml('<a:ln w="19050" cap="rnd"><a:solidFill><a:srgbClr val="FF0000"/></a:solidFill><a:prstDash val="dash"/><a:bevel/></a:ln>'), ctx);
    assert.deepEqual(base, { fill: { type: 'solid', color: { hex: 'FF0000', alpha: 1 } }, width: 19050, dash: 'dash', cap: 'rnd', join: 'bevel' });
    const over = readLine(xml('<a:ln w="38100"><a:tailEnd type="triangle" w="lg"/></a:ln>'), ctx, base);
    assert.deepEqual(over, { ...base, width: 38100, tail: { type: 'triangle', w: 'lg', len: 'med' } });
    assert.equal(readLine(xml('<a:ln w="38100"><a:noFill/></a:ln>'), ctx, base).width, 0);
    assert.deepEqual(readLine(undefined, ctx), NO_LINE);
  });
});

describe('deck/pptx visual: geometry', () => {
  it('reads preset adjust values and evaluates custom geometry into path commands', () => {
    assert.deepEqual(readGeometry(xml('<a:prstGeom prst="roundRect"><a:avLst><a:gd name="adj" fmla="val 30000"/></a:avLst></a:prstGeom>'), 100, 100),
      { type: 'preset', preset: 'roundRect', adjust: { adj: 30000 } });
    const g = readGeometry(xml(`<a:custGeom><a:avLst><a:gd name="k" fmla="val 50000"/></a:avLst>
      <a:gdLst><a:gd name="x1" fmla="*/ w k 100000"/><a:gd name="y1" fmla="+- b 0 10"/></a:gdLst>
      <a:pathLst><a:path w="0" h="0" fill="darken" stroke="0"><a:moveTo><a:pt x="l" y="t"/></a:moveTo><a:lnTo><a:pt x="x1" y="y1"/></a:lnTo>
      <a:arcTo wR="10" hR="20" stAng="cd4" swAng="-5400000"/><a:cubicBezTo><a:pt x="1" y="2"/><a:pt x="3" y="4"/><a:pt x="r" y="b"/></a:cubicBezTo><a:close/></a:path></a:pathLst></a:custGeom>`), 200, 100);
    assert.deepEqual(g, {
      type: 'custom',
      paths: [{
        w: 0, h: 0, fill: 'darken', stroke: false,
        commands: [
          { op: 'M', x: 0, y: 0 }, { op: 'L', x: 100, y: 90 },
          { op: 'A', wR: 10, hR: 20, stAng: 90, swAng: -90 },
          { op: 'C', x1: 1, y1: 2, x2: 3, y2: 4, x: 200, y: 100 }, { op: 'Z' },
        ],
      }],
    });
  });
});
