import assert from 'node:assert/strict';
import { RLM } from '../../../converter/assemble/captions/bidi.js';
import type { Cue } from '../../../converter/assemble/captions/cue.js';
import { toSrt, WORD_JOINER } from '../../../converter/assemble/captions/srt.js';
import { runFfmpeg } from '../../../converter/engines/ffmpeg.js';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
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

  it('SRT shows markup typed in the notes instead of obeying it (tags, ASS overrides, \\N, -->)', () => {
    const W = WORD_JOINER;
    const srt = toSrt([{ startMs: 0, endMs: 1000, lines: ['Use <b>bold</b>, not <script>alert(1)</script>.', 'x < y, {\\an8}top, C:\\New --> next'] }]);
    assert.equal(srt, `1\n00:00:00,000 --> 00:00:01,000\nUse <${W}b>bold<${W}/b>, not <${W}script>alert(1)<${W}/script>.\nx < y, {${W}\\an8}top, C:\\${W}New --${W}> next\n\n`);
  });

  it('SRT markup survives ffmpeg as text: the soft subtitle track keeps every word', async function () {
    this.timeout(20000);
    const dir = mkdtempSync(join(tmpdir(), 'd2v-srt-'));
    try {
      const line = 'Use <b>bold</b> and <script>alert(1)</script> here';
      writeFileSync(join(dir, 'c.srt'), toSrt([{ startMs: 0, endMs: 1000, lines: [line] }]));
      // ffmpeg's SRT reader turns <b> into an ASS style and drops unknown tags with their name.
      await runFfmpeg(['-loglevel', 'error', '-i', join(dir, 'c.srt'), join(dir, 'c.ass')]);
      const dialogue = readFileSync(join(dir, 'c.ass'), 'utf8').split('\n').find((l) => l.startsWith('Dialogue:'))!;
      assert.equal(dialogue.split(',,').pop()!.trim().replaceAll(WORD_JOINER, ''), line);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
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
