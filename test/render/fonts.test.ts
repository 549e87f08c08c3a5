import assert from 'node:assert/strict';
import { FONT_FACES, fontStack, resolveThemeFont, substituteFont } from '../../converter/render/fonts.js';
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

  it('follows a face it has no substitute for with an installed face of its class', () => {
    // Latin text in an unknown face keeps Latin metrics instead of falling to Noto Sans CJK's Latin.
    assert.ok(fontStack({ latin: 'Gill Sans', ea: '', cs: '' }, 'en-US').startsWith('"Gill Sans","Liberation Sans","Noto Sans CJK JP"'));
    assert.ok(fontStack({ latin: 'Big Caslon', ea: '', cs: '' }, 'en-US').startsWith('"Big Caslon","Liberation Serif",'));
    assert.ok(fontStack({ latin: 'Fira Code', ea: '', cs: '' }, 'en-US').startsWith('"Fira Code","Liberation Mono",'));
    // East Asian faces by class, in the script of their name or the run's language.
    assert.ok(fontStack({ latin: 'Arial', ea: '华文宋体', cs: '' }, 'zh-CN').startsWith('"Liberation Sans","华文宋体","Noto Serif CJK SC",'));
    assert.ok(fontStack({ latin: 'Arial', ea: 'STKaiti', cs: '' }, 'zh-TW').startsWith('"Liberation Sans","STKaiti","Noto Serif CJK TC",'));
    assert.ok(fontStack({ latin: 'ヒラギノ角ゴ ProN W3', ea: 'ヒラギノ角ゴ ProN W3', cs: '' }, 'en-US').startsWith('"ヒラギノ角ゴ ProN W3","Noto Sans CJK JP","Noto Sans CJK KR"'));
    assert.ok(fontStack({ latin: 'Arial', ea: 'HY견명조', cs: '' }, 'ko-KR').startsWith('"Liberation Sans","HY견명조","Noto Serif CJK KR",'));
    // Complex-script faces keep the script fallbacks; known faces add nothing.
    assert.ok(fontStack({ latin: 'Arial', ea: '', cs: 'B Yekan' }, 'fa-IR').startsWith('"Liberation Sans","B Yekan","Noto Sans CJK JP"'));
    assert.ok(fontStack({ latin: 'Calibri', ea: '', cs: '' }, 'en-US').startsWith('"Carlito","Noto Sans CJK JP"'));
  });

  it("redeclares Carlito with Calibri's Windows ascent and descent, all four styles", () => {
    const faces = FONT_FACES.split('\n').filter((f) => f.includes('"Carlito"'));
    assert.equal(faces.length, 4);
    assert.equal(faces[1], '@font-face{font-family:"Carlito";font-weight:700;font-style:normal;src:local("Carlito Bold");ascent-override:95.21%;descent-override:26.86%;line-gap-override:0%}');
  });

  it('resolves theme font references', () => {
    const theme = { fonts: { major: { latin: 'Cambria', ea: '', cs: '' }, minor: { latin: 'Calibri', ea: 'Meiryo', cs: '' } } } as unknown as Theme;
    assert.equal(resolveThemeFont('+mj-lt', theme), 'Cambria');
    assert.equal(resolveThemeFont('+mn-ea', theme), 'Meiryo');
    assert.ok(fontStack({ latin: '+mn-lt', ea: '+mn-ea', cs: '' }, 'en', theme).startsWith('"Carlito","Noto Sans CJK JP",'));
  });
});
