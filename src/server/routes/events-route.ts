/**
 * GET /v1/jobs/:id/events — server-sent events. The job's current state comes first (so a late or
 * reconnecting client catches up at once), then every change in order: `event: progress` with the
 * job view as JSON, and finally `event: done` or `event: failed`, after which the stream ends.
 * Each event's `id:` is the job's event sequence number; comment lines keep proxies from timing out.
 */
import type { FastifyInstance } from 'fastify';
import type { ServerResponse } from 'node:http';
import type { JobEvent } from '../job-events.js';
import { jobView } from '../job-view.js';
import { authorizedJob, type ServiceContext } from '../service-context.js';

export function sseFrame(e: JobEvent): string {
  return `id: ${e.seq}\nevent: ${e.type}\ndata: ${JSON.stringify(e.data)}\n\n`;
}

export function registerEventsRoute(app: FastifyInstance, ctx: ServiceContext, open: Set<ServerResponse>): void {
  app.get('/v1/jobs/:id/events', async (request, reply) => {
    const record = await authorizedJob(ctx, request);
    // Synchronously from here on: the snapshot and the subscription see the same event sequence.
    const snapshot: JobEvent = ctx.events.last(record.id) ?? {
      seq: 0,
      type: record.state === 'done' ? 'done' : record.state === 'failed' ? 'failed' : 'progress',
      data: jobView(record),
    };
    reply.hijack();
    const raw = reply.raw;
    raw.writeHead(200, {
      ...(reply.getHeaders() as Record<string, string>),
      'content-type': 'text/event-stream; charset=utf-8',
      'cache-control': 'no-cache, no-transform',
      connection: 'keep-alive',
      'x-accel-buffering': 'no',
    });
    open.add(raw);
    let ended = false;
    const end = () => {
      if (ended) return;
      ended = true;
      clearInterval(heartbeat);
      unsubscribe();
      open.delete(raw);
      raw.end();
    };
    const send = (e: JobEvent) => {
      if (ended) return;
      raw.write(sseFrame(e));
      if (e.type !== 'progress') end();
    };
    const unsubscribe = ctx.events.subscribe(record.id, (e) => {
      if (e.seq > snapshot.seq) send(e);
    });
    const heartbeat = setInterval(() => raw.write(': keep-alive\n\n'), ctx.heartbeatMs);
    raw.on('close', end);
    raw.write('retry: 2000\n\n');
    send(snapshot);
  });
}
