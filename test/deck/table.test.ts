import assert from 'node:assert/strict';
import type { TableElement } from '../../converter/deck/model.js';
import { parseXml } from '../../converter/deck/xml.js';
import { readTable } from '../../converter/deck/pptx/table.js';
import { bareContext, corpusDeck, flatten, openDeck, openDeckFile, pptxBytes, textOf } from '../fixtures/graphic-frame-fixtures.js';

const BASE = { id: '5', name: 'Table 4', origin: 'slide' as const, frame: { x: 0, y: 0, w: 3000000, h: 900000 }, rotation: 0, flipH: false, flipV: false };
const A = 'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"';
const solid = (hex: string) => ({ type: 'solid', color: { hex, alpha: 1 } });

function cell(text: string, attrs = '', tcPr = '<a:tcPr/>'): string {
  return `<a:tc${attrs}><a:txBody><a:bodyPr/><a:lstStyle/><a:p><a:r><a:rPr lang="en-US"/><a:t>${text}</a:t></a:r></a:p></a:txBody>${tcPr}</a:tc>`;
}

/** A 3x3 table with the given tblPr; cell texts r0c0 … r2c2. */
function grid(tblPr: string, override: Record<string, string> = {}): string {
  const rows = [0, 1, 2].map((r) => `<a:tr h="370840">${[0, 1, 2].map((c) => override[`${r}${c}`] ?? cell(`r${r}c${c}`)).join('')}</a:tr>`).join('');
  return `<a:tbl ${A}>${tblPr}<a:tblGrid><a:gridCol w="1000000"/><a:gridCol w="1000000"/><a:gridCol w="1000000"/></a:tblGrid>${rows}</a:tbl>`;
}

function read(xml: string, files: Record<string, string> = {}): { t: TableElement; warnings: string[] } {
  const ctx = bareContext(files);
  return { t: readTable(parseXml(xml), ctx, BASE), warnings: ctx.warnings };
}

describe('pptx tables', () => {
  it('reads a pptxgenjs table: grid, merges, explicit fills and borders, margins, text', async () => {
    const bytes = await pptxBytes((p) => {
      const s = p.addSlide();
      s.addTable([
        [{ text: 'A', options: { fill: { color: 'FF0000' }, colspan: 2 } }, { text: 'C' }],
        // A border list with only the top side: pptxgenjs makes the missing sides 'none'.
        [{ text: 'D', options: { rowspan: 2, border: [{ type: 'solid', color: '0000FF', pt: 2 }, { type: 'none' }, { type: 'none' }, { type: 'none' }] } }, { text: 'E' }, { text: 'F' }],
        [{ text: 'G' }, { text: 'H' }],
      ], { x: 0.5, y: 0.5, w: 6, margin: 0.1 });
    });
    const deck = await openDeck(bytes);
    const [t] = deck.elements(1).filter((e): e is TableElement => e.kind === 'table');
    assert.ok(t);
    assert.deepEqual(t.frame, { x: 457200, y: 457200, w: 5486400, h: t.frame.h });
    assert.deepEqual(t.columns, [1828800, 1828800, 1828800]);
    assert.deepEqual(t.rows.map((r) => r.cells.map((c) => [c.gridSpan, c.rowSpan, c.merged])), [
      [[2, 1, false], [1, 1, true], [1, 1, false]],
      [[1, 2, false], [1, 1, false], [1, 1, false]],
      [[1, 1, true], [1, 1, false], [1, 1, false]],
    ]);
    assert.deepEqual(t.rows.map((r) => r.cells.map((c) => textOf(c.text))), [['A', '', 'C'], ['D', 'E', 'F'], ['', 'G', 'H']]);
    assert.deepEqual(t.rows[0]!.cells[0]!.fill, solid('FF0000'));
    // No table style: cells without a fill are see-through.
    assert.deepEqual(t.rows[0]!.cells[2]!.fill, { type: 'none' });
    const d = t.rows[1]!.cells[0]!;
    assert.equal(d.borders.top.width, 25400);
    assert.deepEqual(d.borders.top.fill, solid('0000FF'));
    assert.equal(d.borders.left.width, 0);
    assert.deepEqual(d.borders.left.fill, { type: 'none' });
    assert.deepEqual(d.text.insets, { l: 91440, t: 91440, r: 91440, b: 91440 });
    assert.equal(d.text.paragraphs[0]!.runs[0]!.color.hex, '000000');
    assert.equal(d.text.paragraphs[0]!.runs[0]!.size, 12);
  });

  it('applies the built-in Medium Style 2 - Accent 1 when the deck does not define it', () => {
    const { t, warnings } = read(grid('<a:tblPr firstRow="1" bandRow="1"><a:tableStyleId>{5C22544A-7EE6-4342-B048-85BDC9FD1C3A}</a:tableStyleId></a:tblPr>'));
    assert.deepEqual(warnings, []);
    const fills = t.rows.map((r) => r.cells.map((c) => (c.fill.type === 'solid' ? c.fill.color.hex : c.fill.type)));
    // Header accent1; first data row is band 1 (tint 40%); second data row band 2 shows wholeTbl (tint 20%).
    assert.deepEqual(fills, [['4472C4', '4472C4', '4472C4'], ['CFD5EA', 'CFD5EA', 'CFD5EA'], ['E9EBF5', 'E9EBF5', 'E9EBF5']]);
    const head = t.rows[0]!.cells[1]!;
    assert.equal(head.text.paragraphs[0]!.runs[0]!.bold, true);
    assert.equal(head.text.paragraphs[0]!.runs[0]!.color.hex, 'FFFFFF');
    const body = t.rows[1]!.cells[1]!;
    assert.equal(body.text.paragraphs[0]!.runs[0]!.bold, false);
    assert.equal(body.text.paragraphs[0]!.runs[0]!.color.hex, '000000');
    // Header bottom: 3 pt white; inside lines 1 pt white; outer edges 1 pt white.
    assert.equal(head.borders.bottom.width, 38100);
    assert.deepEqual(head.borders.bottom.fill, solid('FFFFFF'));
    assert.equal(body.borders.top.width, 12700);
    assert.equal(body.borders.left.width, 12700);
    assert.deepEqual(body.borders.left.fill, solid('FFFFFF'));
    assert.deepEqual(body.text.insets, { l: 91440, t: 45720, r: 91440, b: 45720 });
  });

  it('layers firstCol, lastRow and bands in PowerPoint order; explicit tcPr wins', () => {
    const tblPr = '<a:tblPr firstCol="1" lastRow="1" bandRow="1"><a:tableStyleId>{5C22544A-7EE6-4342-B048-85BDC9FD1C3A}</a:tableStyleId></a:tblPr>';
    const { t } = read(grid(tblPr, {
      '11': cell('own', '', '<a:tcPr marL="0" anchor="ctr"><a:lnB w="50800"><a:solidFill><a:srgbClr val="00FF00"/></a:solidFill></a:lnB><a:solidFill><a:srgbClr val="123456"/></a:solidFill></a:tcPr>'),
    }));
    const fill = (r: number, c: number) => { const f = t.rows[r]!.cells[c]!.fill; return f.type === 'solid' ? f.color.hex : f.type; };
    // No header row: row 0 is band 1, row 1 band 2; the last row and first column are accent1.
    assert.deepEqual([fill(0, 1), fill(1, 2), fill(2, 1), fill(0, 0), fill(2, 0)], ['CFD5EA', 'E9EBF5', '4472C4', '4472C4', '4472C4']);
    const own = t.rows[1]!.cells[1]!;
    assert.equal(fill(1, 1), '123456');
    assert.equal(own.borders.bottom.width, 50800);
    assert.deepEqual(own.borders.bottom.fill, solid('00FF00'));
    assert.equal(own.borders.top.width, 12700); // still the style's
    assert.equal(own.text.insets.l, 0);
    assert.equal(own.text.anchor, 'ctr');
    // lastRow's top border (3 pt) sits on the last row only.
    assert.equal(t.rows[2]!.cells[1]!.borders.top.width, 38100);
  });

  it('prefers the deck definition of a style over the built-in one, and warns on unknown ids', () => {
    const styles = `<a:tblStyleLst ${A} def="{5C22544A-7EE6-4342-B048-85BDC9FD1C3A}"><a:tblStyle styleId="{5C22544A-7EE6-4342-B048-85BDC9FD1C3A}" styleName="custom"><a:wholeTbl><a:tcStyle><a:fill><a:solidFill><a:srgbClr val="ABCDEF"/></a:solidFill></a:fill></a:tcStyle></a:wholeTbl></a:tblStyle></a:tblStyleLst>`;
    const { t } = read(grid('<a:tblPr><a:tableStyleId>{5c22544a-7ee6-4342-b048-85bdc9fd1c3a}</a:tableStyleId></a:tblPr>'), { 'ppt/tableStyles.xml': styles });
    assert.deepEqual(t.rows[2]!.cells[2]!.fill, solid('ABCDEF'));
    const unknown = read(grid('<a:tblPr><a:tableStyleId>{00000000-0000-0000-0000-000000000000}</a:tableStyleId></a:tblPr>'));
    assert.deepEqual(unknown.t.rows[0]!.cells[0]!.fill, { type: 'none' });
    assert.equal(unknown.warnings.length, 1);
    assert.match(unknown.warnings[0]!, /table style \{00000000/);
  });

  it('folds a themed table background under see-through band fills (Themed Style 2 - Accent 1)', () => {
    const theme = `<a:fillStyleLst ${A}><a:solidFill><a:schemeClr val="phClr"/></a:solidFill><a:solidFill><a:schemeClr val="phClr"/></a:solidFill><a:solidFill><a:schemeClr val="phClr"/></a:solidFill></a:fillStyleLst>`;
    const ctx = bareContext({});
    ctx.theme.fillStyles = parseXml(theme).children;
    const t = readTable(parseXml(grid('<a:tblPr firstRow="1" bandRow="1"><a:tableStyleId>{D113A9D2-9D6B-4929-AA2D-F23B5EE8CBE7}</a:tableStyleId></a:tblPr>')), ctx, BASE);
    const hex = (r: number) => { const f = t.rows[r]!.cells[0]!.fill; return f.type === 'solid' ? `${f.color.hex}/${f.color.alpha}` : f.type; };
    // Header and band 2 show the accent background; band 1 is 20% white over it.
    assert.deepEqual([hex(0), hex(1), hex(2)], ['4472C4/1', '698ED0/1', '4472C4/1']);
  });

  it('pads ragged rows with empty cells and says so', () => {
    const xml = `<a:tbl ${A}><a:tblPr/><a:tblGrid><a:gridCol w="10"/><a:gridCol w="20"/></a:tblGrid><a:tr h="5">${cell('only')}</a:tr></a:tbl>`;
    const { t, warnings } = read(xml);
    assert.deepEqual(t.rows[0]!.cells.map((c) => textOf(c.text)), ['only', '']);
    assert.equal(warnings.length, 1);
  });
});

describe('pptx tables in real decks', () => {
  it('python-pptx tbl-cell.pptx: margins, anchors, merges with Medium Style 4', async function () {
    const file = corpusDeck('python-pptx/tbl-cell.pptx');
    if (!file) return this.skip();
    const deck = await openDeckFile(file);
    const t1 = deck.elements(1).find((e): e is TableElement => e.kind === 'table')!;
    const row0 = t1.rows[0]!.cells;
    assert.deepEqual(row0[0]!.text.insets, { l: 182880, t: 274320, r: 365760, b: 457200 });
    assert.deepEqual(row0.map((c) => c.text.anchor), ['t', 't', 'ctr', 'b']);
    assert.equal(textOf(row0[1]!.text), 'vert anchor is inherited');
    // Medium Style 4 (dk1): header and band 1 are dk1 tints; borders 1 pt black all round.
    const hex = (r: number) => { const f = t1.rows[r]!.cells[0]!.fill; return f.type === 'solid' ? f.color.hex : f.type; };
    assert.deepEqual([hex(0), hex(1), hex(2)], ['E7E7E7', 'CBCBCB', 'E7E7E7']);
    assert.equal(row0[0]!.text.paragraphs[0]!.runs[0]!.bold, true);
    assert.equal(t1.rows[1]!.cells[0]!.borders.left.width, 12700);

    const [a, b] = deck.elements(2).filter((e): e is TableElement => e.kind === 'table');
    assert.deepEqual(a!.rows.slice(0, 2).map((r) => r.cells.map((c) => [c.gridSpan, c.rowSpan, c.merged])), [
      [[2, 2, false], [1, 2, true], [1, 1, false]],
      [[2, 1, true], [1, 1, true], [1, 1, false]],
    ]);
    assert.equal(textOf(a!.rows[0]!.cells[0]!.text), 'merged cell');
    assert.deepEqual(b!.rows[0]!.cells.map((c) => c.merged), [false, true, true, false, false]);
    assert.equal(b!.rows[0]!.cells[0]!.gridSpan, 3);
    assert.deepEqual(deck.pkg.warnings, []);
  });

  it('poi/table-with-theme.pptx and pptx-automizer table decks read without losing cells', async function () {
    const files = ['poi/table-with-theme.pptx', 'parsers/pptx-automizer/GS_Tables_Merged.pptx', 'parsers/pptx-automizer/NestedTables.pptx'].map(corpusDeck);
    if (files.some((f) => !f)) return this.skip();
    const counts: number[] = [];
    for (const f of files) {
      const deck = await openDeckFile(f!);
      let n = 0;
      for (let s = 1; s <= deck.slides.length; s++) {
        for (const t of flatten(deck.elements(s)).filter((e): e is TableElement => e.kind === 'table')) {
          n++;
          for (const r of t.rows) assert.equal(r.cells.length, t.columns.length);
        }
      }
      counts.push(n);
    }
    assert.deepEqual(counts, [1, counts[1], counts[2]]);
    assert.ok(counts[1]! > 0 && counts[2]! > 0);
  });
});
