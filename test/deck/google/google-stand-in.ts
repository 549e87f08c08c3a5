/**
 * A local stand-in for the few Google endpoints the Slides reader uses (127.0.0.1, random port):
 * Slides v1 presentations.get and pages.getThumbnail, Drive v3 files.export, and the thumbnail content
 * host. Answers in Google's JSON shapes, checks the bearer token on every API request, records them all.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';

export interface FakeSlide {
  objectId: string;
  title?: string;
  /** Speaker notes as the API returns them (\u000b = line break inside a paragraph). */
  notes?: string;
  skipped?: boolean;
  png?: Uint8Array;
}

export interface FakeDeck {
  id: string;
  title: string;
  pptx: Uint8Array;
  slides: FakeSlide[];
  /** files.export answers 403 exportSizeLimitExceeded. */
  tooLarge?: boolean;
  /** The first n getThumbnail calls answer 429. */
  thumbnail429?: number;
  /** A Drive file that is not a Slides deck (an uploaded .pptx): presentations.get answers 400. */
  notSlides?: boolean;
}

export interface Recorded {
  method: string;
  url: string;
  authorization: string | undefined;
  /** Date.now() on arrival. */
  at: number;
}

export interface GoogleStandIn {
  /** http://127.0.0.1:PORT */
  origin: string;
  /** origin + prefix: what DECK2VIDEO_GOOGLE_ROOT_URL is set to. */
  root: string;
  requests: Recorded[];
  close(): Promise<void>;
}

export interface StandInOptions {
  token: string;
  decks: FakeDeck[];
  /** Path prefix of the root, e.g. 'google/' (default ''). */
  prefix?: string;
  /** contentUrl on Google's content host (the reader must rewrite it) or on the stand-in itself. */
  contentUrls?: 'google-host' | 'self';
}

const json = (res: http.ServerResponse, status: number, body: unknown) => {
  res.writeHead(status, { 'content-type': 'application/json; charset=UTF-8' });
  res.end(JSON.stringify(body));
};

const textShape = (objectId: string, type: string, text: string) => ({
  objectId,
  shape: {
    shapeType: 'TEXT_BOX',
    placeholder: { type, parentObjectId: `${objectId}-parent` },
    text: {
      textElements: text.split('\n').flatMap((p, i, all) => [
        { endIndex: 1, paragraphMarker: { style: {} } },
        { textRun: { content: `${p}${i < all.length - 1 || p !== '' ? '\n' : ''}`, style: {} } },
      ]),
    },
  },
});

function presentationJson(d: FakeDeck) {
  return {
    presentationId: d.id,
    title: d.title,
    locale: 'en',
    slides: d.slides.map((s) => ({
      objectId: s.objectId,
      pageElements: [
        ...(s.title ? [textShape(`${s.objectId}-title`, 'TITLE', s.title)] : []),
        textShape(`${s.objectId}-body`, 'BODY', 'Body text that is not the title'),
      ],
      slideProperties: {
        ...(s.skipped ? { isSkipped: true } : {}),
        notesPage: {
          objectId: `${s.objectId}-notes`,
          notesProperties: { speakerNotesObjectId: `${s.objectId}-speaker` },
          pageElements: [
            // The slide image and a slide-number placeholder come first on a notes page, as in Slides.
            { objectId: `${s.objectId}-img`, shape: { placeholder: { type: 'SLIDE_IMAGE' } } },
            textShape(`${s.objectId}-num`, 'SLIDE_NUMBER', '7'),
            ...(s.notes !== undefined ? [textShape(`${s.objectId}-speaker`, 'BODY', s.notes)] : []),
          ],
        },
      },
    })),
  };
}

export async function startGoogleStandIn(o: StandInOptions): Promise<GoogleStandIn> {
  const prefix = `/${o.prefix ?? ''}`;
  const requests: Recorded[] = [];
  const counts = new Map<string, number>();
  let origin = '';
  const server = http.createServer((req, res) => {
    req.resume();
    const url = new URL(req.url ?? '/', 'http://x');
    requests.push({ method: req.method ?? '', url: req.url ?? '', authorization: req.headers.authorization, at: Date.now() });
    // Like Google's content host, thumbnail downloads need no token: the URL itself grants access.
    const isContent = /\/content\/[^/]+\/[^/]+\.png$/.test(url.pathname);
    if (!isContent && req.headers.authorization !== `Bearer ${o.token}`) {
      return json(res, 401, {
        error: { code: 401, message: 'Request had invalid authentication credentials. Expected OAuth 2 access token.', status: 'UNAUTHENTICATED' },
      });
    }
    if (!url.pathname.startsWith(prefix)) return json(res, 404, { error: { code: 404, message: `outside ${prefix}` } });
    const path = url.pathname.slice(prefix.length);
    let m: RegExpMatchArray | null;
    const deck = (id: string) => o.decks.find((d) => d.id === id);
    const notFound = () => json(res, 404, { error: { code: 404, message: 'Requested entity was not found.', status: 'NOT_FOUND' } });

    if ((m = path.match(/^v1\/presentations\/([^/]+)$/)) && req.method === 'GET') {
      const d = deck(decodeURIComponent(m[1]!));
      if (d?.notSlides) {
        return json(res, 400, { error: { code: 400, message: 'This operation is not supported for this document', status: 'FAILED_PRECONDITION' } });
      }
      return d ? json(res, 200, presentationJson(d)) : notFound();
    }
    if ((m = path.match(/^v1\/presentations\/([^/]+)\/pages\/([^/]+)\/thumbnail$/)) && req.method === 'GET') {
      const d = deck(decodeURIComponent(m[1]!));
      const slide = d?.slides.find((s) => s.objectId === decodeURIComponent(m![2]!));
      if (!d || !slide) return notFound();
      const n = (counts.get(d.id) ?? 0) + 1;
      counts.set(d.id, n);
      if (n <= (d.thumbnail429 ?? 0)) {
        return json(res, 429, { error: { code: 429, message: "Quota exceeded for quota metric 'Expensive Read requests'", status: 'RESOURCE_EXHAUSTED' } });
      }
      const contentPath = `content/${d.id}/${slide.objectId}.png?sz=large`;
      const contentUrl = o.contentUrls === 'self' ? `${origin}${prefix}${contentPath}` : `https://lh7-rt.googleusercontent.com/${contentPath}`;
      return json(res, 200, { width: 1600, height: 900, contentUrl });
    }
    if ((m = path.match(/^content\/([^/]+)\/([^/]+)\.png$/)) && req.method === 'GET') {
      const png = deck(m[1]!)?.slides.find((s) => s.objectId === m![2])?.png;
      if (!png) return notFound();
      res.writeHead(200, { 'content-type': 'image/png' });
      return res.end(png);
    }
    if ((m = path.match(/^drive\/v3\/files\/([^/]+)\/export$/)) && req.method === 'GET') {
      const d = deck(decodeURIComponent(m[1]!));
      if (!d) {
        return json(res, 404, {
          error: { code: 404, message: `File not found: ${m[1]}.`, errors: [{ domain: 'global', reason: 'notFound', message: `File not found: ${m[1]}.` }] },
        });
      }
      if (d.tooLarge) {
        return json(res, 403, {
          error: {
            code: 403,
            message: 'This file is too large to be exported.',
            errors: [{ domain: 'global', reason: 'exportSizeLimitExceeded', message: 'This file is too large to be exported.' }],
          },
        });
      }
      res.writeHead(200, { 'content-type': url.searchParams.get('mimeType') ?? 'application/octet-stream' });
      return res.end(d.pptx);
    }
    return json(res, 404, { error: { code: 404, message: `no route ${req.method} ${path}` } });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    origin,
    root: `${origin}${prefix}`,
    requests,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
