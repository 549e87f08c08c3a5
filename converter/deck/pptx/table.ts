/**
 * a:tbl (inside a graphicFrame) into a TableElement: the grid, merges, and every cell's fill, borders
 * and text with the table style already applied. Explicit a:tcPr properties win over the style.
 */
import type { ElementBase, Fill, Line, TableCell, TableElement, TableRow, TextBody } from '../model.js';
import { XmlNode } from '../xml.js';
import { readFill } from './fill.js';
import { NO_LINE, readLine } from './line.js';
import type { ReadContext } from './read-context.js';
import { cellStyle, findTableStyle, readLook, tableBackground, type CellBox, type TableLook } from './table-styles.js';
import { overFill } from './table-fill.js';
import { readPlainTextBody } from './text.js';

/** Cell margins PowerPoint uses when a:tcPr gives none (0.1" left/right, 0.05" top/bottom). */
const MARGINS = { marL: 91440, marR: 91440, marT: 45720, marB: 45720 };
const ANCHORS: Record<string, TextBody['anchor']> = { t: 't', ctr: 'ctr', b: 'b', just: 'ctr', dist: 'ctr' };

const EMPTY_BODY = new XmlNode('a:txBody', {}, [new XmlNode('a:bodyPr', {}, [], ''), new XmlNode('a:p', {}, [], '')], '');

/** What every cell of one table shares. */
interface TableInfo {
  style: XmlNode | undefined;
  look: TableLook;
  background: Fill | undefined;
  nRows: number;
  nCols: number;
}

export function readTable(tbl: XmlNode, ctx: ReadContext, base: ElementBase): TableElement {
  const tblPr = tbl.child('a:tblPr');
  const style = findTableStyle(ctx, tblPr?.child('a:tableStyleId')?.deepText());
  const columns = (tbl.child('a:tblGrid')?.all('a:gridCol') ?? []).map((g) => Math.max(0, g.num('w', 0)));
  const trs = tbl.all('a:tr');
  const info: TableInfo = {
    style,
    look: readLook(tblPr),
    // The table's own background beats the style's; either shows through cells without a fill.
    background: readFill(tblPr, ctx) ?? tableBackground(style, ctx),
    nRows: trs.length,
    nCols: columns.length,
  };
  let ragged = false;
  const rows: TableRow[] = [];
  for (const [r, tr] of trs.entries()) {
    // Every cell is an element of the slide: rows past the slide's limit are left out.
    if (ctx.budget && !ctx.budget.takeElements(columns.length)) break;
    const tcs = tr.all('a:tc');
    if (tcs.length !== info.nCols) ragged = true;
    const cells = columns.map((_, c) => readCell(tcs[c], r, c, info, ctx));
    rows.push({ height: Math.max(0, tr.num('h', 0)), cells });
  }
  if (ragged) ctx.warn('a table row has a different number of cells than the table has columns: extra cells dropped, missing ones left empty');
  return { ...base, kind: 'table', columns, rows };
}

function readCell(tc: XmlNode | undefined, r: number, c: number, t: TableInfo, ctx: ReadContext): TableCell {
  const gridSpan = Math.max(1, Math.min(t.nCols - c, tc?.num('gridSpan', 1) ?? 1));
  const rowSpan = Math.max(1, Math.min(t.nRows - r, tc?.num('rowSpan', 1) ?? 1));
  const merged = !!tc && (tc.bool('hMerge', false) || tc.bool('vMerge', false));
  const box: CellBox = { r0: r, c0: c, r1: r + rowSpan - 1, c1: c + gridSpan - 1 };
  const st = cellStyle(t.style, t.look, box, t.nRows, t.nCols, ctx);
  const tcPr = tc?.child('a:tcPr');

  const fill: Fill = overFill(readFill(tcPr, ctx) ?? st.fill ?? { type: 'none' }, t.background);
  const border = (el: string, styled: Line | undefined): Line => {
    const ln = tcPr?.child(el);
    return ln ? readLine(ln, ctx, styled ?? NO_LINE) : (styled ?? NO_LINE);
  };
  const borders = {
    left: border('a:lnL', st.borders.left),
    right: border('a:lnR', st.borders.right),
    top: border('a:lnT', st.borders.top),
    bottom: border('a:lnB', st.borders.bottom),
  };

  const body = readPlainTextBody(tc?.child('a:txBody') ?? EMPTY_BODY, ctx, st.text);
  // PowerPoint lays cell text out with the tcPr margins and anchor; the cell's bodyPr insets are ignored.
  const num = (k: keyof typeof MARGINS) => Math.max(0, tcPr?.num(k, MARGINS[k]) ?? MARGINS[k]);
  const text: TextBody = {
    ...body,
    insets: { l: num('marL'), t: num('marT'), r: num('marR'), b: num('marB') },
    anchor: ANCHORS[tcPr?.attr('anchor') ?? 't'] ?? 't',
    anchorCtr: tcPr?.bool('anchorCtr', false) ?? false,
    vert: tcPr?.attr('vert') ?? 'horz',
    wrap: true,
    autofit: { type: 'none' },
  };
  return { gridSpan, rowSpan, merged, fill, borders, text };
}
