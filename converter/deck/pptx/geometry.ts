/**
 * Shape geometry: a:prstGeom (name + adjust values; the renderer resolves the preset shapes) or
 * a:custGeom, which is read into the same definition form as the presets and resolved here by the
 * DrawingML core, so that the model holds plain path commands.
 */
import { resolveGeometry } from '../../drawingml/geometry.js';
import type { GeometryDef, GeometryPathDef } from '../../drawingml/geometry-types.js';
import { literalValue } from '../../drawingml/guide-formula.js';
import type { Geometry, GeometryPath } from '../model.js';
import type { XmlNode } from '../xml.js';

export const RECT: Geometry = { type: 'preset', preset: 'rect', adjust: {} };

const FILLS = new Set(['norm', 'none', 'lighten', 'lightenLess', 'darken', 'darkenLess']);

function gdList(list: XmlNode | undefined): [string, string][] {
  return (list?.children ?? [])
    .filter((g) => g.local === 'gd')
    .map((g) => [g.attr('name') ?? '', g.attr('fmla') ?? 'val 0']);
}

/** The geometry element of an spPr, if any. */
export function geometryNode(spPr: XmlNode | undefined): XmlNode | undefined {
  return spPr?.children.find((c) => c.local === 'prstGeom' || c.local === 'custGeom');
}

/** Geometry of a shape of size w x h (EMU) from its prstGeom/custGeom element. */
export function readGeometry(geom: XmlNode | undefined, w: number, h: number): Geometry {
  if (!geom) return RECT;
  if (geom.local === 'prstGeom') {
    const adjust: Record<string, number> = {};
    for (const [name, fmla] of gdList(geom.child('a:avLst'))) {
      const v = literalValue(fmla);
      if (v !== undefined && name) adjust[name] = v;
    }
    return { type: 'preset', preset: geom.attr('prst') ?? 'rect', adjust };
  }
  return { type: 'custom', paths: resolveGeometry(customDef(geom), {}, w, h).paths };
}

/** A custGeom as a geometry definition (its avLst and gdLst are both evaluated in order). */
function customDef(geom: XmlNode): GeometryDef {
  const paths: GeometryPathDef[] = (geom.child('a:pathLst')?.all('a:path') ?? []).map((p) => {
    const fill = p.attr('fill') ?? 'norm';
    return {
      w: p.num('w', 0),
      h: p.num('h', 0),
      fill: (FILLS.has(fill) ? fill : 'norm') as GeometryPath['fill'],
      stroke: p.bool('stroke', true),
      c: p.children.map(command).filter((c): c is string[] => !!c),
    };
  });
  return { av: gdList(geom.child('a:avLst')), gd: gdList(geom.child('a:gdLst')), rect: null, paths };
}

/** One path command as operand tokens; a command without the points it needs is left out. */
function command(c: XmlNode): string[] | undefined {
  const pts = c.all('a:pt').flatMap((pt) => [pt.attr('x') ?? '0', pt.attr('y') ?? '0']);
  switch (c.local) {
    case 'moveTo': return pts.length >= 2 ? ['M', ...pts.slice(0, 2)] : undefined;
    case 'lnTo': return pts.length >= 2 ? ['L', ...pts.slice(0, 2)] : undefined;
    case 'quadBezTo': return pts.length >= 4 ? ['Q', ...pts.slice(0, 4)] : undefined;
    case 'cubicBezTo': return pts.length >= 6 ? ['C', ...pts.slice(0, 6)] : undefined;
    case 'arcTo': return ['A', ...['wR', 'hR', 'stAng', 'swAng'].map((a) => c.attr(a) ?? '0')];
    case 'close': return ['Z'];
  }
  return undefined;
}
