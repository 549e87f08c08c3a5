/**
 * A local stand-in for a TTS HTTP API (127.0.0.1, random port). Each request is recorded and answered
 * by the test's handler; tracks the most requests in flight at once.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { encodeWav } from '../../converter/narrate/wav.js';

export interface Recorded {
  method: string;
  url: string;
  headers: http.IncomingHttpHeaders;
  body: string;
}

export interface Reply {
  status: number;
  headers?: Record<string, string>;
  body: string | Uint8Array;
  delayMs?: number;
}

export interface StandIn {
  url: string;
  requests: Recorded[];
  maxInFlight: number;
  close(): Promise<void>;
}

export async function startStandIn(handler: (req: Recorded, n: number) => Reply): Promise<StandIn> {
  const requests: Recorded[] = [];
  let inFlight = 0;
  const state = { maxInFlight: 0 };
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      inFlight++;
      state.maxInFlight = Math.max(state.maxInFlight, inFlight);
      const rec = { method: req.method ?? '', url: req.url ?? '', headers: req.headers, body: Buffer.concat(chunks).toString('utf8') };
      requests.push(rec);
      const reply = handler(rec, requests.length);
      setTimeout(() => {
        inFlight--;
        res.writeHead(reply.status, reply.headers ?? {});
        res.end(reply.body);
      }, reply.delayMs ?? 0);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    get maxInFlight() {
      return state.maxInFlight;
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/** A WAV of `ms` of a 300 Hz tone at `rate`, as a TTS server would send. */
export function toneWav(ms: number, rate = 24000): Uint8Array {
  const samples = new Int16Array(Math.round((rate * ms) / 1000));
  for (let i = 0; i < samples.length; i++) samples[i] = Math.round(9000 * Math.sin((2 * Math.PI * 300 * i) / rate));
  return encodeWav({ sampleRate: rate, samples });
}
