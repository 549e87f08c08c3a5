import assert from 'node:assert/strict';
import { fontStack, resolveThemeFont, substituteFont } from '../../converter/render/fonts.js';
import type { Theme } from '../../converter/deck/model.js';

describe('font substitution', () => {
  it('maps Office fonts to metric-compatible ones', () => {
    assert.equal(substituteFont('Calibri'), 'Carlito');
    assert.equal(substituteFont('Calibri Light'), 'Carlito');
    assert.equal(substituteFont('Cambria'), 'Caladea');
    assert.equal(substituteFont('Arial'), 'Liberation Sans');
    assert.equal(substituteFont('Times New Roman'), 'Liberation Serif');
    assert.equal(substituteFont('Courier New'), 'Liberation Mono');
    assert.equal(substituteFont('Malgun Gothic'), 'DV Malgun Gothic');
    assert.equal(substituteFont('ＭＳ Ｐゴシック'), 'Noto Sans CJK JP');
    assert.equal(substituteFont('Traditional Arabic'), 'Noto Naskh Arabic');
    assert.equal(substituteFont('Mangal'), 'Noto Sans Devanagari');
  });

  it('keeps unknown names (they may be installed) and drops empty ones', () => {
    assert.equal(substituteFont('Some Custom Font'), 'Some Custom Font');
    assert.equal(substituteFont(''), '');
  });

  it('builds a stack: latin, east-asian, complex script, then language-ordered Noto fallbacks', () => {
    const stack = fontStack({ latin: 'Calibri', ea: 'Malgun Gothic', cs: 'Arial' }, 'ko-KR');
    assert.ok(stack.startsWith('"Carlito","DV Malgun Gothic","Liberation Sans","Noto Sans CJK KR","Noto Sans CJK JP"'), stack);
    assert.ok(stack.endsWith(',sans-serif'));
    const ja = fontStack({ latin: 'Arial', ea: '', cs: '' }, 'ja-JP');
    assert.ok(ja.startsWith('"Liberation Sans","Noto Sans CJK JP","Noto Sans CJK KR"'), ja);
    assert.ok(ja.includes('"Noto Sans Hebrew"') && ja.includes('"Noto Sans Arabic"') && ja.includes('"Noto Sans Devanagari"'));
  });

  it('resolves theme font references', () => {
    const theme = { fonts: { major: { latin: 'Cambria', ea: '', cs: '' }, minor: { latin: 'Calibri', ea: 'Meiryo', cs: '' } } } as unknown as Theme;
    assert.equal(resolveThemeFont('+mj-lt', theme), 'Cambria');
    assert.equal(resolveThemeFont('+mn-ea', theme), 'Meiryo');
    assert.ok(fontStack({ latin: '+mn-lt', ea: '+mn-ea', cs: '' }, 'en', theme).startsWith('"Carlito","Noto Sans CJK JP",'));
  });
});
