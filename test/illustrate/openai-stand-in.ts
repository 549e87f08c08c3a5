/**
 * A local stand-in for the OpenAI API on 127.0.0.1 (images/generations and chat/completions), so
 * the real `openai` SDK is exercised over HTTP without the network. Tests script the answers.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface SeenRequest {
  path: string;
  headers: IncomingMessage['headers'];
  body: Record<string, unknown>;
}

export type Reply = { status: number; body: unknown; headers?: Record<string, string>; delayMs?: number };

export class OpenAiStandIn {
  readonly requests: SeenRequest[] = [];
  /** Scripted replies per path, used in order; when empty, `fallback` answers. */
  readonly queue = new Map<string, Reply[]>();
  inFlight = 0;
  maxInFlight = 0;
  private server!: Server;

  constructor(private readonly fallback: (req: SeenRequest) => Reply) {}

  get baseURL(): string {
    return `http://127.0.0.1:${(this.server.address() as AddressInfo).port}/v1`;
  }

  script(path: string, ...replies: Reply[]): void {
    this.queue.set(path, [...(this.queue.get(path) ?? []), ...replies]);
  }

  async start(): Promise<void> {
    this.server = createServer((req, res) => void this.handle(req, res));
    await new Promise<void>((resolve) => this.server.listen(0, '127.0.0.1', resolve));
  }

  async stop(): Promise<void> {
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    this.inFlight++;
    this.maxInFlight = Math.max(this.maxInFlight, this.inFlight);
    try {
      const chunks: Buffer[] = [];
      for await (const c of req) chunks.push(c as Buffer);
      const text = Buffer.concat(chunks).toString('utf8');
      const seen: SeenRequest = { path: (req.url ?? '').replace(/\?.*$/, ''), headers: req.headers, body: text ? (JSON.parse(text) as Record<string, unknown>) : {} };
      this.requests.push(seen);
      const reply = this.queue.get(seen.path)?.shift() ?? this.fallback(seen);
      if (reply.delayMs) await new Promise((r) => setTimeout(r, reply.delayMs));
      res.writeHead(reply.status, { 'content-type': 'application/json', ...(reply.headers ?? {}) });
      res.end(JSON.stringify(reply.body));
    } finally {
      this.inFlight--;
    }
  }
}

export function imageReply(b64: string, delayMs = 0): Reply {
  return { status: 200, body: { created: 1, data: [{ b64_json: b64 }] }, delayMs };
}

export function chatReply(content: string): Reply {
  return {
    status: 200,
    body: {
      id: 'chatcmpl-1',
      object: 'chat.completion',
      created: 1,
      model: 'stand-in',
      choices: [{ index: 0, finish_reason: 'stop', message: { role: 'assistant', content } }],
    },
  };
}
