/**
 * Renders assets/icon.svg to the PNG sizes the manifest names (16, 32, 80 for the ribbon; 32 and
 * 64 for IconUrl/HighResolutionIconUrl) with the system Chromium. Run once after editing the SVG:
 *   npx tsx addin/powerpoint/tools/make-icons.ts
 * The PNGs are committed, so building the add-in needs no browser.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import puppeteer from 'puppeteer-core';
import { CHROME_FLAGS, findChrome } from '../../../converter/engines/chrome.js';

const assets = join(dirname(fileURLToPath(import.meta.url)), '..', 'assets');
export const ICON_SIZES = [16, 32, 64, 80];

const svg = readFileSync(join(assets, 'icon.svg'), 'utf8');
const profile = mkdtempSync(join(tmpdir(), 'd2v-icons-'));
const browser = await puppeteer.launch({ executablePath: findChrome(), headless: true, args: [...CHROME_FLAGS, `--user-data-dir=${profile}`] });
try {
  const page = await browser.newPage();
  for (const size of ICON_SIZES) {
    await page.setViewport({ width: size, height: size, deviceScaleFactor: 1 });
    const html = `<html><body style="margin:0;background:transparent">${svg.replace('<svg ', `<svg width="${size}" height="${size}" `)}</body></html>`;
    await page.setContent(html);
    const png = await page.screenshot({ type: 'png', omitBackground: true, clip: { x: 0, y: 0, width: size, height: size } });
    writeFileSync(join(assets, `icon-${size}.png`), png);
  }
} finally {
  await browser.close();
  rmSync(profile, { recursive: true, force: true });
}
process.stdout.write(`icons written to ${assets}\n`);
