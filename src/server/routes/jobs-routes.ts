/**
 * POST /v1/jobs (an upload as multipart/form-data, or a Google Slides deck as JSON), GET /v1/jobs/:id
 * (state), DELETE /v1/jobs/:id (cancel).
 */
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { isConvertError } from '../../../converter/index.js';
import { isJsonRequest, readGoogleJobRequest } from '../google-job-request.js';
import { HttpError } from '../http-error.js';
import { parseJobOptions } from '../job-options.js';
import type { JobRecord } from '../job-types.js';
import { jobView } from '../job-view.js';
import { authorizedJob, type ServiceContext } from '../service-context.js';
import { readUpload } from '../upload.js';

/** A Google Slides job: its deck is read when it runs; its token stays in memory until then. */
async function createGoogleJob(ctx: ServiceContext, request: FastifyRequest): Promise<JobRecord> {
  const job = readGoogleJobRequest(request.body);
  const record = await ctx.store.create({
    deckName: `Google Slides ${job.deckId}`,
    // Known once the deck is read (then also the deck's title as its name).
    slideCount: 0,
    options: job.options,
    slideImages: new Map(),
    google: { deckId: job.deckId },
  });
  ctx.googleTokens.set(record.id, job.token);
  request.log.info({ job: record.id, googleSlidesId: job.deckId, options: job.options }, 'job created');
  return record;
}

function accepted(ctx: ServiceContext, record: JobRecord, reply: FastifyReply) {
  ctx.queue.enqueue(record.id);
  void reply.code(202).header('location', `/v1/jobs/${record.id}`);
  return { ...jobView(record), key: record.key };
}

export function registerJobRoutes(app: FastifyInstance, ctx: ServiceContext): void {
  app.post('/v1/jobs', async (request, reply) => {
    if (isJsonRequest(request)) return accepted(ctx, await createGoogleJob(ctx, request), reply);
    const upload = await readUpload(request, ctx.limits);
    const options = parseJobOptions(upload.fields);
    let slides: number;
    try {
      ({ slides } = await ctx.inspect({ bytes: upload.deck, name: upload.deckName }));
    } catch (e) {
      // A deck we cannot read is the client's to fix: 422 with the converter's one-line reason.
      if (isConvertError(e) && e.code !== 'INTERNAL') throw new HttpError(422, `${upload.deckName}: ${e.message}`);
      throw e;
    }
    if (slides > ctx.limits.maxSlides) {
      throw new HttpError(422, `${upload.deckName} has ${slides} slides; this service converts at most ${ctx.limits.maxSlides}: split the deck, or start the service with a larger --max-slides`);
    }
    for (const n of upload.slideImages.keys()) {
      if (n > slides) throw new HttpError(400, `Slide image slide-${String(n).padStart(3, '0')}.png does not match the deck, which has ${slides} slides`);
    }
    const record = await ctx.store.create({ deck: upload.deck, deckName: upload.deckName, slideCount: slides, options, slideImages: upload.slideImages });
    request.log.info({ job: record.id, deck: record.deckName, slides, slideImages: upload.slideImages.size, bytes: upload.deck.length, options }, 'job created');
    return accepted(ctx, record, reply);
  });

  app.get('/v1/jobs/:id', async (request) => {
    const record = await authorizedJob(ctx, request);
    // state.json is written at most every 250 ms while a job runs; the last event is never older.
    return ctx.events.last(record.id)?.data ?? jobView(record);
  });

  app.delete('/v1/jobs/:id', async (request, reply) => {
    // The job key is the creator's capability: it may cancel too (the task pane's Cancel button).
    const record = await authorizedJob(ctx, request);
    if (record.state === 'done' || record.state === 'failed') return jobView(record);
    await ctx.queue.cancel(record.id);
    void reply.code(202);
    return jobView((await ctx.store.read(record.id)) ?? record);
  });
}
