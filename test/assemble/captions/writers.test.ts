import assert from 'node:assert/strict';
import { RLM } from '../../../converter/assemble/captions/bidi.js';
import type { Cue } from '../../../converter/assemble/captions/cue.js';
import { toSrt } from '../../../converter/assemble/captions/srt.js';
import { formatTimestamp } from '../../../converter/assemble/captions/timestamp.js';
import { toVtt } from '../../../converter/assemble/captions/vtt.js';

const cues: Cue[] = [
  { startMs: 0, endMs: 1195, lines: ['Welcome to the course.'] },
  { startMs: 1495, endMs: 5000, lines: ['Today we look at how volcanoes form,', 'and why they erupt.'] },
  { startMs: 3_723_004, endMs: 3_725_500, lines: ['A -> B & x < y'] },
  { startMs: 3_726_000, endMs: 3_727_000, lines: [`${RLM}HTML هي لغة`, 'صفحات الويب،'] },
  { startMs: 3_728_000, endMs: 3_729_000, lines: ['火山を学びます。'] },
];

describe('assemble/captions/writers', () => {
  it('formats timestamps', () => {
    assert.equal(formatTimestamp(0, ','), '00:00:00,000');
    assert.equal(formatTimestamp(3_723_004, '.'), '01:02:03.004');
    assert.equal(formatTimestamp(1234.6, ','), '00:00:01,235');
    assert.equal(formatTimestamp(-5, ','), '00:00:00,000');
  });

  it('writes SRT exactly', () => {
    assert.equal(
      toSrt(cues),
      '1\n00:00:00,000 --> 00:00:01,195\nWelcome to the course.\n\n' +
        '2\n00:00:01,495 --> 00:00:05,000\nToday we look at how volcanoes form,\nand why they erupt.\n\n' +
        '3\n01:02:03,004 --> 01:02:05,500\nA -> B & x < y\n\n' +
        `4\n01:02:06,000 --> 01:02:07,000\n\u200FHTML هي لغة\nصفحات الويب،\n\n` +
        '5\n01:02:08,000 --> 01:02:09,000\n火山を学びます。\n\n',
    );
  });

  it('writes WebVTT exactly, escaping &, < and >', () => {
    assert.equal(
      toVtt(cues),
      'WEBVTT\n\n' +
        '00:00:00.000 --> 00:00:01.195\nWelcome to the course.\n\n' +
        '00:00:01.495 --> 00:00:05.000\nToday we look at how volcanoes form,\nand why they erupt.\n\n' +
        '01:02:03.004 --> 01:02:05.500\nA -&gt; B &amp; x &lt; y\n\n' +
        `01:02:06.000 --> 01:02:07.000\n\u200FHTML هي لغة\nصفحات الويب،\n\n` +
        '01:02:08.000 --> 01:02:09.000\n火山を学びます。\n\n',
    );
  });

  it('drops empty lines (they would end a cue) and writes an empty file for no cues', () => {
    assert.equal(toSrt([{ startMs: 0, endMs: 1000, lines: ['a', ' ', 'b'] }]), '1\n00:00:00,000 --> 00:00:01,000\na\nb\n\n');
    assert.equal(toSrt([]), '');
    assert.equal(toVtt([]), 'WEBVTT\n\n');
  });
});
