/**
 * Table styles: find the a:tblStyle a table names (the deck's /ppt/tableStyles.xml first, then
 * PowerPoint's built-ins) and work out what it gives one cell: fill, borders and text look.
 *
 * A style is a list of regions (wholeTbl, bands, first/last row and column, corner cells). PowerPoint
 * layers the regions that cover a cell in a fixed order, each one overriding only what it sets; a
 * region's left/right/top/bottom borders apply on the region's outer edges and insideH/insideV on the
 * edges between its cells, so "firstRow bottom" is the line under the header row only.
 */
import type { Color, Fill, Line } from '../model.js';
import type { XmlNode } from '../xml.js';
import { builtinTableStyle } from './builtin-table-styles.js';
import { readColor } from './color.js';
import { readFill, readFillNode } from './fill.js';
import { NO_LINE, readLine } from './line.js';
import type { ReadContext } from './read-context.js';

/** The a:tblPr flags that switch style regions on. */
export interface TableLook {
  firstRow: boolean;
  lastRow: boolean;
  firstCol: boolean;
  lastCol: boolean;
  bandRow: boolean;
  bandCol: boolean;
}

export interface StyledText {
  color?: Color;
  bold?: boolean;
  italic?: boolean;
  fontRef?: 'major' | 'minor';
}

export interface CellStyle {
  fill?: Fill;
  borders: { left?: Line; right?: Line; top?: Line; bottom?: Line };
  text: StyledText;
}

/** A cell's place: the rows and columns it covers (merged cells span several). */
export interface CellBox {
  r0: number;
  c0: number;
  r1: number;
  c1: number;
}

export function readLook(tblPr: XmlNode | undefined): TableLook {
  const b = (k: string) => tblPr?.bool(k, false) ?? false;
  return { firstRow: b('firstRow'), lastRow: b('lastRow'), firstCol: b('firstCol'), lastCol: b('lastCol'), bandRow: b('bandRow'), bandCol: b('bandCol') };
}

/** The deck's table style list part, if it has one. */
function tableStylesPart(ctx: ReadContext): string | undefined {
  const pres = ctx.pkg.relsOfType('/', '/officeDocument')[0];
  const rel = pres && !pres.external ? ctx.pkg.relsOfType(pres.target, '/tableStyles')[0] : undefined;
  const part = rel && !rel.external ? rel.target : '/ppt/tableStyles.xml';
  return ctx.pkg.has(part) ? part : undefined;
}

/** The a:tblStyle for an id: defined in the deck, else built in; undefined (with a warning) when unknown. */
export function findTableStyle(ctx: ReadContext, styleId: string | undefined): XmlNode | undefined {
  if (!styleId) return undefined;
  const id = styleId.trim().toUpperCase();
  const part = tableStylesPart(ctx);
  const list = part ? ctx.pkg.xml(part) : undefined;
  for (const s of list?.all('a:tblStyle') ?? []) if ((s.attr('styleId') ?? '').trim().toUpperCase() === id) return s;
  const builtin = builtinTableStyle(id);
  if (!builtin) ctx.warn(`table style ${id} is neither in the deck nor a known built-in style: tables drawn without it`);
  return builtin;
}

interface Region {
  name: string;
  box: CellBox;
}

/** The regions that cover cell (r, c), in the order PowerPoint layers them (later wins). */
function regionsAt(look: TableLook, r: number, c: number, rows: number, cols: number): Region[] {
  const out: Region[] = [{ name: 'wholeTbl', box: { r0: 0, c0: 0, r1: rows - 1, c1: cols - 1 } }];
  const firstData = look.firstRow ? 1 : 0;
  const lastData = look.lastRow ? rows - 2 : rows - 1;
  if (look.bandRow && r >= firstData && r <= lastData) {
    out.push({ name: (r - firstData) % 2 === 0 ? 'band1H' : 'band2H', box: { r0: r, c0: 0, r1: r, c1: cols - 1 } });
  }
  const firstDataCol = look.firstCol ? 1 : 0;
  const lastDataCol = look.lastCol ? cols - 2 : cols - 1;
  if (look.bandCol && c >= firstDataCol && c <= lastDataCol) {
    out.push({ name: (c - firstDataCol) % 2 === 0 ? 'band1V' : 'band2V', box: { r0: 0, c0: c, r1: rows - 1, c1: c } });
  }
  const colBox = { r0: 0, c0: c, r1: rows - 1, c1: c };
  const rowBox = { r0: r, c0: 0, r1: r, c1: cols - 1 };
  if (look.lastCol && c === cols - 1) out.push({ name: 'lastCol', box: colBox });
  if (look.firstCol && c === 0) out.push({ name: 'firstCol', box: colBox });
  if (look.lastRow && r === rows - 1) out.push({ name: 'lastRow', box: rowBox });
  if (look.firstRow && r === 0) out.push({ name: 'firstRow', box: rowBox });
  const one = { r0: r, c0: c, r1: r, c1: c };
  const top = r === 0 && look.firstRow;
  const bottom = r === rows - 1 && look.lastRow;
  if (bottom && c === cols - 1 && look.lastCol) out.push({ name: 'seCell', box: one });
  if (bottom && c === 0 && look.firstCol) out.push({ name: 'swCell', box: one });
  if (top && c === cols - 1 && look.lastCol) out.push({ name: 'neCell', box: one });
  if (top && c === 0 && look.firstCol) out.push({ name: 'nwCell', box: one });
  return out;
}

/** A style border (a:ln or a:lnRef to the theme's line styles). */
function styleLine(holder: XmlNode, ctx: ReadContext): Line | undefined {
  const ln = holder.child('a:ln');
  if (ln) return readLine(ln, ctx, NO_LINE);
  const ref = holder.child('a:lnRef');
  if (ref) {
    const idx = ref.num('idx', 0);
    const themed = ctx.theme.lineStyles[idx - 1];
    return idx > 0 && themed ? readLine(themed, ctx, NO_LINE, readColor(ref, ctx)) : NO_LINE;
  }
  return undefined;
}

/** A style fill (a:fill wrapper or a:fillRef to the theme's fill styles). */
export function styleFill(tcStyle: XmlNode | undefined, ctx: ReadContext): Fill | undefined {
  if (!tcStyle) return undefined;
  const f = tcStyle.child('a:fill');
  if (f) return readFill(f, ctx) ?? { type: 'none' };
  const ref = tcStyle.child('a:fillRef');
  if (ref) {
    const idx = ref.num('idx', 0);
    const list = idx >= 1000 ? ctx.theme.bgFillStyles : ctx.theme.fillStyles;
    const themed = list[(idx >= 1000 ? idx - 1000 : idx) - 1];
    return idx > 0 && themed ? readFillNode(themed, ctx, readColor(ref, ctx)) : { type: 'none' };
  }
  return undefined;
}

function applyText(tx: XmlNode | undefined, text: StyledText, ctx: ReadContext): void {
  if (!tx) return;
  const onOff = (v: string | undefined) => (v === 'on' ? true : v === 'off' ? false : undefined);
  const b = onOff(tx.attr('b'));
  const i = onOff(tx.attr('i'));
  if (b !== undefined) text.bold = b;
  if (i !== undefined) text.italic = i;
  const fontRef = tx.child('a:fontRef');
  const idx = fontRef?.attr('idx');
  if (idx === 'major' || idx === 'minor') text.fontRef = idx;
  const color = readColor(tx, ctx) ?? readColor(fontRef, ctx);
  if (color) text.color = color;
}

/** What the style gives the cell covering `box` (its top-left cell decides fill and text). */
export function cellStyle(style: XmlNode | undefined, look: TableLook, box: CellBox, rows: number, cols: number, ctx: ReadContext): CellStyle {
  const out: CellStyle = { borders: {}, text: {} };
  if (!style) return out;
  // Borders come from the cells on each edge of a merged block, fill and text from its origin.
  const sides: [keyof CellStyle['borders'], number, number][] = [
    ['left', box.r0, box.c0], ['top', box.r0, box.c0], ['right', box.r0, box.c1], ['bottom', box.r1, box.c0],
  ];
  for (const reg of regionsAt(look, box.r0, box.c0, rows, cols)) {
    const node = style.child(`a:${reg.name}`);
    if (!node) continue;
    applyText(node.child('a:tcTxStyle'), out.text, ctx);
    const fill = styleFill(node.child('a:tcStyle'), ctx);
    if (fill) out.fill = fill;
  }
  for (const [side, r, c] of sides) {
    for (const reg of regionsAt(look, r, c, rows, cols)) {
      const bdr = style.child(`a:${reg.name}`)?.child('a:tcStyle')?.child('a:tcBdr');
      if (!bdr) continue;
      const b = reg.box;
      const edge =
        side === 'left' ? (c === b.c0 ? 'left' : 'insideV')
        : side === 'right' ? (c === b.c1 ? 'right' : 'insideV')
        : side === 'top' ? (r === b.r0 ? 'top' : 'insideH')
        : (r === b.r1 ? 'bottom' : 'insideH');
      const holder = bdr.child(`a:${edge}`);
      const line = holder && styleLine(holder, ctx);
      if (line) out.borders[side] = line;
    }
  }
  return out;
}

/** The fill behind the whole table (a:tblBg), if the style has one. */
export function tableBackground(style: XmlNode | undefined, ctx: ReadContext): Fill | undefined {
  const bg = style?.child('a:tblBg');
  if (!bg) return undefined;
  return styleFill(bg, ctx) ?? readFill(bg, ctx);
}
