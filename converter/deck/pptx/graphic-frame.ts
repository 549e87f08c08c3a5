/**
 * p:graphicFrame: a frame around a table, a chart, a SmartArt diagram or an OLE object. Dispatches on
 * a:graphicData@uri; what we cannot read is skipped with one warning per kind.
 */
import type { ElementBase, SlideElement } from '../model.js';
import type { XmlNode } from '../xml.js';
import { readChartFrame } from './chart.js';
import { readOlePicture } from './ole-picture.js';
import type { ReadContext } from './read-context.js';
import { readSmartArt } from './smartart.js';
import { readTable } from './table.js';

const TABLE = 'http://schemas.openxmlformats.org/drawingml/2006/table';
const CHART = 'http://schemas.openxmlformats.org/drawingml/2006/chart';
const DIAGRAM = 'http://schemas.openxmlformats.org/drawingml/2006/diagram';
const OLE = 'http://schemas.openxmlformats.org/presentationml/2006/ole';
const CHART_EX = /\/chartex$/i;

export type ReadTree = (spTree: XmlNode, ctx: ReadContext) => SlideElement[];

/** The value of an attribute by local name (r:id, r:dm … whatever prefix the writer chose). */
export function attrLocal(node: XmlNode | undefined, local: string): string | undefined {
  if (!node) return undefined;
  for (const [k, v] of Object.entries(node.attrs)) if (k === local || k.endsWith(`:${local}`)) return v;
  return undefined;
}

export function childLocal(node: XmlNode | undefined, local: string): XmlNode | undefined {
  return node?.children.find((c) => c.local === local);
}

export function readGraphicFrame(node: XmlNode, ctx: ReadContext, base: ElementBase, readTree: ReadTree): SlideElement | undefined {
  const data = childLocal(childLocal(node, 'graphic'), 'graphicData');
  const uri = data?.attr('uri') ?? '';
  if (!data) return undefined;
  if (uri === TABLE) {
    const tbl = childLocal(data, 'tbl');
    return tbl ? readTable(tbl, ctx, base) : undefined;
  }
  if (uri === CHART) return readChartFrame(data, ctx, base);
  if (uri === DIAGRAM) return readSmartArt(data, ctx, base, readTree);
  if (CHART_EX.test(uri)) {
    ctx.warn('a chart type not supported (waterfall, treemap, sunburst, histogram, funnel, box & whisker, map): drawn as its cached image if any');
    return undefined;
  }
  if (uri === OLE) return readOlePicture(data, ctx, base);
  ctx.warn(`unsupported graphic frame content (${uri || 'no type'}): skipped`);
  return undefined;
}
