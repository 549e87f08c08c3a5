/**
 * Office.js mocks for task-pane unit tests, built with office-addin-mock: the Common API document
 * (getFileAsync in slices, closeAsync), requirement sets, and PowerPoint.run with slides that
 * answer getImageAsBase64. They record what the pane asked for, so tests can check it.
 */
import { OfficeMockObject } from 'office-addin-mock';
import type { OfficeLike, PowerPointLike } from '../../../addin/powerpoint/src/office-api.js';

export interface OfficeCalls {
  fileType?: string;
  sliceSize?: number;
  slices: number[];
  closed: number;
  setChecks: string[];
}

export interface OfficeMockOptions {
  /** getFileAsync itself fails. */
  openFails?: boolean;
  /** This slice index fails. */
  failSlice?: number;
  /** Office claims more bytes than the slices hold. */
  claimSize?: number;
  powerPointApi18?: boolean;
  url?: string;
}

export async function officeMock(deck: Uint8Array, o: OfficeMockOptions = {}): Promise<{ office: OfficeLike; calls: OfficeCalls }> {
  const calls: OfficeCalls = { slices: [], closed: 0, setChecks: [] };
  const data = {
    context: {
      document: {
        url: o.url ?? 'C:\\Users\\teacher\\Biology 101.pptx',
        getFileAsync(fileType: string, options: { sliceSize: number }, cb: (r: unknown) => void) {
          calls.fileType = fileType;
          calls.sliceSize = options.sliceSize;
          if (o.openFails) return cb({ status: 'failed', value: undefined, error: { code: 5001, name: 'Internal Error', message: 'An internal error has occurred.' } });
          const size = options.sliceSize;
          const sliceCount = Math.max(1, Math.ceil(deck.length / size));
          const file = {
            size: o.claimSize ?? deck.length,
            sliceCount,
            getSliceAsync(index: number, done: (r: unknown) => void) {
              calls.slices.push(index);
              // Like Office, asynchronously, with the bytes as a plain array of numbers.
              setTimeout(() => {
                if (index === o.failSlice) return done({ status: 'failed', value: undefined, error: { code: 5001, name: 'Internal Error', message: 'An internal error has occurred.' } });
                const bytes = deck.subarray(index * size, (index + 1) * size);
                done({ status: 'succeeded', value: { data: Array.from(bytes), index, size: bytes.length } });
              }, 1);
            },
            closeAsync(done?: (r: unknown) => void) {
              calls.closed++;
              setTimeout(() => done?.({ status: 'succeeded', value: undefined }), 1);
            },
          };
          setTimeout(() => cb({ status: 'succeeded', value: file }), 1);
        },
      },
      requirements: {
        isSetSupported(name: string, version?: string) {
          calls.setChecks.push(`${name} ${version ?? ''}`.trim());
          return o.powerPointApi18 === true && name === 'PowerPointApi' && Number(version) <= 1.8;
        },
      },
    },
    FileType: { Compressed: 'compressed' },
    AsyncResultStatus: { Succeeded: 'succeeded', Failed: 'failed' },
  };
  const mock = new OfficeMockObject(data);
  // office-addin-mock treats scalars as not loaded until load + sync, like the host-specific APIs.
  mock.load(['FileType/Compressed', 'AsyncResultStatus/Succeeded', 'AsyncResultStatus/Failed', 'context/document/url']);
  await mock.sync();
  return { office: mock as unknown as OfficeLike, calls };
}

export interface PowerPointCalls {
  widths: (number | undefined)[];
  syncs: number;
}

/** PowerPoint.run over slides whose pictures are the given PNGs (base64); `fail` makes run reject like Office does. */
export function powerPointMock(pngs: Uint8Array[], o: { fail?: { code: string; message: string } } = {}): { powerPoint: PowerPointLike; calls: PowerPointCalls } {
  const calls: PowerPointCalls = { widths: [], syncs: 0 };
  const items = pngs.map((png) => ({
    getImageAsBase64(options?: { width?: number }) {
      calls.widths.push(options?.width);
      return { value: Buffer.from(png).toString('base64') };
    },
  }));
  const mock = new OfficeMockObject({
    context: {
      presentation: { slides: { items } },
    },
    async run(this: { context: { sync(): Promise<void> } }, batch: (ctx: unknown) => Promise<unknown>) {
      if (o.fail) throw Object.assign(new Error(o.fail.message), o.fail);
      const ctx = this.context;
      const sync = ctx.sync.bind(ctx);
      // Count round trips, keep the mock's own load/sync semantics.
      (ctx as { sync: () => Promise<void> }).sync = async () => {
        calls.syncs++;
        await sync();
      };
      return batch(ctx);
    },
  });
  return { powerPoint: mock as unknown as PowerPointLike, calls };
}
