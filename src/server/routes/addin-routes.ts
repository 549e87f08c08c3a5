/**
 * The add-in's static files under /addin/ (task pane, function file, icons), a manifest written for
 * this very service (/addin/manifest.xml), and /healthz. None of these need the token: Office loads
 * them before the user could have entered one, and they hold nothing secret.
 */
import { existsSync } from 'node:fs';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { manifestXml } from '../manifest-xml.js';
import type { ServiceContext } from '../service-context.js';

export interface AddinRouteOptions {
  addinDir: string | undefined;
  /**
   * The https:// URL Office reaches this service at. Never taken from the request's Host header, which
   * the client chooses: a forged one would have pointed the manifest (and Office) at another server.
   */
  publicUrl: () => string;
  version: string;
}

export async function registerAddinRoutes(app: FastifyInstance, ctx: ServiceContext, o: AddinRouteOptions): Promise<void> {
  const built = o.addinDir !== undefined && existsSync(o.addinDir);
  if (built) {
    await app.register(fastifyStatic, {
      root: o.addinDir as string,
      prefix: '/addin/',
      decorateReply: true,
      // The pane must pick up a new build at once; files are small.
      cacheControl: false,
      setHeaders: (reply) => void reply.header('cache-control', 'no-cache'),
    });
  } else {
    // Still decorate reply.sendFile (used for videos); say how to build the pane when it is asked for.
    await app.register(fastifyStatic, { root: ctx.store.dataDir, serve: false, decorateReply: true });
    app.get('/addin/*', async (_req, reply) =>
      reply.code(503).send({ error: 'The add-in is not built: run "npm run addin:build" in the deck2video folder and restart the service' }),
    );
  }

  app.get('/addin/manifest.xml', async (_request, reply) => {
    void reply.type('application/xml; charset=utf-8').header('content-disposition', 'attachment; filename="manifest.xml"');
    return manifestXml({ baseUrl: o.publicUrl() });
  });

  app.get('/healthz', async () => ({ ok: true, version: o.version, jobs: ctx.queue.counts }));
  app.get('/', async (_req: FastifyRequest, reply) => reply.redirect('/addin/taskpane.html'));
}
