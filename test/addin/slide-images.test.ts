import { strict as assert } from 'node:assert';
import { base64ToBytes, readSlideImages, supportsSlideImages } from '../../addin/powerpoint/src/slide-images.js';
import { PaneError } from '../../addin/powerpoint/src/pane-error.js';
import { officeMock, powerPointMock } from './helpers/office-mocks.js';

const png = (n: number) => new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, n]);

describe('task pane: PowerPoint\'s own slide pictures (PowerPointApi 1.8, office-addin-mock)', () => {
  it('uses them only where PowerPointApi 1.8 is supported and PowerPoint.run exists', async () => {
    const with18 = await officeMock(new Uint8Array(1), { powerPointApi18: true });
    const without = await officeMock(new Uint8Array(1), { powerPointApi18: false });
    const { powerPoint } = powerPointMock([]);
    assert.equal(supportsSlideImages(with18.office, powerPoint), true);
    assert.deepEqual(with18.calls.setChecks, ['PowerPointApi 1.8']);
    assert.equal(supportsSlideImages(without.office, powerPoint), false);
    assert.equal(supportsSlideImages(with18.office, undefined), false);
  });

  it('returns every slide\'s picture by slide number, asking at the given width, in batches', async () => {
    const pngs = Array.from({ length: 10 }, (_, i) => png(i + 1));
    const { powerPoint, calls } = powerPointMock(pngs);
    const progress: string[] = [];
    const images = await readSlideImages(powerPoint, 1920, (n, total) => progress.push(`${n}/${total}`));
    assert.deepEqual([...images.keys()], [1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    assert.deepEqual([...(images.get(7) ?? [])], [...png(7)]);
    assert.deepEqual(calls.widths, Array(10).fill(1920));
    assert.equal(calls.syncs, 3, 'one sync to load the slides, one per batch of 8');
    assert.deepEqual(progress, ['8/10', '10/10']);
  });

  it('turns a PowerPoint.run failure into a readable message', async () => {
    const { powerPoint } = powerPointMock([png(1)], { fail: { code: 'GeneralException', message: 'There was an internal error while processing the request.' } });
    await assert.rejects(readSlideImages(powerPoint, 1920), new PaneError('PowerPoint could not make pictures of the slides (There was an internal error while processing the request.): save the presentation, close other add-ins that read it, and try again'));
  });

  it('decodes base64 with or without a data: prefix', () => {
    assert.deepEqual([...base64ToBytes('iVBORw==')], [0x89, 0x50, 0x4e, 0x47]);
    assert.deepEqual([...base64ToBytes('data:image/png;base64,iVBO\nRw==')], [0x89, 0x50, 0x4e, 0x47]);
  });
});
