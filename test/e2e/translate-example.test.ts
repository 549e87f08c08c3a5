/**
 * The example lesson in Spanish and Arabic through a Cloud Translation stand-in (real googleapis)
 * whose answers are hand-written translations of every text of the lesson. The slides: every text
 * translated, Arabic paragraphs right to left, and in Chromium no text outside its box or the slide
 * (the pictures are written to D2V_TRANSLATE_SHEET when set, to be looked at). The video: OUT.es.mp4
 * with the original's chapters (translated), audio and subtitles tagged spa, and Spanish captions on
 * every narrated slide.
 */
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { google } from 'googleapis';
import puppeteer, { type Browser } from 'puppeteer-core';
import { ArtifactCache } from '../../converter/cache/artifact-cache.js';
import { readDeck } from '../../converter/deck/read-deck.js';
import type { Deck } from '../../converter/deck/model.js';
import { findChrome } from '../../converter/engines/chrome.js';
import { runFfprobe } from '../../converter/engines/ffmpeg.js';
import { resolveConvertOptions } from '../../converter/options/resolve-convert-options.js';
import { selectSlides } from '../../converter/plan-conversion.js';
import { convertDeck } from '../../converter/pipeline.js';
import { makeContext } from '../../converter/render/render-context.js';
import { MediaUris } from '../../converter/render/media.js';
import { SHRINK_TEXT_TO_FIT } from '../../converter/render/shrink-fit.js';
import { slideHtml } from '../../converter/render/slide-html.js';
import { findUrls, urlDomain } from '../../converter/script/urls.js';
import { deckVariants } from '../../converter/translate/deck-variants.js';
import { repoRoot } from '../helpers/repo-root.js';
import { startTranslationStandIn, type TranslationStandIn } from '../translate/translation-stand-in.js';

const EXAMPLE = join(repoRoot, 'examples', 'lecture.pptx');
const fixture = (lang: string) => JSON.parse(readFileSync(join(repoRoot, 'test', 'translate', 'fixtures', `lecture-${lang}.json`), 'utf8')) as Record<string, string>;
const ES = fixture('es');
const AR = fixture('ar');

/** Evaluated in the page after the shrink pass: every text line that leaves its box or the slide. */
const OVERFLOWS = `(() => {
  const slide = document.getElementById('slide').getBoundingClientRect();
  const out = [];
  for (const box of document.querySelectorAll('.tb')) {
    const frame = (box.closest('.td') ?? box).getBoundingClientRect();
    const range = document.createRange();
    range.selectNodeContents(box);
    for (const r of range.getClientRects()) {
      if (r.width === 0 || r.height === 0) continue;
      const inside = (o) => r.left >= o.left - 2 && r.right <= o.right + 2 && r.top >= o.top - 2 && r.bottom <= o.bottom + 2;
      if (!inside(frame) || !inside(slide)) out.push(box.textContent.trim().slice(0, 60));
    }
  }
  return [...new Set(out)];
})()`;

describe('e2e: the example lesson in Spanish and Arabic', function () {
  this.timeout(300_000);
  let dir = '';
  let server: TranslationStandIn;
  let deck: Deck;
  const auth = new google.auth.OAuth2();
  auth.setCredentials({ access_token: 'ya29.stand-in' });
  const translation = () => ({ translator: 'google' as const, googleRootUrl: server.url, googleAuth: auth, googleProject: 'demo', cacheDir: join(dir, 'cache') });

  before(async () => {
    dir = mkdtempSync(join(tmpdir(), 'd2v-translate-'));
    server = await startTranslationStandIn({ es: ES, ar: AR });
    deck = await readDeck({ path: EXAMPLE });
  });
  after(async () => {
    await server.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('translates every text of the slides; Arabic reads right to left; no text leaves its box', async () => {
    const o = await resolveConvertOptions({ translate: ['es', 'ar'], translateSlides: true, ...translation() });
    const { lang, jobs } = selectSlides(deck, o);
    const warnings = new Set<string>();
    const variants = await deckVariants(deck, jobs, lang, o, new ArtifactCache(o.cacheDir), warnings);
    assert.deepEqual(server.translator.misses, [], 'the fixture has every text the lesson sends');
    assert.deepEqual([...warnings], []);
    // Batched: at most 128 texts a request, each language's texts together.
    assert.deepEqual(new Set(server.requests.map((r) => r.url)), new Set(['/v3/projects/demo/locations/global:translateText']));
    const sent = server.requests.map((r) => JSON.parse(r.body) as { contents: string[]; targetLanguageCode: string });
    assert.ok(sent.every((b) => b.contents.length <= 128));
    assert.deepEqual(new Set(sent.map((b) => b.targetLanguageCode)), new Set(['es', 'ar']));
    assert.equal(sent.length, 2 * Math.ceil(sent.filter((b) => b.targetLanguageCode === 'es').reduce((n, b) => n + b.contents.length, 0) / 128));
    const ar = variants.find((v) => v.lang === 'ar')!;
    const paragraphs = ar.deck.slides.filter((s) => jobs.some((j) => j.slide.index === s.index))
      .flatMap((s) => s.elements.flatMap(function texts(e): { rtl: boolean; text: string }[] {
        if (e.kind === 'shape') return (e.text?.paragraphs ?? []).map((p) => ({ rtl: p.rtl, text: p.runs.map((r) => r.text).join('') }));
        if (e.kind === 'table') return e.rows.flatMap((r) => r.cells.flatMap((c) => c.text.paragraphs.map((p) => ({ rtl: p.rtl, text: p.runs.map((x) => x.text).join('') }))));
        return e.kind === 'group' ? e.children.flatMap(texts) : [];
      }));
    const withLetters = paragraphs.filter((p) => /\p{L}/u.test(p.text));
    assert.ok(withLetters.length > 60, `${withLetters.length} paragraphs with words`);
    assert.deepEqual(withLetters.filter((p) => !/\p{Script=Arabic}/u.test(p.text)), [], 'every paragraph with words is in Arabic');
    assert.deepEqual(withLetters.filter((p) => !p.rtl), [], 'every Arabic paragraph is right to left');

    const sheet = process.env.D2V_TRANSLATE_SHEET;
    if (sheet) mkdirSync(sheet, { recursive: true });
    const browser: Browser = await puppeteer.launch({ executablePath: findChrome(), headless: true, args: ['--no-sandbox', '--font-render-hinting=none'] });
    try {
      const page = await browser.newPage();
      for (const v of [{ lang: 'en', deck }, ...variants]) {
        const media = new MediaUris(v.deck.media);
        for (const { slide } of jobs) {
          const s = v.deck.slides.find((x) => x.index === slide.index)!;
          const html = slideHtml(v.deck, s, makeContext(media, { theme: v.deck.theme, lang: v.deck.lang }));
          await page.setViewport({ width: Math.round(html.width), height: Math.round(html.height) });
          await page.setContent(html.html, { waitUntil: 'load' });
          await page.evaluate(SHRINK_TEXT_TO_FIT);
          assert.deepEqual(await page.evaluate(OVERFLOWS), [], `${v.lang} slide ${slide.index}: text outside its box`);
          if (v.lang === 'ar') {
            const rtl = await page.evaluate(`document.querySelectorAll('p[dir=rtl]').length`);
            assert.ok(Number(rtl) > 0 || !/\p{L}/u.test(s.text), `ar slide ${slide.index} has right-to-left paragraphs`);
          }
          if (sheet) writeFileSync(join(sheet, `${v.lang}-${String(slide.index).padStart(3, '0')}.png`), await page.screenshot({ type: 'png' }));
        }
      }
    } finally {
      await browser.close();
    }
  });

  it('OUT.es.mp4: the original chapters in Spanish, audio and subtitles tagged spa, Spanish captions on every narrated slide', async () => {
    const out = join(dir, 'out', 'lecture.mp4');
    const result = await convertDeck({ path: EXAMPLE }, { output: out, translate: ['es'], original: false, resolution: '720p', motion: false, ...translation() });
    const es = result.translations[0]!;
    assert.equal(es.video, join(dir, 'out', 'lecture.es.mp4'));
    assert.deepEqual(readdirSync(join(dir, 'out')).sort(), ['lecture.es.mp4', 'lecture.es.srt', 'lecture.es.vtt'], '--no-original: no lecture.mp4');
    assert.equal(existsSync(out), false);

    const probe = JSON.parse((await runFfprobe(['-show_streams', '-show_format', '-show_chapters', '-of', 'json', es.video])).stdout.toString());
    const tags = (type: string) => probe.streams.filter((s: { codec_type: string }) => s.codec_type === type).map((s: { tags: { language: string } }) => s.tags.language);
    assert.deepEqual([tags('audio'), tags('subtitle')], [['spa'], ['spa']]);
    assert.equal(probe.format.tags.title, 'El ciclo del agua');

    const o = await resolveConvertOptions({});
    const { jobs } = selectSlides(deck, o);
    const chapters = probe.chapters.map((c: { start_time: string; end_time: string; tags: { title: string } }) => ({ title: c.tags.title, start: Number(c.start_time) * 1000, end: Number(c.end_time) * 1000 }));
    assert.deepEqual(chapters.map((c: { title: string }) => c.title), jobs.map((j) => ES[j.slide.title]), 'one chapter per slide of the original, titled in Spanish');

    const cues = readFileSync(es.srt, 'utf8').trim().split(/\n\n+/).map((block) => {
      const [, times, ...text] = block.split('\n');
      const [a, b] = times!.split(' --> ').map((t) => t.replace(',', '.').split(':').reduce((acc, x) => acc * 60 + Number(x), 0) * 1000);
      return { start: a!, end: b!, text: text.join(' ') };
    });
    // Captions wrap long lines, and a URL wider than a line shows its domain (as the original's captions
    // do; the lesson's one URL is): compare the words without the spaces.
    const norm = (s: string) => s.replace(/\s+/g, '');
    const shown = (s: string) => findUrls(s).reduceRight((t, u) => t.slice(0, u.index) + urlDomain(u.url) + t.slice(u.index + u.url.length), s);
    jobs.forEach((j, i) => {
      const inChapter = cues.filter((c) => c.start >= chapters[i].start - 1 && c.end <= chapters[i].end + 1).map((c) => c.text).join(' ');
      const said = j.script.sentences.map((s) => shown(ES[s.caption]!)).join(' ');
      assert.equal(norm(inChapter), norm(said), `slide ${j.slide.index}: its Spanish sentences, in its chapter`);
      if (j.script.sentences.length) assert.ok(inChapter.length > 0);
    });
  });
});
