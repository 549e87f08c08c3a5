import assert from 'node:assert/strict';
import { presetGeometry } from '../../converter/drawingml/geometry.js';
import { svgPathData } from '../../converter/render/geometry/svg-path.js';

/** SVG path data of a preset at w x h px (geometry evaluated in EMU as the renderer does). */
function d(preset: string, w: number, h: number, adjust: Record<string, number> = {}): string[] {
  const g = presetGeometry(preset, adjust, w * 9525, h * 9525);
  return g.paths.map((p) => svgPathData(p, w * 9525, h * 9525, w, h));
}

describe('preset geometry', () => {
  it('draws a rectangle', () => {
    assert.deepEqual(d('rect', 200, 100), ['M0 0L200 0L200 100L0 100Z']);
  });

  it('draws a right arrow with default adjusts (50% shaft, head = half the short side)', () => {
    assert.deepEqual(d('rightArrow', 200, 100), ['M0 25L150 25L150 0L200 50L150 100L150 75L0 75Z']);
  });

  it('honours adjust values', () => {
    assert.deepEqual(d('rightArrow', 200, 100, { adj1: 20000, adj2: 100000 }), ['M0 40L100 40L100 0L200 50L100 100L100 60L0 60Z']);
  });

  it('draws a chevron', () => {
    assert.deepEqual(d('chevron', 200, 100), ['M0 0L150 0L200 50L150 100L0 100L50 50Z']);
  });

  it('draws an ellipse as four quarter arcs through the box midpoints', () => {
    assert.deepEqual(d('ellipse', 200, 100), ['M0 50A100 50 0 0 1 100 0A100 50 0 0 1 200 50A100 50 0 0 1 100 100A100 50 0 0 1 0 50Z']);
  });

  it('rounds the corners of roundRect by adj of the short side (default 16667)', () => {
    const [path] = d('roundRect', 200, 100);
    assert.ok(path!.startsWith('M0 16.67A16.67 16.67 0 0 1 16.67 0L183.33 0'), path);
  });

  it('gives the text rectangle of the ellipse (inscribed)', () => {
    const g = presetGeometry('ellipse', {}, 200, 100);
    assert.equal(Math.round(g.textRect.x), 29);
    assert.equal(Math.round(g.textRect.w), 141);
  });

  it('falls back to a rectangle for unknown presets', () => {
    assert.deepEqual(d('noSuchShape', 10, 10), ['M0 0L10 0L10 10L0 10Z']);
  });

  it('knows every preset the spec defines', () => {
    for (const p of ['star5', 'cloud', 'wedgeRoundRectCallout', 'bentConnector3', 'curvedConnector3', 'can', 'heart', 'blockArc', 'leftBrace']) {
      const paths = d(p, 120, 80);
      assert.ok(paths.length >= 1 && paths.every((x) => x.startsWith('M')), p);
    }
  });
});
