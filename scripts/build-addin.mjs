#!/usr/bin/env node
/**
 * Builds the PowerPoint task pane into static files: addin/powerpoint/dist/{taskpane,commands}.html,
 * their bundled scripts (esbuild, no runtime dependencies), taskpane.css, help.html and the icons.
 * The service serves that folder under /addin/. Usage: node scripts/build-addin.mjs [--out DIR]
 */
import { copyFileSync, mkdirSync, readdirSync, rmSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'esbuild';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const pane = join(root, 'addin', 'powerpoint');

/** Office's web views: WebView2/Chromium (Windows, web), WKWebView (Mac, Safari 15+ with current Office); ES2017 syntax. */
const TARGETS = ['es2017', 'chrome80', 'safari15', 'firefox78'];

export async function buildAddin({ outDir = join(pane, 'dist'), minify = true } = {}) {
  rmSync(outDir, { recursive: true, force: true });
  mkdirSync(join(outDir, 'assets'), { recursive: true });
  await build({
    entryPoints: { taskpane: join(pane, 'src', 'taskpane.ts'), commands: join(pane, 'src', 'commands.ts') },
    outdir: outDir,
    bundle: true,
    format: 'iife',
    target: TARGETS,
    minify,
    sourcemap: 'linked',
    legalComments: 'none',
    logLevel: 'warning',
  });
  for (const f of readdirSync(join(pane, 'static'))) copyFileSync(join(pane, 'static', f), join(outDir, f));
  for (const f of readdirSync(join(pane, 'assets'))) {
    if (f.endsWith('.png')) copyFileSync(join(pane, 'assets', f), join(outDir, 'assets', f));
  }
  return outDir;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const at = process.argv.indexOf('--out');
  const out = await buildAddin(at > 0 ? { outDir: resolve(process.argv[at + 1]) } : {});
  process.stdout.write(`add-in built in ${out}\n`);
}
