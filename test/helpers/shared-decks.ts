/**
 * The shared real-deck corpus (../shared/decks next to the checkout). Never copied into the project:
 * tests read it in place, and skip — saying why — when it is absent.
 */
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { repoRoot } from './repo-root.js';

export const SHARED_DECKS_SKIP_MESSAGE = '../shared/decks not found: corpus tests skipped';

const DAMAGED = 'this file is damaged or not a complete PowerPoint file; open it in PowerPoint, save it again as .pptx and retry';

/** Corpus decks the reader must refuse (BAD_INPUT), with the message (SOURCES.md lists why each is broken). */
export const REFUSED_DECKS: Readonly<Record<string, string>> = {
  'poi/Divino_Revelado.pptx': DAMAGED,
  'poi/clusterfuzz-testcase-minimized-POIXSLFFuzzer-5463285576892416.pptx': DAMAGED,
  'parsers/tika/testPPT_protected_passtika.pptx': 'this deck is password-protected; save an unprotected copy (File > Info > Protect Presentation) and try again',
  'python-pptx/no-slides.pptx': 'the deck has no slides; add at least one slide, save it and try again',
};

/** The corpus folder, or undefined when it is not there. */
export function sharedDecks(): string | undefined {
  const dir = resolve(repoRoot, '../shared/decks');
  return existsSync(dir) && statSync(dir).isDirectory() ? dir : undefined;
}

/**
 * For use as `before(function () { dir = requireSharedDecks(this); })`: the corpus folder, or skips the
 * suite after printing why.
 */
export function requireSharedDecks(ctx: Mocha.Context): string {
  const dir = sharedDecks();
  if (!dir) {
    console.log(`      ${SHARED_DECKS_SKIP_MESSAGE}`);
    ctx.skip();
  }
  return dir as string;
}

const DECK_EXT = /\.(pptx|ppsx|pptm|potx)$/i;

/** Every deck file below `dir`, recursively, sorted (paths relative to dir). */
export function listDecks(dir: string, sub = ''): string[] {
  const out: string[] = [];
  for (const e of readdirSync(join(dir, sub), { withFileTypes: true })) {
    const rel = sub ? `${sub}/${e.name}` : e.name;
    if (e.isDirectory()) out.push(...listDecks(dir, rel));
    else if (DECK_EXT.test(e.name)) out.push(rel);
  }
  return out.sort();
}
