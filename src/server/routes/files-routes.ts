/**
 * GET /v1/jobs/:id/video, /captions.vtt, /captions.srt — the results of a finished job. Served with
 * range support (players seek by range requests); `?download=1` asks the browser to save the file
 * under the deck's name instead of playing it; `?lang=es` gives the video (or captions) in that
 * language when the job was asked to translate.
 */
import { basename, extname } from 'node:path';
import type { FastifyInstance, FastifyReply } from 'fastify';
import { HttpError } from '../http-error.js';
import type { JobRecord } from '../job-types.js';
import { authorizedJob, type ServiceContext } from '../service-context.js';

const FILES = {
  video: { ext: '.mp4', type: 'video/mp4' },
  'captions.vtt': { ext: '.vtt', type: 'text/vtt; charset=utf-8' },
  'captions.srt': { ext: '.srt', type: 'application/x-subrip; charset=utf-8' },
} as const;

/** The file stem of the job's video in `lang` (absent: the main one). Jobs from before translation only have 'video'. */
function stemFor(record: JobRecord, lang: string | undefined): string {
  const files = record.result?.files ?? {};
  if (lang === undefined || lang === '') return (record.result?.lang && files[record.result.lang]) || 'video';
  const found = Object.entries(files).find(([l]) => l.toLowerCase() === lang.toLowerCase());
  if (!found) {
    const have = Object.keys(files);
    throw new HttpError(404, `This job has no video in "${lang.slice(0, 20)}"${have.length ? `: its languages are ${have.join(', ')}` : ''}`);
  }
  return found[1];
}

/** Content-Disposition with the deck's name, ASCII fallback plus RFC 5987 UTF-8 form. */
export function disposition(kind: 'inline' | 'attachment', deckName: string, ext: string): string {
  const stem = basename(deckName, extname(deckName)) || 'video';
  const name = `${stem}${ext}`;
  const ascii = name.replace(/[^\x20-\x7e]/g, '_').replace(/["\\]/g, '_');
  return `${kind}; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(name)}`;
}

export function registerFileRoutes(app: FastifyInstance, ctx: ServiceContext): void {
  for (const [route, f] of Object.entries(FILES)) {
    app.get(`/v1/jobs/:id/${route}`, async (request, reply) => {
      const record = await authorizedJob(ctx, request);
      requireDone(record);
      const { download, lang } = (request.query ?? {}) as { download?: string; lang?: string };
      const kind = download === '1' || download === 'true' ? 'attachment' : 'inline';
      const stem = stemFor(record, typeof lang === 'string' ? lang : undefined);
      const suffix = stem.startsWith('video.') ? stem.slice('video'.length) : '';
      return send(reply, ctx.store.paths(record.id).out, `${stem}${f.ext}`, f.type, disposition(kind, record.deckName, `${suffix}${f.ext}`));
    });
  }
}

function requireDone(record: JobRecord): void {
  if (record.state === 'done') return;
  if (record.state === 'failed') throw new HttpError(409, `The job failed, so there is no video: ${record.error ?? 'see the job state'}`);
  throw new HttpError(409, `The job is ${record.state}: wait for it to finish (GET /v1/jobs/${record.id}/events)`);
}

function send(reply: FastifyReply, dir: string, file: string, type: string, contentDisposition: string): FastifyReply {
  void reply.header('content-disposition', contentDisposition).header('cache-control', 'private, max-age=3600');
  // Our type, not one guessed from the extension (.srt has no standard one; captions need a charset).
  void reply.type(type);
  return reply.sendFile(file, dir, { contentType: false, cacheControl: false });
}
