/**
 * Talking to the deck2video service: upload (multipart), follow the job (server-sent events, or
 * polling where the web view has no EventSource, e.g. EdgeHTML in Office 2019), cancel. Every
 * failure becomes a PaneError whose message can be shown as is.
 */
import { PaneError } from './pane-error.js';

export interface PaneOptions {
  tts?: string;
  voice?: string;
  lang?: string;
  images?: string;
  resolution?: string;
  burnCaptions?: boolean;
  /** Other languages, comma-separated ('es,fr'): a video per language, translated by the service's translator. */
  translate?: string;
  /** Translate the slides' own text too. */
  translateSlides?: boolean;
}

export interface JobLinks {
  self: string;
  events: string;
  video?: string;
  vtt?: string;
  srt?: string;
  /** The videos in other languages: language -> its video and captions. */
  translations?: Record<string, { video: string; vtt: string; srt: string }>;
}

export interface JobView {
  id: string;
  state: 'queued' | 'running' | 'done' | 'failed';
  stage: string;
  progress: number;
  detail: string;
  error?: string;
  durationMs?: number;
  /** Language of links.video, once done. */
  lang?: string;
  links: JobLinks;
}

export interface Upload {
  deck: Uint8Array;
  deckName: string;
  options: PaneOptions;
  slideImages?: Map<number, Uint8Array>;
}

export interface ClientEnv {
  fetch: typeof fetch;
  EventSource?: typeof EventSource;
  pollMs: number;
}

const PPTX = 'application/vnd.openxmlformats-officedocument.presentationml.presentation';

export function defaultEnv(): ClientEnv {
  const g = globalThis as { EventSource?: typeof EventSource };
  return { fetch: (input, init) => fetch(input, init), EventSource: g.EventSource, pollMs: 1500 };
}

export function uploadForm(u: Upload): FormData {
  const form = new FormData();
  for (const [name, value] of Object.entries(u.options)) {
    if (value === undefined || value === '') continue;
    form.append(name, String(value));
  }
  for (const [n, bytes] of u.slideImages ?? []) {
    const name = `slide-${String(n).padStart(3, '0')}.png`;
    form.append(name, new Blob([bytes as BlobPart], { type: 'image/png' }), name);
  }
  // The deck last: the service reads the small fields first.
  form.append('deck', new Blob([u.deck as BlobPart], { type: PPTX }), u.deckName);
  return form;
}

/** The service's `{"error": …}` as a sentence for the pane; some statuses get a friendlier one. */
export async function errorFromResponse(res: Response): Promise<PaneError> {
  let message = '';
  try {
    message = ((await res.json()) as { error?: string }).error ?? '';
  } catch {
    // not JSON (a proxy's error page): the status says enough
  }
  if (res.status === 401) return new PaneError('The service needs an access token: enter the token under Service settings (ask whoever runs the service for it)', 401);
  if (res.status >= 500) return new PaneError(`The deck2video service failed (${res.status})${message ? `: ${message}` : ''}. Try again later`, res.status);
  return new PaneError(message || `The service refused the request (HTTP ${res.status})`, res.status);
}

export class ServiceClient {
  constructor(
    readonly baseUrl: string,
    private readonly token: string,
    private readonly env: ClientEnv = defaultEnv(),
  ) {}

  /** Absolute URL of a service path (job links are relative). */
  url(path: string): string {
    return new URL(path, this.baseUrl.endsWith('/') ? this.baseUrl : `${this.baseUrl}/`).toString();
  }

  private async request(path: string, init: RequestInit = {}): Promise<Response> {
    const headers: Record<string, string> = { accept: 'application/json' };
    if (this.token) headers.authorization = `Bearer ${this.token}`;
    const res = await this.env.fetch(this.url(path), { ...init, headers });
    if (!res.ok) throw await errorFromResponse(res);
    return res;
  }

  async createJob(upload: Upload): Promise<JobView> {
    const res = await this.request('v1/jobs', { method: 'POST', body: uploadForm(upload) });
    return (await res.json()) as JobView;
  }

  async getJob(job: Pick<JobView, 'links'>): Promise<JobView> {
    return (await (await this.request(job.links.self)).json()) as JobView;
  }

  async cancel(job: Pick<JobView, 'links'>): Promise<void> {
    await this.request(job.links.self, { method: 'DELETE' });
  }

  /** Resolves with the finished job (links to video and captions); rejects with the failure's message. */
  follow(job: JobView, onUpdate: (v: JobView) => void, signal?: AbortSignal): Promise<JobView> {
    if (this.env.EventSource) return this.followEvents(job, onUpdate, signal);
    return this.poll(job, onUpdate, signal);
  }

  private followEvents(job: JobView, onUpdate: (v: JobView) => void, signal?: AbortSignal): Promise<JobView> {
    const ES = this.env.EventSource as typeof EventSource;
    return new Promise<JobView>((resolve, reject) => {
      const source = new ES(this.url(job.links.events));
      let settled = false;
      const settle = (fn: () => void) => {
        if (settled) return;
        settled = true;
        source.close();
        signal?.removeEventListener('abort', onAbort);
        fn();
      };
      const onAbort = () => settle(() => reject(new PaneError('Export cancelled')));
      signal?.addEventListener('abort', onAbort);
      const parse = (e: Event) => JSON.parse((e as MessageEvent<string>).data) as JobView;
      source.addEventListener('progress', (e) => onUpdate(parse(e)));
      source.addEventListener('done', (e) => {
        const v = parse(e);
        onUpdate(v);
        settle(() => resolve(v));
      });
      source.addEventListener('failed', (e) => {
        const v = parse(e);
        onUpdate(v);
        settle(() => reject(failedError(v)));
      });
      // EventSource reconnects by itself after network blips; it gives up (CLOSED) only when the
      // service answers with an error status. Then polling reports that error properly.
      source.onerror = () => {
        if (source.readyState === 2) settle(() => this.poll(job, onUpdate, signal).then(resolve, reject));
      };
    });
  }

  private async poll(job: JobView, onUpdate: (v: JobView) => void, signal?: AbortSignal): Promise<JobView> {
    for (;;) {
      if (signal?.aborted) throw new PaneError('Export cancelled');
      const v = await this.getJob(job);
      onUpdate(v);
      if (v.state === 'done') return v;
      if (v.state === 'failed') throw failedError(v);
      await new Promise((r) => setTimeout(r, this.env.pollMs));
    }
  }
}

function failedError(v: JobView): PaneError {
  return new PaneError(v.error ? `The conversion failed: ${v.error}` : 'The conversion failed');
}
