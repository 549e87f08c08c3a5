/**
 * The Office add-in manifest for a deck2video service at some URL, and its validation.
 *
 *   npx tsx scripts/write-manifest.ts                                  writes manifest.xml for https://localhost:3000
 *   npx tsx scripts/write-manifest.ts --url https://video.school.org   ... for another service (--out FILE to write elsewhere)
 *   npx tsx scripts/write-manifest.ts --validate [FILE]                 checks a manifest (npm run addin:validate)
 *
 * Validation reads the manifest with office-addin-manifest, checks what Office needs offline (an
 * https task pane URL, the Presentation host, the ribbon button, icons 16/32/80) and then asks
 * Microsoft's validation service, which needs the internet: when it cannot be reached, that is
 * said and the offline checks decide.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { OfficeAddinManifest, validateManifest } from 'office-addin-manifest';
import { DEFAULT_BASE_URL, manifestXml } from '../src/server/manifest-xml.js';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');

function arg(name: string): string | undefined {
  const i = process.argv.indexOf(name);
  return i > 0 ? process.argv[i + 1] : undefined;
}

/** Offline checks; returns the problems found (empty = fine). */
export async function checkManifest(path: string): Promise<string[]> {
  const problems: string[] = [];
  const info = await OfficeAddinManifest.readManifestFile(path);
  const xml = readFileSync(path, 'utf8');
  if (!/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(info.id ?? '')) problems.push(`Id is not a GUID: ${info.id}`);
  if (info.officeAppType !== 'TaskPaneApp') problems.push(`not a task pane add-in: ${info.officeAppType}`);
  if (!info.hosts?.includes('Presentation')) problems.push('the Presentation host (PowerPoint) is missing');
  for (const [what, url] of [
    ['task pane', info.defaultSettings?.sourceLocation],
    ['icon', info.iconUrl],
    ['high-resolution icon', info.highResolutionIconUrl],
    ['support page', info.supportUrl],
  ] as const) {
    if (!url?.startsWith('https://')) problems.push(`the ${what} URL must be https: ${url}`);
  }
  if (!/<OfficeTab id="TabHome">/.test(xml)) problems.push('no button on the Home tab');
  if (!/<bt:String id="ExportButton.Label" DefaultValue="Export to AI video"\/>/.test(xml)) problems.push('the button is not labelled "Export to AI video"');
  for (const size of [16, 32, 80]) if (!xml.includes(`<bt:Image size="${size}"`)) problems.push(`no ${size} px ribbon icon`);
  return problems;
}

async function validate(path: string): Promise<number> {
  const problems = await checkManifest(path);
  for (const p of problems) process.stderr.write(`manifest: ${p}\n`);
  if (problems.length > 0) return 1;
  process.stdout.write(`${path}: read by office-addin-manifest; offline checks passed\n`);
  try {
    const result = await Promise.race([
      validateManifest(path),
      new Promise<never>((_, reject) => setTimeout(() => reject(new Error('no answer in 20 s')), 20_000).unref()),
    ]);
    const errors = result.report?.errors ?? [];
    for (const e of errors) process.stderr.write(`manifest: ${e.title ?? 'error'}: ${e.content ?? ''}\n`);
    process.stdout.write(result.isValid ? 'Microsoft validation service: valid\n' : `Microsoft validation service: NOT valid (${result.status ?? ''} ${result.statusText ?? ''})\n`);
    return result.isValid ? 0 : 1;
  } catch (e) {
    process.stdout.write(`Microsoft validation service not reachable (${(e as Error).message.split('\n')[0]}): offline checks only\n`);
    return 0;
  }
}

async function main(): Promise<number> {
  if (process.argv.includes('--validate')) {
    const file = process.argv[process.argv.indexOf('--validate') + 1];
    return validate(resolve(file && !file.startsWith('--') ? file : join(root, 'manifest.xml')));
  }
  const url = arg('--url') ?? DEFAULT_BASE_URL;
  const out = resolve(arg('--out') ?? join(root, 'manifest.xml'));
  try {
    writeFileSync(out, manifestXml({ baseUrl: url }));
  } catch (e) {
    process.stderr.write(`write-manifest: ${(e as Error).message}\n`);
    return 2;
  }
  process.stdout.write(`wrote ${out} for ${url}\n`);
  return 0;
}

// Run only as a script (tests import checkManifest).
if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) process.exitCode = await main();
