import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import JSZip from 'jszip';
import { parseXml, type XmlNode } from '../../converter/deck/xml.js';
import { builtinTableStyle, builtinTableStyleIds } from '../../converter/deck/pptx/builtin-table-styles.js';
import { cellStyle, readLook } from '../../converter/deck/pptx/table-styles.js';
import { bareContext, DECKS } from '../fixtures/graphic-frame-fixtures.js';
import { REFUSED_DECKS } from '../helpers/shared-decks.js';

/** Canonical text of a node: name, sorted attributes, children (order kept). */
function canon(n: XmlNode): string {
  const attrs = Object.keys(n.attrs).filter((k) => !k.startsWith('xmlns')).sort().map((k) => `${k}=${n.attrs[k]}`).join(',');
  return `${n.local}[${attrs}](${n.children.map(canon).join('')})`;
}

/** What a style says per region, ignoring empty regions and the font reference's colour (unused). */
function summary(style: XmlNode): Record<string, string> {
  const out: Record<string, string> = {};
  for (const region of style.children) {
    if (region.local === 'tblBg') {
      out.tblBg = region.children.map(canon).join('');
      continue;
    }
    const parts: string[] = [];
    const tx = region.child('a:tcTxStyle');
    if (tx) {
      const color = tx.children.filter((c) => c.local !== 'fontRef' && c.local !== 'font').map(canon).join('');
      parts.push(`text b=${tx.attr('b') ?? ''} i=${tx.attr('i') ?? ''} ${color}`);
    }
    const tc = region.child('a:tcStyle');
    for (const b of tc?.child('a:tcBdr')?.children ?? []) parts.push(`${b.local}:${b.children.map(canon).join('')}`);
    const fill = tc?.children.find((c) => c.local === 'fill' || c.local === 'fillRef');
    if (fill) parts.push(`fill:${canon(fill)}`);
    if (parts.length) out[region.local] = parts.sort().join(' | ');
  }
  return out;
}

async function corpusStyles(): Promise<Map<string, XmlNode>> {
  const found = new Map<string, XmlNode>();
  const walk = (d: string): string[] => fs.readdirSync(d, { withFileTypes: true })
    .flatMap((e) => (e.isDirectory() ? walk(path.join(d, e.name)) : /\.pp[st][xm]$/i.test(e.name) ? [path.join(d, e.name)] : []));
  for (const file of walk(DECKS)) {
    let zip: JSZip;
    try {
      zip = await JSZip.loadAsync(fs.readFileSync(file));
    } catch (e) {
      // The corpus holds deliberately broken files; only those may fail to open.
      const rel = path.relative(DECKS, file).split(path.sep).join('/');
      assert.ok(REFUSED_DECKS[rel] !== undefined, `${rel} does not open as a zip: ${String(e)}`);
      continue;
    }
    const f = zip.file('ppt/tableStyles.xml');
    if (!f) continue;
    for (const s of parseXml(await f.async('string')).all('a:tblStyle')) {
      const id = (s.attr('styleId') ?? '').toUpperCase();
      if (!found.has(id)) found.set(id, s);
    }
  }
  return found;
}

describe('pptx built-in table styles', () => {
  it('knows the 74 built-in styles, each parsing to an a:tblStyle with a wholeTbl', () => {
    const ids = builtinTableStyleIds();
    assert.equal(ids.length, 74);
    for (const id of ids) {
      const s = builtinTableStyle(id);
      assert.equal(s?.local, 'tblStyle', id);
      assert.ok(s!.child('a:wholeTbl'), id);
    }
    assert.equal(builtinTableStyle('{5c22544a-7ee6-4342-b048-85bdc9fd1c3a}')?.attr('styleName'), 'Medium Style 2 - Accent 1');
  });

  it('match, region by region, every definition PowerPoint wrote into the corpus decks', async function () {
    if (!fs.existsSync(DECKS)) return this.skip();
    this.timeout(120000);
    const corpus = await corpusStyles();
    const known = new Set(builtinTableStyleIds());
    let compared = 0;
    for (const [id, theirs] of corpus) {
      if (!known.has(id)) continue;
      assert.deepEqual(summary(builtinTableStyle(id)!), summary(theirs), `${id} ${theirs.attr('styleName')}`);
      compared++;
    }
    // Medium 1/2/3/4, Light 1/2/3, Themed 1/2, Dark 1/2 and both "No Style" variants are in the corpus.
    assert.ok(compared >= 40, `compared ${compared}`);
  });

  it('puts a region\'s outer borders on its edges and insideH/insideV between its cells', () => {
    const ctx = bareContext({});
    const style = builtinTableStyle('{5C22544A-7EE6-4342-B048-85BDC9FD1C3A}');
    const look = readLook(parseXml('<a:tblPr xmlns:a="x" firstRow="1" lastRow="1"/>'));
    const width = (r: number, c: number, side: 'top' | 'bottom') => cellStyle(style, look, { r0: r, c0: c, r1: r, c1: c }, 4, 2, ctx, ).borders[side]?.width;
    assert.deepEqual([width(0, 0, 'bottom'), width(1, 0, 'top'), width(2, 0, 'bottom'), width(3, 1, 'top')], [38100, 12700, 12700, 38100]);
    // A merged block takes its bottom edge from its last row.
    const merged = cellStyle(style, look, { r0: 2, c0: 0, r1: 3, c1: 1 }, 4, 2, ctx);
    assert.equal(merged.borders.top?.width, 12700);
    assert.equal(merged.text.bold, undefined);
  });
});
