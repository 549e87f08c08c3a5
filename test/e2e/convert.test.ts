/**
 * convertDeck end to end on a generated deck: real Chromium, espeak-ng and ffmpeg. Checks what a
 * teacher relies on: the streams, the duration, one chapter per slide in the video, captions inside
 * their own slide's chapter, the slide on screen at each chapter's middle, and the loudness.
 */
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, truncateSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { convertDeck } from '../../converter/pipeline.js';
import { readDeck } from '../../converter/deck/read-deck.js';
import { renderDeck } from '../../converter/render/render-deck.js';
import { runFfmpeg, runFfprobe } from '../../converter/engines/ffmpeg.js';
import { buildDeck, defineTitleMaster } from '../helpers/pptx-fixture.js';

interface Chapter { title: string; start: number; end: number }

async function chaptersOf(video: string): Promise<Chapter[]> {
  const probe = JSON.parse((await runFfprobe(['-show_chapters', '-of', 'json', video])).stdout.toString());
  return probe.chapters.map((c: { start_time: string; end_time: string; tags: { title: string } }) =>
    ({ title: c.tags.title, start: Number(c.start_time) * 1000, end: Number(c.end_time) * 1000 }));
}

const ms = (t: string) => {
  const [h, m, s] = t.replace(',', '.').split(':').map(Number);
  return Math.round((h * 3600 + m * 60 + s) * 1000);
};

describe('e2e: convertDeck on a generated deck', function () {
  this.timeout(240000);
  let dir: string;
  let bytes: Uint8Array;

  before(async () => {
    dir = mkdtempSync(join(tmpdir(), 'd2v-convert-'));
    bytes = await buildDeck((pres) => {
      pres.layout = 'LAYOUT_16x9';
      const master = defineTitleMaster(pres);
      const colours = ['1F4E79', 'C00000', '2E7D32', '7030A0'];
      ['Alpha', 'Beta', 'Gamma', ''].forEach((title, i) => {
        const s = pres.addSlide({ masterName: master });
        s.background = { color: colours[i] };
        if (title) s.addText(title, { placeholder: 'title', color: 'FFFFFF' });
        s.addText(`Body of slide ${i + 1}`, { x: 1, y: 2.5, w: 8, h: 1, fontSize: 28, color: 'FFFFFF' });
        if (i === 0) s.addNotes('Welcome to the first slide. It has two short sentences.');
        if (i === 1) { s.addNotes('This slide is hidden, so nobody hears this.'); s.hidden = true; }
        if (i === 2) s.addNotes('The third slide comes next, with a short break. [pause 1s] Then it ends.');
      });
    });
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  /** The frame at each chapter's middle is that slide: SSIM against the slide rendered on its own. */
  async function assertSlidesAtMiddles(video: string, chapters: Chapter[], slides: number[]): Promise<void> {
    const renders = join(dir, 'renders');
    if (!existsSync(renders)) await renderDeck({ deck: await readDeck({ bytes, name: 'lesson.pptx' }) }, { outDir: renders, width: 1280 });
    assert.equal(chapters.length, slides.length);
    for (const [i, index] of slides.entries()) {
      const middle = ((chapters[i].start + chapters[i].end) / 2000).toFixed(3);
      const r = await runFfmpeg(['-ss', middle, '-i', video, '-i', join(renders, `slide-00${index}.png`),
        '-frames:v', '1', '-filter_complex', '[0:v]format=yuv420p[a];[1:v]scale=1280:720,format=yuv420p[b];[a][b]ssim', '-f', 'null', '-']);
      const ssim = Number(/All:([\d.]+)/.exec(r.stderr)![1]);
      assert.ok(ssim > 0.9, `slide ${index} at ${middle} s: SSIM ${ssim}`);
    }
  }

  it('makes a video whose streams, chapters, captions, pictures and loudness match the deck', async () => {
    const out = join(dir, 'out', 'lesson.mp4');
    const result = await convertDeck({ bytes, name: 'lesson.pptx' }, {
      output: out, cacheDir: join(dir, 'cache'), layout: 'slide-only', resolution: '720p',
    });
    assert.deepEqual(result.slides, [1, 3, 4]);
    assert.deepEqual(readdirSync(join(dir, 'out')).sort(), ['lesson.mp4', 'lesson.srt', 'lesson.vtt']);

    const probe = JSON.parse((await runFfprobe(['-show_streams', '-show_format', '-show_chapters', '-of', 'json', out])).stdout.toString());
    const streams = probe.streams.filter((s: { codec_type: string }) => s.codec_type !== 'data');
    assert.deepEqual(streams.map((s: { codec_name: string }) => s.codec_name), ['h264', 'aac', 'mov_text']);
    assert.equal(streams[0].height, 720);
    assert.ok(Math.abs(Number(probe.format.duration) * 1000 - result.durationMs) < 50, `${probe.format.duration} s vs ${result.durationMs} ms`);

    const chapters = await chaptersOf(out);
    assert.deepEqual(chapters.map((c: { title: string }) => c.title), ['Alpha', 'Gamma', 'Slide 4']);

    // Every caption cue lies inside the chapter of the slide whose notes it shows.
    const cues = readFileSync(result.srt, 'utf8').trim().split(/\n\n+/).map((block) => {
      const [, times, ...text] = block.split('\n');
      const [a, b] = times.split(' --> ');
      return { start: ms(a), end: ms(b), text: text.join(' ') };
    });
    assert.ok(cues.length >= 3);
    assert.ok(!cues.some((c) => /hidden|\[/.test(c.text)), `hidden notes and directives stay out of the captions: ${JSON.stringify(cues)}`);
    for (const c of cues) {
      const slide = /Welcome|two short/.test(c.text) ? 0 : 1;
      assert.ok(c.start >= chapters[slide].start && c.end <= chapters[slide].end, `cue "${c.text}" outside ${chapters[slide].title}`);
    }

    // The frame at each chapter's middle is that slide (SSIM against the slide rendered on its own).
    await assertSlidesAtMiddles(out, chapters, [1, 3, 4]);

    const ebur = (await runFfmpeg(['-i', out, '-map', '0:a', '-af', 'ebur128=peak=true', '-f', 'null', '-'])).stderr;
    const summary = ebur.slice(ebur.lastIndexOf('Summary'));
    const integrated = Number(/I:\s+(-?[\d.]+) LUFS/.exec(summary)![1]);
    assert.ok(Math.abs(integrated + 16) <= 1, `integrated loudness ${integrated} LUFS`);
  });

  it('a cached segment or narration damaged on disk is rebuilt: the next video is complete', async () => {
    const options = { cacheDir: join(dir, 'cache'), layout: 'slide-only' as const, resolution: '720p' as const };
    const first = await convertDeck({ bytes, name: 'lesson.pptx' }, { ...options, output: join(dir, 'first.mp4') });
    const stored = (kind: string, ext: string) => readdirSync(join(dir, 'cache', kind), { recursive: true, encoding: 'utf8' })
      .filter((f) => f.endsWith(`.${ext}`)).map((f) => join(dir, 'cache', kind, f));
    const segments = stored('segments', 'mp4');
    const wavs = stored('audio', 'wav');
    assert.ok(segments.length >= 3 && wavs.length >= 2, `${segments.length} segments, ${wavs.length} narrations cached`);
    for (const f of [...segments, ...wavs]) truncateSync(f, Math.floor(statSync(f).size / 3));

    const second = await convertDeck({ bytes, name: 'lesson.pptx' }, { ...options, output: join(dir, 'second.mp4') });
    assert.equal(second.durationMs, first.durationMs);
    const probe = JSON.parse((await runFfprobe(['-show_format', '-of', 'json', second.video])).stdout.toString());
    assert.ok(Math.abs(Number(probe.format.duration) * 1000 - second.durationMs) < 50, `${probe.format.duration} s vs ${second.durationMs} ms`);
    const chapters = await chaptersOf(second.video);
    assert.deepEqual(chapters.map((c) => c.title), ['Alpha', 'Gamma', 'Slide 4']);
    await assertSlidesAtMiddles(second.video, chapters, [1, 3, 4]);
    assert.deepEqual(readFileSync(second.srt, 'utf8'), readFileSync(first.srt, 'utf8'), 'the narration was made again, the same');
  });
});
