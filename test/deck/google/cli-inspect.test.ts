/** `deck2video inspect --google-slides ID` in-process, against the stand-in, credentials from the environment. */
import assert from 'node:assert/strict';
import { runCli } from '../../../src/cli/program.js';
import type { CliIO } from '../../../src/cli/io.js';
import { deckSourceOf, defaultOutput, loadDeck, rendererOf, safeFileName } from '../../../src/cli/deck-source.js';
import type { Deck } from '../../../converter/deck/model.js';
import { DECK_ID, TOKEN, riversDeck } from './fixture.js';
import { startGoogleStandIn, type GoogleStandIn } from './google-stand-in.js';

async function cli(...argv: string[]): Promise<{ code: number; out: string; err: string }> {
  const io = { out: '', err: '', isTTY: false } as CliIO & { out: string; err: string };
  io.stdout = (t) => void (io.out += t);
  io.stderr = (t) => void (io.err += t);
  const code = await runCli(argv, io);
  return { code, out: io.out, err: io.err };
}

describe('cli: inspect --google-slides', function () {
  this.timeout(30000);
  let server: GoogleStandIn;
  const saved: Record<string, string | undefined> = {};
  const KEYS = ['GOOGLE_OAUTH_ACCESS_TOKEN', 'DECK2VIDEO_GOOGLE_ROOT_URL'];

  before(async () => {
    server = await startGoogleStandIn({ token: TOKEN, decks: [await riversDeck()] });
  });
  after(() => server.close());
  beforeEach(() => {
    for (const k of KEYS) saved[k] = process.env[k];
    process.env.GOOGLE_OAUTH_ACCESS_TOKEN = TOKEN;
    process.env.DECK2VIDEO_GOOGLE_ROOT_URL = server.root;
    server.requests.length = 0;
  });
  afterEach(() => {
    for (const k of KEYS) {
      if (saved[k] === undefined) delete process.env[k];
      else process.env[k] = saved[k];
    }
  });

  it('--json lists the Google deck: titles and notes from the Slides API, skipped slides hidden', async () => {
    const r = await cli('inspect', '--google-slides', `https://docs.google.com/presentation/d/${DECK_ID}/edit`, '--json');
    assert.equal(r.err, '');
    assert.equal(r.code, 0);
    const j = JSON.parse(r.out);
    assert.equal(j.format, 'google-slides');
    assert.equal(j.title, 'Intro to Rivers');
    assert.deepEqual(
      j.slides.map((s: { index: number; hidden: boolean; title: string; notes: string }) => [s.index, s.hidden, s.title, s.notes]),
      [
        [1, false, 'Rivers', 'Welcome, everyone.\nToday: rivers.'],
        [2, true, 'Backup slide', 'Notes as the teacher typed them'],
        [3, false, '', 'Deltas.'],
      ],
    );
    assert.equal(server.requests.length, 2);
  });

  it('prints the outline', async () => {
    const r = await cli('inspect', '--google-slides', DECK_ID);
    assert.equal(r.code, 0);
    assert.equal(r.out.split('\n')[0], `Google Slides ${DECK_ID} — "Intro to Rivers"`);
    assert.match(r.out, /2 {2}\[hidden\] Backup slide\n {5}notes: Notes as the teacher typed them/);
  });

  it('exit 4 with one line when Google refuses the token, exit 3 for an unknown deck', async () => {
    process.env.GOOGLE_OAUTH_ACCESS_TOKEN = 'ya29.revoked';
    const refused = await cli('inspect', '--google-slides', DECK_ID);
    assert.equal(refused.code, 4);
    assert.equal(refused.out, '');
    assert.match(refused.err, /^deck2video: Google refused the credentials \(401: [^\n]*\n$/);
    process.env.GOOGLE_OAUTH_ACCESS_TOKEN = TOKEN;
    const missing = await cli('inspect', '--google-slides', '1ZzZzZzZzZzZzZzZzZzZzZzZzZz');
    assert.deepEqual(missing, { code: 3, out: '', err: 'deck2video: no Google Slides deck with id 1ZzZzZzZzZzZzZzZzZzZzZzZzZz; check the id and that the account can open it\n' });
  });

  it('exit 2 for a file and --google-slides together, for neither, and for a bad id', async () => {
    assert.deepEqual(await cli('inspect', 'x.pptx', '--google-slides', DECK_ID), { code: 2, out: '', err: 'deck2video: give either a deck file or --google-slides ID, not both\n' });
    assert.deepEqual(await cli('inspect'), { code: 2, out: '', err: 'deck2video: missing the deck: give a .pptx file, or --google-slides ID for a Google Slides deck (see deck2video --help)\n' });
    const bad = await cli('inspect', '--google-slides', 'lecture.pptx');
    assert.equal(bad.code, 2);
    assert.match(bad.err, /^deck2video: "lecture\.pptx" is not a Google Slides deck id or link/);
    assert.equal(server.requests.length, 0);
  });

  it('loadDeck: Google thumbnails for visible slides only unless includeHidden (render passes true)', async () => {
    const source = deckSourceOf(undefined, { googleSlides: DECK_ID });
    const convertLike = await loadDeck(source, { renderer: 'google' });
    assert.deepEqual([...convertLike.slideImages!.keys()], [1, 3]);
    const renderLike = await loadDeck(source, { renderer: 'google', includeHidden: true });
    assert.deepEqual([...renderLike.slideImages!.keys()], [1, 2, 3]);
    assert.equal((await loadDeck(source)).slideImages, undefined);
  });

  it('deck-source helpers: renderer rules and default output names', () => {
    const google = deckSourceOf(undefined, { googleSlides: DECK_ID });
    assert.deepEqual(google, { kind: 'google', id: DECK_ID });
    assert.equal(rendererOf(google, { renderer: 'google' }), 'google');
    assert.equal(rendererOf(google, {}), 'ours');
    assert.throws(() => rendererOf({ kind: 'file', path: 'a.pptx' }, { renderer: 'google' }), /--renderer google needs --google-slides ID/);
    const deck = { title: 'Rivers: a/b "intro"?' } as Deck;
    assert.equal(defaultOutput(google, deck.title), 'Rivers a b intro.mp4');
    assert.equal(defaultOutput(google, ''), `${DECK_ID}.mp4`);
    assert.equal(defaultOutput({ kind: 'file', path: 'talks/Week 1.PPTX' }), 'talks/Week 1.mp4');
    assert.equal(safeFileName('..hidden\u0000name'), 'hidden name');
  });
});
