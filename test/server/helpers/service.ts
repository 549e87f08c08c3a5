/** Starting the service for a test on 127.0.0.1 (any free port) with a fresh data dir, and talking to it. */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { request } from 'node:http';
import { join } from 'node:path';
import { startService, type Service } from '../../../src/server/create-service.js';
import type { ServiceOptions } from '../../../src/server/service-options.js';

export interface TestService extends Service {
  url: string;
  dataDir: string;
  close(): Promise<void>;
}

export async function startTestService(o: Partial<ServiceOptions> = {}): Promise<TestService> {
  const dataDir = o.dataDir ?? mkdtempSync(join(tmpdir(), 'd2v-svc-'));
  const service = await startService({ host: '127.0.0.1', port: 0, addinDir: null, logger: false, heartbeatMs: 200, stateWriteIntervalMs: 20, ...o, dataDir });
  return {
    ...service,
    dataDir,
    close: async () => {
      await service.app.close();
    },
  };
}

/** A GET sent exactly as written (fetch would normalise the path and refuses to set Host). */
export function rawGet(base: string, path: string, headers: Record<string, string>): Promise<{ status: number; body: string }> {
  const u = new URL(base);
  return new Promise((resolve, reject) => {
    const req = request({ host: u.hostname, port: u.port, path, headers }, (res) => {
      let body = '';
      res.on('data', (c: Buffer) => (body += c.toString()));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
    });
    req.on('error', reject);
    req.end();
  });
}

export function removeDir(dir: string): void {
  if (!process.env.KEEP) rmSync(dir, { recursive: true, force: true });
}

export interface UploadParts {
  deck?: Uint8Array;
  deckName?: string;
  fields?: Record<string, string>;
  images?: Map<number, Uint8Array>;
}

export function form(p: UploadParts): FormData {
  const f = new FormData();
  for (const [k, v] of Object.entries(p.fields ?? {})) f.append(k, v);
  for (const [n, bytes] of p.images ?? []) {
    const name = `slide-${String(n).padStart(3, '0')}.png`;
    f.append(name, new Blob([Buffer.from(bytes)], { type: 'image/png' }), name);
  }
  if (p.deck) f.append('deck', new Blob([Buffer.from(p.deck)]), p.deckName ?? 'lecture.pptx');
  return f;
}

export async function upload(url: string, p: UploadParts, headers: Record<string, string> = {}): Promise<Response> {
  return fetch(`${url}/v1/jobs`, { method: 'POST', body: form(p), headers });
}

export interface SseEvent {
  id: string;
  event: string;
  data: unknown;
}

/** Reads an SSE stream to its end (or until `stopAfter` says so); returns the events and the comment count. */
export async function readEvents(url: string, headers: Record<string, string> = {}, timeoutMs = 60_000): Promise<{ events: SseEvent[]; comments: number; status: number; contentType: string | null }> {
  const res = await fetch(url, { headers, signal: AbortSignal.timeout(timeoutMs) });
  const events: SseEvent[] = [];
  let comments = 0;
  if (!res.ok || !res.body) return { events, comments, status: res.status, contentType: res.headers.get('content-type') };
  const decoder = new TextDecoder();
  let buf = '';
  for await (const chunk of res.body as unknown as AsyncIterable<Uint8Array>) {
    buf += decoder.decode(chunk, { stream: true });
    let at: number;
    while ((at = buf.indexOf('\n\n')) >= 0) {
      const block = buf.slice(0, at);
      buf = buf.slice(at + 2);
      const e: Partial<SseEvent> = {};
      for (const line of block.split('\n')) {
        if (line.startsWith(':')) comments++;
        else if (line.startsWith('id: ')) e.id = line.slice(4);
        else if (line.startsWith('event: ')) e.event = line.slice(7);
        else if (line.startsWith('data: ')) e.data = JSON.parse(line.slice(6));
      }
      if (e.event) events.push(e as SseEvent);
    }
  }
  return { events, comments, status: res.status, contentType: res.headers.get('content-type') };
}

/** Polls GET /v1/jobs/:id until the job is done or failed. */
export async function waitForJob(url: string, id: string, headers: Record<string, string> = {}, timeoutMs = 60_000): Promise<Record<string, unknown>> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const v = (await (await fetch(`${url}/v1/jobs/${id}`, { headers })).json()) as Record<string, unknown>;
    if (v.state === 'done' || v.state === 'failed') return v;
    if (Date.now() > until) throw new Error(`job ${id} still ${String(v.state)} after ${timeoutMs} ms`);
    await new Promise((r) => setTimeout(r, 50));
  }
}
