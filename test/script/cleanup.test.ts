import assert from 'node:assert/strict';
import { cleanParagraphs } from '../../converter/script/cleanup.js';

describe('script/cleanup', () => {
  it('English: bullets, numbering, stray whitespace, slide-number lines, wrapped lines', () => {
    const notes = [
      '• First   point\twith  tabs',
      '- second point that was',
      'hard wrapped by a paste',
      '1. numbered item',
      '(b) lettered item',
      '12',
      'Slide 3 of 20',
      '‹#›',
      '',
      '   Closing\u00A0words\u200B here.  ',
    ].join('\r\n');
    assert.deepEqual(cleanParagraphs(notes), [
      'First point with tabs',
      'second point that was hard wrapped by a paste',
      'numbered item',
      'lettered item',
      'Closing words here.',
    ]);
  });

  it('Spanish and French: slide labels and spaced punctuation survive only as text', () => {
    assert.deepEqual(cleanParagraphs('Diapositiva 4\n▪ Los volcanes\n   activos.\n3 / 10'), ['Los volcanes activos.']);
    assert.deepEqual(cleanParagraphs('Diapo 2\n➢ Bonjour\u202F!\nPage 7'), ['Bonjour !']);
  });

  it('Hindi and Arabic: keeps ZWJ/ZWNJ, removes bullets and numbers', () => {
    assert.deepEqual(cleanParagraphs('• ज्वालामुखी  क्या है?\n5'), ['ज्वालामुखी क्या है?']);
    // U+200C (ZWNJ) is meaningful in Persian/Arabic-script text and must stay.
    assert.deepEqual(cleanParagraphs('* مي\u200Cخواهم  البراكين\n\n- درس'), ['مي\u200Cخواهم البراكين', 'درس']);
  });

  it('drops markup lines: table rows, rules, a lone [tag]; keeps inline brackets', () => {
    const notes = '[Tabla]\n| | letters | numbers |\n|---|---|\n-----\n[!div class="alert is-tip"]\nSee [1] for the data.\nA | B choice.';
    assert.deepEqual(cleanParagraphs(notes), ['See [1] for the data.', 'A | B choice.']);
  });

  it('does not join a line that starts a new sentence or follows final punctuation', () => {
    assert.deepEqual(cleanParagraphs('First line\nSecond line\nends here.\nlower after a stop'), [
      'First line',
      'Second line ends here.',
      'lower after a stop',
    ]);
    assert.deepEqual(cleanParagraphs('a title\nnext', { joinWrapped: false }), ['a title', 'next']);
  });
});
