// The committed example decks must be exactly what examples/make-examples.ts produces, and must
// contain what the rest of the project relies on them for (titles, notes, table, chart, pictures,
// a hidden slide, languages, right-to-left text).
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import JSZip from 'jszip';
import { EXAMPLE_DECKS } from '../../examples/make-examples.js';
import { contentDigest, placeholderText, readPng, relTargets, sentences, slidePaths, text } from './pptx-parts.js';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const committed = (file: string): Promise<Buffer> => readFile(path.join(repoRoot, 'examples', file));

const TITLES: Record<string, string[]> = {
  'lecture.pptx': [
    'The Water Cycle', 'What you will learn today', "Where is Earth's water?", 'The water cycle at a glance',
    'Evaporation: water rises', 'Condensation: how clouds form', 'Precipitation: water falls', 'Rainfall through the year',
    'Collection: back to the start', 'Quick quiz', 'Quiz answers (teacher only)', 'Summary',
  ],
  'lecture-es.pptx': ['El ciclo del agua', 'Las cuatro etapas', 'El ciclo de un vistazo', '¿Dónde está el agua de la Tierra?', 'Resumen'],
  'lecture-ar.pptx': ['دورة الماء', 'مراحل دورة الماء', 'دورة الماء في صورة واحدة', 'الخلاصة'],
};

const LABELS: Record<string, string[]> = {
  'lecture.pptx': ['Evaporation', 'Condensation', 'Precipitation', 'Collection'],
  'lecture-es.pptx': ['Evaporación', 'Condensación', 'Precipitación', 'Recogida'],
  'lecture-ar.pptx': ['التبخر', 'التكاثف', 'الهطول', 'التجمع'],
};

async function notesOf(zip: JSZip, slide: string): Promise<string> {
  const [notesPath] = await relTargets(zip, slide, 'notesSlide');
  assert.ok(notesPath, `${slide} has no notes part`);
  return placeholderText(await text(zip, notesPath), 'body');
}

describe('examples/ decks', function () {
  this.timeout(60_000);
  let outDir = '';

  before(async () => {
    outDir = await mkdtemp(path.join(os.tmpdir(), 'deck2video-examples-'));
    // A separate process, exactly like `npm run examples`: pptxgenjs numbers charts with a counter that
    // lives as long as the process, so decks built after other tests' charts would be named differently.
    await promisify(execFile)(process.execPath, ['--import', 'tsx', path.join(repoRoot, 'examples/make-examples.ts'), outDir], { cwd: repoRoot });
  });
  after(async () => {
    if (outDir) await rm(outDir, { recursive: true, force: true });
  });

  for (const { file, lang } of EXAMPLE_DECKS) {
    describe(file, () => {
      let zip: JSZip;
      let slides: string[];
      before(async () => {
        zip = await JSZip.loadAsync(await committed(file));
        slides = await slidePaths(zip);
      });

      it('matches what make-examples.ts generates (run `npm run examples` after changing the generator)', async () => {
        const fresh = await contentDigest(await readFile(path.join(outDir, file)));
        const saved = await contentDigest(await committed(file));
        assert.deepEqual([...saved.keys()], [...fresh.keys()]);
        for (const [name, data] of fresh) assert.ok(saved.get(name)!.equals(data), `${file}: ${name} differs from the generator's output`);
      });

      it('has the expected slide titles in presentation order', async () => {
        const titles = await Promise.all(slides.map(async (s) => placeholderText(await text(zip, s), 'title')));
        assert.deepEqual(titles, TITLES[file]);
      });

      it('has speaker notes of 2 to 6 sentences on every slide, tagged with the deck language', async () => {
        for (const slide of slides) {
          const notes = await notesOf(zip, slide);
          const count = sentences(notes).length;
          assert.ok(count >= 2 && count <= 6, `${file} ${slide}: ${count} sentences in notes: ${notes}`);
          const [notesPath] = await relTargets(zip, slide, 'notesSlide');
          const langs = new Set([...(await text(zip, notesPath)).matchAll(/ lang="([^"]+)"/g)].map((m) => m[1]));
          assert.deepEqual([...langs], [lang]);
        }
      });

      it('records title, author and language in docProps/core.xml', async () => {
        const core = await text(zip, 'docProps/core.xml');
        assert.match(core, new RegExp(`<dc:title>${TITLES[file][0]}</dc:title>`));
        assert.match(core, /<dc:creator>deck2video examples<\/dc:creator>/);
        assert.match(core, new RegExp(`<dc:language>${lang}</dc:language>`));
        assert.match(core, /<dcterms:created xsi:type="dcterms:W3CDTF">2025-01-06T09:00:00Z<\/dcterms:created>/);
      });

      it('shows the water-cycle drawing as a 1440 x 810 PNG with the four stage labels on top', async () => {
        const index = TITLES[file].findIndex((t) => /glance|vistazo|صورة/.test(t));
        const slide = slides[index];
        const [media] = await relTargets(zip, slide, 'image');
        const png = readPng(await zip.file(media)!.async('nodebuffer'));
        assert.deepEqual([png.width, png.height], [1440, 810]);
        const runs = [...(await text(zip, slide)).matchAll(/<a:t>([^<]*)<\/a:t>/g)].map((m) => m[1]);
        assert.deepEqual(runs.slice(1, 5), LABELS[file]);
      });
    });
  }

  describe('lecture.pptx content', () => {
    let zip: JSZip;
    let slides: string[];
    before(async () => {
      zip = await JSZip.loadAsync(await committed('lecture.pptx'));
      slides = await slidePaths(zip);
    });

    it('hides exactly slide 11 (the answer key)', async () => {
      const hidden = [];
      for (const [i, s] of slides.entries()) if (/<p:sld [^>]*show="0"/.test(await text(zip, s))) hidden.push(i + 1);
      assert.deepEqual(hidden, [11]);
    });

    it('has a 6 x 3 table on slide 3', async () => {
      const xml = await text(zip, slides[2]);
      assert.equal(xml.match(/<a:tbl>/g)?.length, 1);
      assert.equal(xml.match(/<a:tr /g)?.length, 6);
      assert.equal(xml.match(/<a:gridCol /g)?.length, 3);
      assert.match(xml, /<a:t>96.5%<\/a:t>/);
    });

    it('has a native bar chart of 12 monthly values on slide 8', async () => {
      const [chartPath] = await relTargets(zip, slides[7], 'chart');
      const chart = await text(zip, chartPath);
      assert.match(chart, /<c:barChart>/);
      const values = [...chart.split('<c:val>')[1].matchAll(/<c:v>([^<]+)<\/c:v>/g)].map((m) => Number(m[1]));
      assert.deepEqual(values, [78, 61, 58, 52, 49, 45, 41, 50, 63, 88, 96, 90]);
    });

    it('has an SVG picture whose PNG fallback is a real 600 x 450 rendering on slide 7', async () => {
      const images = await relTargets(zip, slides[6], 'image');
      assert.deepEqual(images.map((p) => path.extname(p)), ['.png', '.svg']);
      assert.match(await text(zip, images[1]), /^<svg xmlns="http:\/\/www.w3.org\/2000\/svg" width="400" height="300"/);
      const png = readPng(await zip.file(images[0])!.async('nodebuffer'));
      assert.deepEqual([png.width, png.height], [600, 450]);
      assert.match(await text(zip, slides[6]), /<asvg:svgBlip /);
    });

    it('uses each narration directive once: [pause 1s] and [image: a cloud raining over mountains]', async () => {
      const all = (await Promise.all(slides.map((s) => notesOf(zip, s)))).join('\n');
      assert.equal(all.match(/\[pause 1s\]/g)?.length, 1);
      assert.equal(all.match(/\[image: a cloud raining over mountains\]/g)?.length, 1);
    });
  });

  it('lecture-ar.pptx is right-to-left: presentation flag and rtl paragraphs on every slide', async () => {
    const zip = await JSZip.loadAsync(await committed('lecture-ar.pptx'));
    assert.match(await text(zip, 'ppt/presentation.xml'), /<p:presentation [^>]*rtl="1"/);
    for (const slide of await slidePaths(zip)) assert.match(await text(zip, slide), /<a:pPr [^>]*rtl="1"/, slide);
  });
});
