/**
 * --translate-slides in the Deck model: runs keep their format where the answer keeps the marks (else
 * the paragraph's main format), fields and kept pieces survive, RTL targets get RTL paragraphs with
 * mirrored alignment and a Noto font, translated bodies shrink to fit; tables, SmartArt and charts too.
 */
import assert from 'node:assert/strict';
import type { ChartElement, GroupElement, TableElement } from '../../converter/deck/model.js';
import { parseMarkup, plainText } from '../../converter/translate/markup.js';
import { paragraphUnit } from '../../converter/translate/paragraph-units.js';
import { slideTexts } from '../../converter/translate/translate-slides.js';
import { body, color, deck as makeDeck, para, run, shape, solid, NO_LINE } from '../render/model-builders.js';

const bold = { bold: true, color: color('C00000') };

describe('translate/translate-slides', () => {
  it('marks the minority formats, then puts them on the words the translation gives them', () => {
    const p = para([run('The '), run('sun', bold), run(' heats page '), { ...run('7'), kind: 'field', fieldType: 'slidenum' }, run(' at 96.5%')]);
    const unit = paragraphUnit(p, undefined)!;
    assert.equal(unit.markup, 'The <span id="g1">sun</span> heats page <span translate="no">7</span> at <span translate="no">96.5%</span>');
    const runs = unit.runs('El <span id="g1">sol</span> calienta la página <span translate="no">7</span> al <span translate="no">96.5%</span>', false);
    assert.deepEqual(runs.map((r) => [r.kind, r.text, r.bold]), [['text', 'El ', false], ['text', 'sol', true], ['text', ' calienta la página ', false], ['field', '7', false], ['text', ' al 96.5%', false]]);
    assert.equal(runs[3]!.fieldType, 'slidenum');
    // Marks lost: the words in the paragraph's main format.
    const plain = unit.runs('El sol calienta la página <span translate="no">7</span> al <span translate="no">96.5%</span>', true);
    assert.deepEqual(plain.map((r) => [r.kind, r.text, r.bold]), [['text', 'El sol calienta la página ', false], ['field', '7', false], ['text', ' al 96.5%', false]]);
    assert.equal(paragraphUnit(para('  42 % '), undefined), undefined, 'nothing to translate');
  });

  it('translates every text of the slides in the video, and only those', () => {
    const title = shape({ x: 0, y: 0, w: 100, h: 50 }, { text: body([para('Summary', { align: 'l' }), para([run('Line one'), { ...run(''), kind: 'break' }, run('line two')], { align: 'ctr' })], { autofit: { type: 'normal', fontScale: 0.9, lnSpcReduction: 0.1 } }) });
    const cell = (t: string) => ({ gridSpan: 1, rowSpan: 1, merged: false, fill: solid('FFFFFF'), borders: { left: NO_LINE, right: NO_LINE, top: NO_LINE, bottom: NO_LINE }, text: body([para(t)]) });
    const table = { ...shape({ x: 0, y: 0, w: 10, h: 10 }), kind: 'table', columns: [5, 5], rows: [{ height: 5, cells: [cell('Oceans'), cell('96.5%')] }] } as unknown as TableElement;
    const smart = { ...shape({ x: 0, y: 0, w: 10, h: 10 }), kind: 'group', smartArt: true, children: [shape({ x: 0, y: 0, w: 5, h: 5 }, { text: body([para('Step one')]) })] } as unknown as GroupElement;
    const chart = { ...shape({ x: 0, y: 0, w: 10, h: 10 }), kind: 'chart', chart: { title: 'Rainfall (mm)', categories: ['Jan', '2024'], series: [{ name: 'Riverton rain', values: [1, 2] }] } } as unknown as ChartElement;
    const d = makeDeck([[title, table, smart, chart], [shape({ x: 0, y: 0, w: 1, h: 1 }, { text: body([para('Hidden')]) })]]);
    const st = slideTexts(d, new Set([1]), undefined);
    const plains = st.texts.map((m) => plainText(parseMarkup(m)));
    assert.deepEqual(plains, ['Summary', 'Line one\nline two', 'Oceans', 'Step one', 'Rainfall (mm)', 'Jan', 'Riverton rain']);
    assert.equal(st.texts[1], 'Line one<br>line two');

    const AR: Record<string, string> = {
      Summary: 'الخلاصة', 'Line one<br>line two': 'السطر الأول<br>السطر الثاني', Oceans: 'المحيطات', 'Step one': 'الخطوة الأولى',
      'Rainfall (mm)': 'الهطول (مم)', Jan: 'يناير', 'Riverton rain': 'مطر ريفرتون',
    };
    const ar = st.apply((m) => ({ markup: AR[m.replace(/<span translate="no">([^<]*)<\/span>/g, '$1')] ?? m, plain: false }), 'ar');
    const [t2, tb2, sm2, ch2] = ar.slides[0]!.elements as [typeof title, TableElement, GroupElement, ChartElement];
    const [p1, p2] = t2.text!.paragraphs;
    assert.deepEqual(p1!.runs.map((r) => r.text), ['الخلاصة']);
    assert.deepEqual([p1!.rtl, p1!.align, p2!.rtl, p2!.align], [true, 'r', true, 'ctr']);
    assert.deepEqual(p2!.runs.map((r) => [r.kind, r.text]), [['text', 'السطر الأول'], ['break', ''], ['text', 'السطر الثاني']]);
    assert.deepEqual(p1!.runs[0]!.font, { latin: 'Calibri', ea: '', cs: 'Noto Sans Arabic' });
    assert.equal(p1!.runs[0]!.lang, 'ar');
    // Saved autofit was PowerPoint's measure of the English text: the renderer measures again.
    assert.deepEqual(t2.text!.autofit, { type: 'normal', fontScale: 1, lnSpcReduction: 0, refit: true });
    assert.deepEqual(tb2.rows[0]!.cells.map((c) => c.text.paragraphs[0]!.runs.map((r) => r.text).join('')), ['المحيطات', '96.5%']);
    assert.equal((sm2.children[0] as typeof title).text!.paragraphs[0]!.runs[0]!.text, 'الخطوة الأولى');
    assert.deepEqual([ch2.chart.title, ch2.chart.categories, ch2.chart.series[0]!.name], ['الهطول (مم)', ['يناير', '2024'], 'مطر ريفرتون']);
    assert.equal(ar.lang, 'ar');
    // The original deck and the slide not in the video are as they were.
    assert.equal((d.slides[0]!.elements[0] as typeof title).text!.paragraphs[0]!.runs[0]!.text, 'Summary');
    assert.equal((ar.slides[1]!.elements[0] as typeof title).text!.paragraphs[0]!.runs[0]!.text, 'Hidden');
  });
});
