import assert from 'node:assert/strict';
import { toAtoms } from '../../../converter/assemble/captions/atoms.js';
import { anchorRtl, isRtlText, RLM } from '../../../converter/assemble/captions/bidi.js';
import { MAX_CUE_MS, MAX_LINE_WIDTH, MIN_CUE_MS, shiftCues, type Cue } from '../../../converter/assemble/captions/cue.js';
import { segmentCues, segmentSentence } from '../../../converter/assemble/captions/segment-cues.js';
import { textColumns } from '../../../converter/glyph-width.js';
import { fitLines } from '../../../converter/assemble/captions/wrap-lines.js';

/** Every limit of the issue, checked on any cue list. */
function assertLimits(cues: Cue[], span: [number, number]): void {
  for (const c of cues) {
    assert.ok(c.lines.length >= 1 && c.lines.length <= 2, `lines: ${JSON.stringify(c.lines)}`);
    for (const l of c.lines) assert.ok(textColumns(l) <= MAX_LINE_WIDTH, `too wide: "${l}" (${textColumns(l)})`);
    assert.ok(c.endMs - c.startMs <= MAX_CUE_MS, `too long: ${c.endMs - c.startMs} ms`);
    assert.ok(c.endMs - c.startMs >= MIN_CUE_MS, `too short: ${c.endMs - c.startMs} ms`);
    assert.ok(c.startMs >= span[0] && c.endMs <= span[1], 'inside the sentence span');
  }
  for (let i = 1; i < cues.length; i++) assert.equal(cues[i]!.startMs, cues[i - 1]!.endMs, 'contiguous');
}

describe('assemble/captions/segment-cues', () => {
  it('a sentence that fits is one cue covering its exact span', () => {
    assert.deepEqual(segmentSentence('Welcome to the course.', 0, 1195), [{ startMs: 0, endMs: 1195, lines: ['Welcome to the course.'] }]);
    assert.deepEqual(segmentSentence('Today we look at how volcanoes form, and why they erupt.', 1495, 5000), [
      { startMs: 1495, endMs: 5000, lines: ['Today we look at how volcanoes form,', 'and why they erupt.'] },
    ]);
  });

  it('a long sentence is cut after clause punctuation, time shared by text width, inside its span', () => {
    const text = 'Volcanoes form where magma rises through the crust, pressure builds up underneath the surface for years; then, suddenly, the gas escapes and the mountain erupts.';
    const cues = segmentSentence(text, 2000, 12000);
    // Two full cues beat three cut only at clauses (the first clause alone would leave 108 characters).
    assert.deepEqual(cues, [
      { startMs: 2000, endMs: 7031, lines: ['Volcanoes form where magma rises through', 'the crust, pressure builds up underneath'] },
      { startMs: 7031, endMs: 12000, lines: ['the surface for years; then, suddenly,', 'the gas escapes and the mountain erupts.'] },
    ]);
    assertLimits(cues, [2000, 12000]);
    assert.equal(cues.flatMap((c) => c.lines).join(' '), text);
  });

  it('splits a sentence longer than 7 s even when its text would fit', () => {
    const cues = segmentSentence('We will now wait, calmly and quietly, for the lava to cool.', 0, 9000);
    assert.equal(cues.length, 2);
    assertLimits(cues, [0, 9000]);
    assert.deepEqual(cues.map((c) => c.lines.join(' ')), ['We will now wait, calmly and quietly,', 'for the lava to cool.']);
  });

  it('Spanish, French, Hindi: limits hold and the words are all there', () => {
    const texts = [
      '¿Por qué entran en erupción los volcanes? Porque la presión del magma y de los gases disueltos supera la resistencia de las rocas que los cubren.',
      "Aujourd'hui, nous allons voir comment les volcans se forment, pourquoi ils entrent en éruption et ce que cela signifie pour les habitants.",
      'आज हम सीखेंगे कि ज्वालामुखी कैसे बनते हैं, वे क्यों फटते हैं, और इसका आसपास रहने वाले लोगों के जीवन पर क्या असर पड़ता है।',
    ];
    for (const t of texts) {
      const cues = segmentSentence(t, 0, 9500);
      assertLimits(cues, [0, 9500]);
      assert.equal(cues.flatMap((c) => c.lines).join(' '), t);
    }
  });

  it('French spaced punctuation never starts a line', () => {
    const atoms = toAtoms('Il dit : « Bonjour ! » et part .');
    assert.deepEqual(atoms.map((a) => a.text), ['Il', 'dit :', '« Bonjour ! »', 'et', 'part .']);
  });

  it('CJK: counted two columns a character, broken without spaces, never before 。、', () => {
    const text = '火山は地下のマグマが地表に出てきてできる山です、そしてなぜ噴火するのかを学びます。';
    const cues = segmentSentence(text, 0, 6000);
    assert.deepEqual(cues, [{ startMs: 0, endMs: 6000, lines: ['火山は地下のマグマが地表に出てきてできる', '山です、そしてなぜ噴火するのかを学びます。'] }]);
    assert.equal(textColumns(cues[0]!.lines[1]!), 42);
    assert.deepEqual(toAtoms('です。次').map((a) => a.text), ['で', 'す。', '次']);
  });

  it('Arabic: logical order, an RLM only before a line that starts with a Latin word', () => {
    const cues = segmentSentence('HTML هي لغة ترميز تستخدم لإنشاء صفحات الويب، وهي أساس كل موقع على الإنترنت اليوم.', 0, 6000);
    assert.deepEqual(cues, [
      { startMs: 0, endMs: 3259, lines: [`${RLM}HTML هي لغة ترميز تستخدم`, 'لإنشاء صفحات الويب،'] },
      { startMs: 3259, endMs: 6000, lines: ['وهي أساس كل موقع على الإنترنت اليوم.'] },
    ]);
    assert.equal(isRtlText('HTML هي لغة'), true);
    assert.equal(anchorRtl('3.5 بالمئة'), '3.5 بالمئة');
    assert.equal(segmentSentence('The word سلام means peace.', 0, 2000)[0]!.lines[0], 'The word سلام means peace.');
  });

  it('never cuts a word: a URL wider than a line shows its domain, another long word gets a line of its own', () => {
    const url = 'https://learn.microsoft.com/en-us/training/modules/intro-to-power-apps/';
    const cues = segmentSentence(`Read more at ${url}, then come back.`, 0, 4000);
    assert.deepEqual(cues.flatMap((c) => c.lines), ['Read more at learn.microsoft.com,', 'then come back.']);
    assertLimits(cues, [0, 4000]);
    // In brackets, at the end of a sentence, without a scheme: the punctuation stays around the domain.
    assert.deepEqual(segmentSentence(`(see www.example.org/a/very/long/path/that/goes/on/and/on/forever).`, 0, 3000)[0]!.lines, ['(see example.org).']);
    // A URL that fits a line is shown exactly as typed (learners may copy it).
    assert.deepEqual(segmentSentence('Go to https://example.com/docs now.', 0, 2000)[0]!.lines, ['Go to https://example.com/docs now.']);
    const word = 'Pneumonoultramicroscopicsilicovolcanoconiosis-related';
    const long = segmentSentence(`The word ${word} is long.`, 0, 4000);
    const lines = long.flatMap((c) => c.lines);
    assert.ok(lines.includes(word), JSON.stringify(lines));
    assert.equal(lines.join(' '), `The word ${word} is long.`);
  });

  it('two lines are balanced, preferring a break after a comma and never after "a", "of", "the"', () => {
    const lines = (t: string) => fitLines(toAtoms(t), 0, toAtoms(t).length);
    assert.deepEqual(lines('seven eleven twelve thirteen fourteen fifteen sixteen eighteen'), ['seven eleven twelve thirteen', 'fourteen fifteen sixteen eighteen']);
    assert.deepEqual(lines('Today we are going to follow a single drop of water'), ['Today we are going to follow', 'a single drop of water']);
    assert.deepEqual(lines('Most fresh water is frozen in the ice caps of the poles'), ['Most fresh water is frozen', 'in the ice caps of the poles']);
    const comma = toAtoms('Deep under our feet, the magma slowly pushes upward');
    assert.deepEqual(fitLines(comma, 0, comma.length), ['Deep under our feet,', 'the magma slowly pushes upward']);
    const short = toAtoms('It fits on one line, comma or not.');
    assert.deepEqual(fitLines(short, 0, short.length), ['It fits on one line, comma or not.']);
  });

  it('segments several sentences and shifts them onto the video timeline', () => {
    const cues = segmentCues([
      { caption: 'Hello.', startMs: 0, endMs: 1000 },
      { caption: 'Second sentence here.', startMs: 1300, endMs: 2600 },
    ]);
    assert.deepEqual(shiftCues(cues, 60_000), [
      { startMs: 60_000, endMs: 61_000, lines: ['Hello.'] },
      { startMs: 61_300, endMs: 62_600, lines: ['Second sentence here.'] },
    ]);
  });
});
