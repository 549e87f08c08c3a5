/**
 * The add-in end to end: the service serves the built task pane, headless Chromium loads it with a
 * stand-in Office.js (the CDN request intercepted; nothing reaches the network) holding a real deck,
 * the test clicks Export to AI video, and the video the pane links to is downloaded and probed.
 * Real conversion (convertDeck), real Chromium, real ffmpeg.
 */
import { strict as assert } from 'node:assert';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { CHROME_FLAGS, findChrome, sandboxFlags } from '../../converter/engines/chrome.js';
import { runFfmpeg, runFfprobe } from '../../converter/engines/ffmpeg.js';
import { buildAddin } from '../../scripts/build-addin.mjs';
import { OFFICE_JS_URL, standInOfficeJs, type StandInOptions } from '../addin/helpers/stand-in-office.js';
import { notedDeck } from '../server/helpers/decks.js';
import { removeDir, startTestService, type TestService } from '../server/helpers/service.js';

const TOKEN = 'pane-token-123';

async function probe(path: string): Promise<{ streams: { codec_type: string; codec_name: string; width?: number; height?: number }[]; format: { duration: string } }> {
  const r = await runFfprobe(['-show_entries', 'stream=codec_type,codec_name,width,height:format=duration', '-of', 'json', path]);
  return JSON.parse(r.stdout.toString());
}

/** Mean RGB of the video frame at `seconds`. */
async function meanColour(path: string, seconds: number): Promise<[number, number, number]> {
  const r = await runFfmpeg(['-loglevel', 'error', '-ss', String(seconds), '-i', path, '-frames:v', '1', '-vf', 'scale=1:1:flags=area', '-f', 'rawvideo', '-pix_fmt', 'rgb24', 'pipe:1']);
  return [r.stdout[0] ?? 0, r.stdout[1] ?? 0, r.stdout[2] ?? 0];
}

describe('e2e: PowerPoint task pane in Chromium -> service -> video', function () {
  this.timeout(240_000);
  let dir: string;
  let svc: TestService;
  let browser: Browser;

  before(async () => {
    dir = mkdtempSync(join(tmpdir(), 'd2v-pane-e2e-'));
    const addinDir = await buildAddin({ outDir: join(dir, 'addin') });
    svc = await startTestService({ addinDir, token: TOKEN, dataDir: join(dir, 'data') });
    browser = await puppeteer.launch({
      executablePath: findChrome(),
      headless: true,
      args: [...CHROME_FLAGS, ...sandboxFlags(), `--user-data-dir=${join(dir, 'profile')}`],
      handleSIGINT: false,
      handleSIGTERM: false,
      handleSIGHUP: false,
    });
  });
  after(async () => {
    await browser?.close();
    await svc?.close();
    if (dir) removeDir(dir);
  });

  /** Opens the pane with the stand-in Office.js; records page errors and any request that tried to leave. */
  async function openPane(office: StandInOptions): Promise<{ page: Page; errors: string[]; blocked: string[] }> {
    const page = await browser.newPage();
    await page.setViewport({ width: 360, height: 900 });
    const errors: string[] = [];
    const blocked: string[] = [];
    page.on('pageerror', (e) => errors.push(String(e)));
    await page.setRequestInterception(true);
    const js = standInOfficeJs(office);
    page.on('request', (req) => {
      const url = req.url();
      if (url === OFFICE_JS_URL) void req.respond({ status: 200, contentType: 'application/javascript', body: js });
      else if (url.startsWith(svc.url)) void req.continue();
      else {
        blocked.push(url);
        void req.abort('blockedbyclient');
      }
    });
    await page.goto(`${svc.url}/addin/taskpane.html`, { waitUntil: 'load' });
    await page.waitForSelector('#export:not([disabled])', { timeout: 30_000 });
    return { page, errors, blocked };
  }

  async function exportAndWait(page: Page): Promise<string> {
    await page.click('#export');
    await page.waitForFunction(() => !document.getElementById('result')?.hidden || !document.getElementById('error')?.hidden, { timeout: 180_000, polling: 200 });
    const error = await page.$eval('#error', (e) => ((e as HTMLElement).hidden ? '' : e.textContent));
    assert.equal(error, '', 'the pane shows no error');
    return page.$eval('#video-link', (a) => (a as HTMLAnchorElement).href);
  }

  async function download(href: string, name: string): Promise<string> {
    const res = await fetch(href);
    assert.equal(res.status, 200);
    assert.equal(res.headers.get('content-type'), 'video/mp4');
    const path = join(dir, name);
    writeFileSync(path, new Uint8Array(await res.arrayBuffer()));
    return path;
  }

  it('asks for the token, then exports the open deck and links a playable video and captions', async () => {
    const deck = await notedDeck(2);
    const { page, errors, blocked } = await openPane({ deck, url: 'https://contoso.sharepoint.com/Shared%20Documents/Photosynthesis.pptx' });

    // Without the token: a readable message in the pane.
    await page.click('#export');
    await page.waitForSelector('#error:not([hidden])', { timeout: 60_000 });
    assert.equal(await page.$eval('#error', (e) => e.textContent), 'The service needs an access token: enter the token under Service settings (ask whoever runs the service for it)');
    assert.equal(await page.evaluate(() => (window as unknown as { __officeCalls: { closed: number } }).__officeCalls.closed), 1, 'the file was closed after reading');

    await page.click('#service summary');
    await page.type('#token', TOKEN);
    await page.select('#resolution', '720p');
    const href = await exportAndWait(page);
    assert.match(href, new RegExp(`^${svc.url}/v1/jobs/[0-9a-f-]{36}/video\\?key=`));

    const calls = await page.evaluate(() => (window as unknown as { __officeCalls: { fileType: string; sliceSize: number; slices: number[]; closed: number; openFiles: number; images: unknown[] } }).__officeCalls);
    assert.equal(calls.fileType, 'compressed');
    assert.equal(calls.sliceSize, 4194304);
    assert.deepEqual(calls.slices, [0, 0]);
    assert.equal(calls.closed, 2);
    assert.equal(calls.openFiles, 0);
    assert.deepEqual(calls.images, [], 'no PowerPointApi 1.8 here: no slide pictures asked for');

    const video = await download(href, 'pane.mp4');
    const p = await probe(video);
    const v = p.streams.find((s) => s.codec_type === 'video');
    assert.equal(v?.codec_name, 'h264');
    assert.equal(v?.width, 1280);
    assert.equal(v?.height, 720);
    assert.equal(p.streams.find((s) => s.codec_type === 'audio')?.codec_name, 'aac');
    assert.ok(Number(p.format.duration) > 1, `duration ${p.format.duration}`);
    // The whole file decodes (a truncated or broken MP4 fails here).
    await runFfmpeg(['-loglevel', 'error', '-i', video, '-f', 'null', '-']);

    const links = await page.evaluate(() => ({
      download: (document.getElementById('download-link') as HTMLAnchorElement).href,
      vtt: (document.getElementById('vtt-link') as HTMLAnchorElement).href,
      text: document.getElementById('result-text')?.textContent,
    }));
    assert.equal(links.download, `${href}&download=1`);
    // The browser itself can download it: the file arrives whole, as an attachment named after the deck.
    const inPage = await page.evaluate(async (url) => {
      const r = await fetch(url);
      return { status: r.status, disposition: r.headers.get('content-disposition'), bytes: (await r.arrayBuffer()).byteLength };
    }, links.download);
    assert.deepEqual(inPage, { status: 200, disposition: `attachment; filename="Photosynthesis.mp4"; filename*=UTF-8''Photosynthesis.mp4`, bytes: readFileSync(video).length });
    assert.match(links.text ?? '', /^Your video is ready \(0:\d\d\)\.$/);
    const vtt = await (await fetch(links.vtt)).text();
    assert.match(vtt, /^WEBVTT/);
    assert.match(vtt, /Plants make sugar from light\./);
    assert.deepEqual(errors, []);
    assert.deepEqual(blocked, [], 'the pane asked for nothing outside the service');
    if (process.env.KEEP) await page.screenshot({ path: join(dir, 'pane-done.png') });
    await page.close();
  });

  it('with PowerPointApi 1.8, sends PowerPoint\'s slide pictures and the video shows them', async () => {
    const deck = await notedDeck(1, { notes: () => 'A short note about magenta.' });
    const magenta = join(dir, 'magenta.png');
    await runFfmpeg(['-loglevel', 'error', '-f', 'lavfi', '-i', 'color=c=0xff00ff:s=1280x720', '-frames:v', '1', magenta]);
    const png = new Uint8Array(readFileSync(magenta));
    const { page, errors } = await openPane({ deck, url: 'C:\\Users\\t\\Colours.pptx', slidePngs: [png] });
    // The token and options entered last time are remembered.
    assert.equal(await page.$eval('#token', (e) => (e as HTMLInputElement).value), TOKEN);
    assert.equal(await page.$eval('#resolution', (e) => (e as HTMLSelectElement).value), '720p');
    await page.select('#images', 'none');
    const href = await exportAndWait(page);
    const calls = await page.evaluate(() => (window as unknown as { __officeCalls: { images: { slide: number; width: number }[]; setChecks: string[] } }).__officeCalls);
    assert.deepEqual(calls.images, [{ slide: 1, width: 1920 }]);
    assert.ok(calls.setChecks.includes('PowerPointApi 1.8'));
    const video = await download(href, 'pane-18.mp4');
    const [r, g, b] = await meanColour(video, 1.0);
    assert.ok(r > 200 && g < 60 && b > 200, `expected PowerPoint's magenta slide on screen, got rgb(${r}, ${g}, ${b})`);
    assert.deepEqual(errors, []);
    await page.close();
  });
});
