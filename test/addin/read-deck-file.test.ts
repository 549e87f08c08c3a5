import { strict as assert } from 'node:assert';
import { randomBytes } from 'node:crypto';
import { deckFileName, readOpenDeck, SLICE_SIZE } from '../../addin/powerpoint/src/read-deck-file.js';
import { PaneError } from '../../addin/powerpoint/src/pane-error.js';
import { officeMock } from './helpers/office-mocks.js';

describe('task pane: reading the open deck with getFileAsync (office-addin-mock)', () => {
  const big = new Uint8Array(randomBytes(2 * SLICE_SIZE + 12345));

  it('asks for the compressed file in 4 MB slices, reads them in order, and closes the file', async () => {
    const { office, calls } = await officeMock(big);
    const progress: string[] = [];
    const bytes = await readOpenDeck(office, (n, total) => progress.push(`${n}/${total}`));
    assert.equal(calls.fileType, 'compressed');
    assert.equal(calls.sliceSize, 4194304);
    assert.deepEqual(calls.slices, [0, 1, 2]);
    assert.deepEqual(progress, ['1/3', '2/3', '3/3']);
    assert.equal(calls.closed, 1);
    assert.equal(bytes.length, big.length);
    assert.ok(Buffer.from(bytes).equals(Buffer.from(big)));
  });

  it('reads a small deck in one slice', async () => {
    const small = new Uint8Array([80, 75, 3, 4, 1, 2, 3]);
    const { office, calls } = await officeMock(small);
    assert.deepEqual([...(await readOpenDeck(office))], [...small]);
    assert.deepEqual(calls.slices, [0]);
    assert.equal(calls.closed, 1);
  });

  it('closes the file when a slice fails, and says what failed', async () => {
    const { office, calls } = await officeMock(big, { failSlice: 1 });
    await assert.rejects(readOpenDeck(office), (e: unknown) => {
      assert.ok(e instanceof PaneError);
      assert.equal(e.message, 'PowerPoint could not read part 2 of 3 of the presentation (An internal error has occurred.): save the presentation, close other add-ins that read it, and try again');
      return true;
    });
    assert.deepEqual(calls.slices, [0, 1], 'stops at the failing slice');
    assert.equal(calls.closed, 1);
  });

  it('reports a failed getFileAsync (no file to close)', async () => {
    const { office, calls } = await officeMock(big, { openFails: true });
    await assert.rejects(readOpenDeck(office), /^PaneError: PowerPoint could not read the presentation \(An internal error has occurred\.\): save the presentation/);
    assert.equal(calls.closed, 0);
  });

  it('refuses a short read and still closes the file', async () => {
    const { office, calls } = await officeMock(big, { claimSize: big.length + 10 });
    await assert.rejects(readOpenDeck(office), new PaneError(`PowerPoint gave ${big.length} of the presentation's ${big.length + 10} bytes: save it and try again`));
    assert.equal(calls.closed, 1);
  });

  it('names the deck after the document URL or path', () => {
    assert.equal(deckFileName('C:\\Users\\t\\Biology 101.pptx'), 'Biology 101.pptx');
    assert.equal(deckFileName('https://contoso.sharepoint.com/sites/x/Shared%20Documents/Cells.pptx?web=1'), 'Cells.pptx');
    assert.equal(deckFileName('/Users/t/Lecture'), 'Lecture.pptx');
    assert.equal(deckFileName(''), 'presentation.pptx');
    assert.equal(deckFileName(null), 'presentation.pptx');
  });
});
