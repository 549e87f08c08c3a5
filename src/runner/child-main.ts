/**
 * The child process that runs one job (a conversion, or reading a deck to count its slides) and exits,
 * so the parent's event loop stays free (a hostile deck used to freeze the whole service, /healthz
 * included) and the memory a job took goes back to the system when it ends. It stops its job when the
 * parent asks (cancel), when it is sent SIGTERM, and when the parent goes away.
 */
import { convertDeck, ConvertError, inspectDeck, isConvertError } from '../../converter/index.js';
import type { ChildFailure, ChildReply, ChildRequest } from './protocol.js';

const controller = new AbortController();
let started = false;

function send(reply: ChildReply): Promise<void> {
  return new Promise((resolve) => {
    if (!process.send || !process.connected) return resolve();
    process.send(reply, undefined, {}, () => resolve());
  });
}

function failure(e: unknown): ChildFailure {
  if (isConvertError(e)) return { code: e.code, message: e.message, ...(e.detail ? { detail: e.detail } : {}) };
  const message = e instanceof Error ? e.message : String(e);
  return { code: 'INTERNAL', message: `internal error: ${message}`, detail: e instanceof Error ? e.stack : undefined };
}

async function run(request: ChildRequest): Promise<void> {
  try {
    if (request.type === 'convert') {
      const result = await convertDeck(request.input, {
        ...request.options,
        signal: controller.signal,
        onProgress: (event) => void send({ type: 'progress', event }),
      });
      await send({ type: 'converted', result });
    } else if (request.type === 'inspect') {
      const summary = await inspectDeck(request.input);
      await send({ type: 'inspected', slides: summary.slides.length });
    }
  } catch (e) {
    const err = controller.signal.aborted && !isConvertError(e) ? new ConvertError('CANCELLED', 'The conversion was cancelled') : e;
    await send({ type: 'failed', error: failure(err) });
  }
  process.disconnect?.();
  process.exit(0);
}

process.on('message', (request: ChildRequest) => {
  if (request.type === 'cancel') return controller.abort();
  if (started) return;
  started = true;
  void run(request);
});
// The parent went away (crashed, killed): nobody wants the result any more.
process.on('disconnect', () => {
  controller.abort();
  setTimeout(() => process.exit(1), 10_000).unref();
});
process.on('SIGTERM', () => controller.abort());
process.on('SIGINT', () => controller.abort());
