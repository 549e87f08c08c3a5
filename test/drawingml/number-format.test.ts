import assert from 'node:assert/strict';
import { formatNumber } from '../../converter/drawingml/number-format.js';

describe('chart number formats', () => {
  it('General drops trailing zeros and float noise', () => {
    assert.deepEqual([37261, 8.200000000000001, 0.1 + 0.2, -3.5].map((v) => formatNumber(v, 'General')), ['37261', '8.2', '0.3', '-3.5']);
  });

  it('fixed decimals, thousands, percent, currency and literal text', () => {
    assert.equal(formatNumber(1234.567, '#,##0.00'), '1,234.57');
    assert.equal(formatNumber(1234.5, '0'), '1235');
    assert.equal(formatNumber(0.256, '0.0%'), '25.6%');
    assert.equal(formatNumber(-12, '"$"#,##0;[Red]\\-"$"#,##0'), '-$12');
    assert.equal(formatNumber(-12, '#,##0'), '-12');
    assert.equal(formatNumber(1500, '[$€-407]#,##0'), '€1,500');
    assert.equal(formatNumber(5, '0" units"'), '5 units');
  });

  it('dates from serial day numbers, in both date systems', () => {
    assert.equal(formatNumber(37261, 'm/d/yy'), '1/5/02');
    assert.equal(formatNumber(45292, 'mmm-yy'), 'Jan-24');
    assert.equal(formatNumber(45292, 'dddd d mmmm yyyy'), 'Monday 1 January 2024');
    assert.equal(formatNumber(45292.75, 'yyyy-mm-dd hh:mm'), '2024-01-01 18:00');
    assert.equal(formatNumber(45292.75, 'h:mm AM/PM'), '6:00 PM');
    assert.equal(formatNumber(0, 'yyyy-mm-dd', true), '1904-01-01');
  });

  it('formats axis and data labels with cached format codes (the cases the renderer had its own formatter for)', () => {
    assert.equal(formatNumber(0.256, '0%'), '26%');
    assert.equal(formatNumber(1234567.891, '#,##0.00'), '1,234,567.89');
    assert.equal(formatNumber(42.1, '0.0"억"'), '42.1억');
    assert.equal(formatNumber(3.2), '3.2');
    assert.equal(formatNumber(-5, '0'), '-5');
  });
});

/** [value, code, what Excel shows] */
const EXCEL_CASES: Record<string, [number, string, string][]> = {
  'a negative section writes the number without its minus sign; an empty zero section shows nothing': [
    [-5, '#,##0;(#,##0)', '(5)'],
    [-1234.5, '#,##0.00_);[Red](#,##0.00)', '(1,234.50)'],
    [0, '0;-0;;@', ''],
    [0, '_-* #,##0_-;-* #,##0_-;_-* "-"_-;_-@_-', '-'],
    [1234, '_-* #,##0_-;-* #,##0_-;_-* "-"_-;_-@_-', '1,234'],
  ],
  'optional digits (#, ?), minimum integer digits, scaling commas, percent where it stands': [
    [1.5, '0.0#', '1.5'], [1.234, '0.0#', '1.23'], [1, '0.0#', '1.0'], [1.5, '0.0?', '1.5 '], [0.5, '#.##', '.5'],
    [5, '00', '05'], [1234567, '#,##0,"K"', '1,235K'], [1234567, '0.0,,"M"', '1.2M'], [0.25, '0 %', '25 %'],
  ],
  'scientific notation, and General with text around it': [
    [12345, '0.00E+00', '1.23E+04'], [0.000123, '0.0E+0', '1.2E-4'], [9.99, '0.0E+00', '1.0E+01'],
    [12345, '##0.0E+0', '12.3E+3'], [7.25, 'General" kg"', '7.25 kg'],
  ],
  'a ";" inside quoted text does not start a section': [[-3, '0" a;b";0" neg"', '3 neg'], [3, '0" a;b";0" neg"', '3 a;b']],
};

describe('number formats by Excel rules (one implementation for axes, data labels and categories)', () => {
  for (const [title, cases] of Object.entries(EXCEL_CASES)) {
    it(title, () => {
      for (const [v, code, want] of cases) assert.equal(formatNumber(v, code), want, `${v} with ${code}`);
    });
  }
});
