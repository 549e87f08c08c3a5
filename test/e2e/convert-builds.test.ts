/**
 * Builds in the video, end to end (real Chromium, espeak-ng, ffmpeg), on a generated lesson with
 * `--images none --no-motion --transition cut`: every picture change is read back from the video's
 * own frames. With [click] marks each reveal is at its marked sentence's start (captions give the
 * sentence starts); without marks at the start of the sentence about what it reveals; no step is
 * shorter than 1.5 s; each animated slide's chapter shows its steps as distinct pictures and the
 * unanimated slide one picture. --no-builds gives one picture per slide.
 */
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runFfmpeg, runFfprobe } from '../../converter/engines/ffmpeg.js';
import { convertDeck } from '../../converter/pipeline.js';
import { encodePng } from '../../examples/lib/png-encode.js';
import { buildsLesson } from '../helpers/build-decks.js';

const W = 96;
const H = 54;

interface Chapter { title: string; start: number; end: number }
interface Cue { start: number; text: string }

/** Times (s) at which the picture changes, from the frames as stored (variable frame rate). */
async function pictureChanges(video: string): Promise<number[]> {
  // Each stored frame decoded as it is (no frame rate conversion), with its time from showinfo.
  let log = '';
  const run = await runFfmpeg(['-hide_banner', '-i', video, '-map', '0:v', '-vf', `scale=${W}:${H},format=gray,showinfo`, '-fps_mode', 'passthrough', '-f', 'rawvideo', '-'],
    { onStderr: (chunk) => void (log += chunk) });
  const pts = [...log.matchAll(/pts_time:([0-9.]+)/g)].map((m) => Number(m[1]));
  const raw = run.stdout;
  assert.equal(raw.length, pts.length * W * H, 'one decoded picture per stored frame');
  const changes: number[] = [];
  for (let i = 1; i < pts.length; i++) {
    let diff = 0;
    for (let j = 0; j < W * H; j++) diff += Math.abs(raw[i * W * H + j]! - raw[(i - 1) * W * H + j]!);
    if (diff / (W * H) > 0.5) changes.push(pts[i]!);
  }
  return changes;
}

async function chaptersOf(video: string): Promise<Chapter[]> {
  const probe = JSON.parse((await runFfprobe(['-v', 'error', '-show_chapters', '-of', 'json', video])).stdout.toString());
  return probe.chapters.map((c: { start_time: string; end_time: string; tags: { title: string } }) =>
    ({ title: c.tags.title, start: Number(c.start_time), end: Number(c.end_time) }));
}

function cuesOf(srt: string): Cue[] {
  const s = (t: string) => { const [h, m, x] = t.replace(',', '.').split(':').map(Number); return h! * 3600 + m! * 60 + x!; };
  return readFileSync(srt, 'utf8').trim().split(/\n\n+/).map((block) => {
    const [, times, ...text] = block.split('\n');
    return { start: s(times!.split(' --> ')[0]!), text: text.join(' ') };
  });
}

const inside = (t: number, c: Chapter) => t > c.start + 0.01 && t < c.end - 0.01;

describe('e2e: builds in the video', function () {
  this.timeout(300000);
  let dir: string;
  let bytes: Uint8Array;
  const options = () => ({ cacheDir: join(dir, 'cache'), images: 'none', motion: false, transition: 'cut', resolution: '720p' } as const);

  before(async () => {
    dir = mkdtempSync(join(tmpdir(), 'd2v-builds-'));
    bytes = await buildsLesson();
  });
  after(() => { if (!process.env.KEEP) rmSync(dir, { recursive: true, force: true }); });

  it('reveals each step with its sentence, never for less than 1.5 s, one distinct picture per step', async () => {
    const result = await convertDeck({ bytes, name: 'lesson.pptx' }, { ...options(), output: join(dir, 'builds.mp4') });
    const chapters = await chaptersOf(result.video);
    assert.deepEqual(chapters.map((c) => c.title), ['Slide 1', 'Slide 2', 'Slide 3', 'Slide 4']);
    const changes = await pictureChanges(result.video);
    const cues = cuesOf(result.srt);
    assert.ok(!cues.some((c) => /\[|click/i.test(c.text)), `markers stay out of the captions: ${JSON.stringify(cues.map((c) => c.text))}`);
    const within = chapters.map((c) => changes.filter((t) => inside(t, c)));
    // Slide 1: 3 clicks, 4 pictures; slide 2: 3 clicks; slide 3: one picture; slide 4: 2 clicks.
    assert.deepEqual(within.map((w) => w.length), [3, 3, 0, 2], `changes ${JSON.stringify(within)}`);

    const cueStarting = (words: RegExp) => cues.find((c) => words.test(c.text))!.start;
    // [click] marks: at the start of the sentence after each mark.
    const marked = [/^First, the sun/, /^High up/, /^Finally/].map(cueStarting);
    within[0]!.forEach((t, k) => assert.ok(Math.abs(t - marked[k]!) <= 0.1, `slide 1 click ${k + 1} at ${t} s, sentence at ${marked[k]} s`));
    // No marks: at the start of the sentence that speaks about the revealed bullet.
    const spoken = [/^Under the ground, the roots/, /^Above ground, the leaves/, /^And last, the flowers/].map(cueStarting);
    within[1]!.forEach((t, k) => assert.ok(Math.abs(t - spoken[k]!) <= 0.1, `slide 2 click ${k + 1} at ${t} s, sentence at ${spoken[k]} s`));

    // Every step (chapter start to first click, click to click, last click to chapter end) lasts 1.5 s or more.
    chapters.forEach((c, i) => {
      const bounds = [c.start, ...within[i]!, c.end];
      for (let k = 1; k < bounds.length; k++) assert.ok(bounds[k]! - bounds[k - 1]! >= 1.5 - 0.034, `${c.title}: step ${k - 1} lasts ${bounds[k]! - bounds[k - 1]!} s`);
    });
  });

  it('pictures sent by the add-in (final state) stand for slides without builds; slides with builds show our steps', async () => {
    const magenta = new Uint8Array(160 * 90 * 3).map((_, i) => (i % 3 === 1 ? 0 : 255));
    const png = encodePng(160, 90, magenta);
    const slideImages = new Map([1, 2, 3, 4].map((i) => [i, new Uint8Array(png)]));
    const result = await convertDeck({ bytes, name: 'lesson.pptx' }, { ...options(), output: join(dir, 'given.mp4'), slideImages });
    const chapters = await chaptersOf(result.video);
    const changes = await pictureChanges(result.video);
    assert.deepEqual(chapters.map((c) => changes.filter((t) => inside(t, c)).length), [3, 3, 0, 2]);
    // Slide 3's picture is the one sent; slide 1 (our render, white) is not.
    const middle = async (c: Chapter) => {
      const one = await runFfmpeg(['-v', 'error', '-ss', ((c.start + c.end) / 2).toFixed(3), '-i', result.video, '-frames:v', '1', '-vf', 'scale=16:9', '-f', 'rawvideo', '-pix_fmt', 'rgb24', '-']);
      return [...one.stdout.subarray(3 * (4 * 16 + 8), 3 * (4 * 16 + 8) + 3)];
    };
    const [r3, g3] = await middle(chapters[2]!);
    assert.ok(r3! > 200 && g3! < 60, `slide 3 shows the picture sent (rgb ${r3},${g3})`);
    const [r1, g1] = await middle(chapters[0]!);
    assert.ok(r1! > 200 && g1! > 200, `slide 1 shows our render (rgb ${r1},${g1})`);
  });

  it('--no-builds: every slide is one picture, in its final look', async () => {
    const result = await convertDeck({ bytes, name: 'lesson.pptx' }, { ...options(), output: join(dir, 'flat.mp4'), builds: false });
    const chapters = await chaptersOf(result.video);
    const changes = await pictureChanges(result.video);
    assert.deepEqual(chapters.map((c) => changes.filter((t) => inside(t, c)).length), [0, 0, 0, 0]);
  });
});
