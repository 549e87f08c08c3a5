/**
 * Shape geometry: a:prstGeom (name + adjust values; the renderer knows the preset shapes) or
 * a:custGeom, whose guides are evaluated here so that the model holds plain path commands.
 */
import type { CustomGeometry, Geometry, GeometryPath, PathCommand } from '../model.js';
import type { XmlNode } from '../xml.js';
import { builtinGuides, evalGuides } from './geometry-guides.js';

export const RECT: Geometry = { type: 'preset', preset: 'rect', adjust: {} };

const FILLS = new Set(['norm', 'none', 'lighten', 'lightenLess', 'darken', 'darkenLess']);

function gdList(list: XmlNode | undefined): { name: string; fmla: string }[] {
  return (list?.children ?? [])
    .filter((g) => g.local === 'gd')
    .map((g) => ({ name: g.attr('name') ?? '', fmla: g.attr('fmla') ?? 'val 0' }));
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
    for (const g of gdList(geom.child('a:avLst'))) {
      const m = /^val\s+(-?[\d.]+)/.exec(g.fmla.trim());
      if (m && g.name) adjust[g.name] = Number(m[1]);
    }
    return { type: 'preset', preset: geom.attr('prst') ?? 'rect', adjust };
  }
  return readCustom(geom, w, h);
}

function readCustom(geom: XmlNode, w: number, h: number): CustomGeometry {
  const vars = builtinGuides(w, h);
  evalGuides(gdList(geom.child('a:avLst')), vars);
  evalGuides(gdList(geom.child('a:gdLst')), vars);
  const v = (s: string | undefined) => {
    if (s === undefined) return 0;
    const g = vars.get(s);
    if (g !== undefined) return g;
    const n = Number(s);
    return Number.isFinite(n) ? n : 0;
  };
  const paths: GeometryPath[] = [];
  for (const p of geom.child('a:pathLst')?.all('a:path') ?? []) {
    const fill = p.attr('fill') ?? 'norm';
    paths.push({
      w: p.num('w', 0),
      h: p.num('h', 0),
      fill: (FILLS.has(fill) ? fill : 'norm') as GeometryPath['fill'],
      stroke: p.bool('stroke', true),
      commands: p.children.map((c) => command(c, v)).filter((c): c is PathCommand => !!c),
    });
  }
  return { type: 'custom', paths };
}

function command(c: XmlNode, v: (s: string | undefined) => number): PathCommand | undefined {
  const pts = c.all('a:pt').map((pt) => ({ x: v(pt.attr('x')), y: v(pt.attr('y')) }));
  switch (c.local) {
    case 'moveTo': return pts[0] && { op: 'M', ...pts[0] };
    case 'lnTo': return pts[0] && { op: 'L', ...pts[0] };
    case 'quadBezTo': return pts.length >= 2 ? { op: 'Q', x1: pts[0].x, y1: pts[0].y, x: pts[1].x, y: pts[1].y } : undefined;
    case 'cubicBezTo':
      return pts.length >= 3
        ? { op: 'C', x1: pts[0].x, y1: pts[0].y, x2: pts[1].x, y2: pts[1].y, x: pts[2].x, y: pts[2].y }
        : undefined;
    case 'arcTo':
      return {
        op: 'A',
        wR: v(c.attr('wR')),
        hR: v(c.attr('hR')),
        stAng: v(c.attr('stAng')) / 60000,
        swAng: v(c.attr('swAng')) / 60000,
      };
    case 'close': return { op: 'Z' };
  }
  return undefined;
}
