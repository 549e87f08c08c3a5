/**
 * Every real deck in ../shared/decks: it reads, or fails with BAD_INPUT and the right message. For the
 * readable ones, slide count and speaker notes must agree with an INDEPENDENT extraction written here
 * (jszip + regular expressions over the raw XML, following the rels by hand; none of the reader's code).
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import JSZip from 'jszip';
import { ConvertError } from '../../converter/errors.js';
import { readDeck } from '../../converter/deck/read-deck.js';
import { listDecks, REFUSED_DECKS as REFUSED, requireSharedDecks } from '../helpers/shared-decks.js';

// ------------------------------------------------------------ independent extraction

function unescapeXml(s: string): string {
  return s
    .replace(/&#x([0-9a-f]+);/gi, (_m, h) => String.fromCodePoint(parseInt(h, 16)))
    .replace(/&#(\d+);/g, (_m, d) => String.fromCodePoint(Number(d)))
    .replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&');
}

function relMap(xml: string | undefined): Map<string, string> {
  const m = new Map<string, string>();
  for (const r of (xml ?? '').match(/<Relationship\b[^>]*>/g) ?? []) {
    const id = /\bId="([^"]*)"/.exec(r)?.[1];
    const target = /\bTarget="([^"]*)"/.exec(r)?.[1];
    if (id && target && !/TargetMode="External"/.test(r)) m.set(id, target);
  }
  return m;
}

/** "../notesSlides/notesSlide3.xml" against "ppt/slides/" -> "ppt/notesSlides/notesSlide3.xml" */
function join2(dir: string, target: string): string {
  if (target.startsWith('/')) return target.slice(1);
  const out = dir.split('/').filter(Boolean);
  for (const seg of target.split('/')) {
    if (seg === '..') out.pop();
    else if (seg !== '.') out.push(seg);
  }
  return out.join('/');
}

async function independent(bytes: Uint8Array): Promise<{ slides: number; notes: string[] }> {
  const zip = await JSZip.loadAsync(bytes);
  const text = async (name: string) => zip.file(name)?.async('string');
  const pres = (await text('ppt/presentation.xml')) ?? '';
  const presRels = relMap(await text('ppt/_rels/presentation.xml.rels'));
  const list = /<p:sldIdLst>([\s\S]*?)<\/p:sldIdLst>/.exec(pres)?.[1] ?? '';
  const notes: string[] = [];
  for (const entry of list.match(/<p:sldId\b[^>]*>/g) ?? []) {
    const rid = /r:id="([^"]*)"/.exec(entry)?.[1] ?? '';
    const slide = presRels.get(rid);
    if (!slide || !zip.file(join2('ppt', slide))) continue;
    const slidePath = join2('ppt', slide);
    const dir = slidePath.slice(0, slidePath.lastIndexOf('/'));
    const rels = (await text(`${dir}/_rels/${slidePath.slice(dir.length + 1)}.rels`)) ?? '';
    const notesRel = (rels.match(/<Relationship\b[^>]*>/g) ?? []).find((r) => /relationships\/notesSlide"/.test(r));
    const target = notesRel ? /\bTarget="([^"]*)"/.exec(notesRel)?.[1] : undefined;
    const xml = target ? await text(join2(dir, target)) : undefined;
    let said = '';
    for (const sp of xml?.match(/<p:sp>[\s\S]*?<\/p:sp>/g) ?? []) {
      if (!/<p:ph\b[^>]*type="body"/.test(sp)) continue;
      for (const para of sp.match(/<a:p>[\s\S]*?<\/a:p>|<a:p\/>/g) ?? []) {
        // Runs of one paragraph join without a space (a word may be split across runs); a:br is a break.
        const pieces = para.match(/<a:t(?:\s[^>]*)?>[^<]*<\/a:t>|<a:br\b[^>]*>/g) ?? [];
        said += ' ' + pieces.map((t) => (t.startsWith('<a:br') ? ' ' : unescapeXml(t.replace(/<[^>]*>/g, '')))).join('');
      }
    }
    notes.push(said);
  }
  return { slides: notes.length, notes };
}

function words(s: string): string[] {
  return s.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
}

/** Share of the expected words (as a multiset) that the reader's text also has. */
function recall(expected: string, actual: string): { hit: number; total: number } {
  const have = new Map<string, number>();
  for (const w of words(actual)) have.set(w, (have.get(w) ?? 0) + 1);
  let hit = 0;
  const exp = words(expected);
  for (const w of exp) {
    const n = have.get(w) ?? 0;
    if (n > 0) {
      hit++;
      have.set(w, n - 1);
    }
  }
  return { hit, total: exp.length };
}

// ------------------------------------------------------------ the test

describe('deck: shared corpus (../shared/decks)', function () {
  this.timeout(120000);
  let dir = '';
  before(function () {
    dir = requireSharedDecks(this);
  });

  it('reads every deck, or refuses it with BAD_INPUT and the right message; notes agree with an independent extraction', async () => {
    const files = listDecks(dir);
    assert.ok(files.length >= 60, `only ${files.length} decks found`);
    const t0 = Date.now();
    const cpu0 = process.cpuUsage();
    let decks = 0;
    let slides = 0;
    let hidden = 0;
    let notesWords = 0;
    let hitWords = 0;
    let refusedCount = 0;
    const problems: string[] = [];
    for (const rel of files) {
      const bytes = readFileSync(join(dir, rel));
      let deck;
      try {
        deck = await readDeck({ bytes, name: rel });
      } catch (e) {
        if (e instanceof ConvertError && REFUSED[rel] === e.message && e.code === 'BAD_INPUT') {
          refusedCount++;
          continue;
        }
        problems.push(`${rel}: unexpected error ${e instanceof ConvertError ? `${e.code} ${e.message}` : String((e as Error)?.stack ?? e)}`);
        continue;
      }
      if (REFUSED[rel]) {
        problems.push(`${rel}: read, but should be refused with "${REFUSED[rel]}"`);
        continue;
      }
      decks++;
      slides += deck.slides.length;
      hidden += deck.slides.filter((s) => s.hidden).length;
      const ref = await independent(bytes);
      if (ref.slides !== deck.slides.length) problems.push(`${rel}: ${deck.slides.length} slides, independent count ${ref.slides}`);
      let deckHit = 0;
      let deckTotal = 0;
      deck.slides.forEach((s, i) => {
        const r = recall(ref.notes[i] ?? '', s.notes);
        deckHit += r.hit;
        deckTotal += r.total;
        // Nothing invented either: our notes have no words the body placeholder lacks.
        const back = recall(s.notes, ref.notes[i] ?? '');
        if (back.hit < back.total) problems.push(`${rel} slide ${i + 1}: notes words not in the body placeholder`);
      });
      notesWords += deckTotal;
      hitWords += deckHit;
      if (deckTotal > 0 && deckHit / deckTotal < 0.99) problems.push(`${rel}: notes word recall ${(deckHit / deckTotal).toFixed(4)}`);
    }
    const seconds = (Date.now() - t0) / 1000;
    const cpu = process.cpuUsage(cpu0);
    const cpuSeconds = (cpu.user + cpu.system) / 1e6;
    const peakRss = process.resourceUsage().maxRSS / 1024; // KiB -> MiB
    console.log(
      `      corpus: ${files.length} files, ${decks} decks read, ${refusedCount} refused as expected, ${slides} slides (${hidden} hidden), ` +
        `${notesWords} notes words (recall ${notesWords ? (hitWords / notesWords).toFixed(4) : 'n/a'}), ${seconds.toFixed(1)} s wall / ${cpuSeconds.toFixed(1)} s CPU, peak RSS ${peakRss.toFixed(0)} MB`,
    );
    assert.deepEqual(problems, []);
    assert.equal(refusedCount, Object.keys(REFUSED).length);
    // CPU time, not wall time: the budget is about our cost, not about how busy the shared machine is.
    assert.ok(cpuSeconds < 60, `corpus took ${cpuSeconds} s of CPU`);
  });
});
