/**
 * The task pane's page: the options form, the Export button, live progress, the result links and
 * readable errors. All the work is in export-flow.ts; this file only connects it to the DOM.
 */
import { exportVideo, type Status } from './export-flow.js';
import { officeGlobals, type OfficeLike, type PowerPointLike } from './office-api.js';
import { describeError } from './pane-error.js';
import { ServiceClient, type JobView, type PaneOptions } from './service-client.js';
import { loadSettings, saveSettings, type PaneSettings } from './settings.js';

const el = <T extends HTMLElement = HTMLElement>(id: string): T => {
  const e = document.getElementById(id);
  if (!e) throw new Error(`task pane markup has no #${id}`);
  return e as T;
};
const input = (id: string) => el<HTMLInputElement>(id);
const select = (id: string) => el<HTMLSelectElement>(id);

function storage(): Storage | undefined {
  try {
    return window.localStorage;
  } catch {
    return undefined;
  }
}

/** The service this page came from: the pane is served at <service>/addin/taskpane.html. */
function ownService(): string {
  return new URL('..', window.location.href).toString();
}

function readForm(): PaneSettings {
  const options: PaneOptions = {
    tts: select('tts').value,
    voice: input('voice').value.trim(),
    lang: select('lang').value,
    images: select('images').value,
    resolution: select('resolution').value,
    burnCaptions: select('captions').value === 'burn',
  };
  const languages = [...select('translate').selectedOptions].map((o) => o.value);
  if (languages.length) {
    options.translate = languages.join(',');
    options.translateSlides = input('translate-slides').checked;
  }
  return { serviceUrl: input('service-url').value.trim(), token: input('token').value.trim(), options };
}

function fillForm(s: PaneSettings): void {
  select('tts').value = s.options.tts ?? 'espeak';
  input('voice').value = s.options.voice ?? '';
  select('lang').value = s.options.lang ?? '';
  select('images').value = s.options.images ?? 'offline';
  select('resolution').value = s.options.resolution ?? '1080p';
  select('captions').value = s.options.burnCaptions ? 'burn' : 'files';
  const wanted = new Set((s.options.translate ?? '').split(',').filter(Boolean));
  for (const o of select('translate').options) o.selected = wanted.has(o.value);
  input('translate-slides').checked = s.options.translateSlides ?? false;
  input('service-url').value = s.serviceUrl;
  input('token').value = s.token;
}

function showStatus(s: Status): void {
  el('status').hidden = false;
  el('bar-fill').style.width = `${Math.round(Math.max(0, Math.min(1, s.progress)) * 100)}%`;
  el('status-text').textContent = s.text;
}

function showError(message: string): void {
  const box = el('error');
  box.textContent = message;
  box.hidden = false;
}

function showResult(client: ServiceClient, job: JobView, note: string | undefined): void {
  const link = (id: string, href: string | undefined) => {
    const a = el<HTMLAnchorElement>(id);
    if (href) a.href = client.url(href);
    a.hidden = !href;
  };
  link('video-link', job.links.video);
  link('download-link', job.links.video ? `${job.links.video}&download=1` : undefined);
  link('vtt-link', job.links.vtt);
  link('srt-link', job.links.srt);
  showTranslations(client, job);
  const minutes = job.durationMs ? ` (${formatDuration(job.durationMs)})` : '';
  el('result-text').textContent = `Your video is ready${minutes}.`;
  el('result').hidden = false;
  if (note) {
    el('note').textContent = note;
    el('note').hidden = false;
  }
}

/** One line per other language: its name, the video, the download and the captions. */
function showTranslations(client: ServiceClient, job: JobView): void {
  const box = el('translation-links');
  box.replaceChildren();
  const names = new Map([...select('translate').options].map((o) => [o.value, o.textContent ?? o.value]));
  for (const [lang, links] of Object.entries(job.links.translations ?? {})) {
    const line = document.createElement('p');
    line.className = 'links small';
    line.append(`${names.get(lang) ?? lang}: `);
    for (const [text, href, download] of [['video', links.video, false], ['MP4', `${links.video}&download=1`, true], ['.vtt', links.vtt, true], ['.srt', links.srt, true]] as const) {
      const a = document.createElement('a');
      a.href = client.url(href);
      a.textContent = text;
      if (download) a.download = '';
      else a.target = '_blank';
      line.append(a, ' ');
    }
    box.append(line);
  }
  box.hidden = box.childElementCount === 0;
}

export function formatDuration(ms: number): string {
  const s = Math.round(ms / 1000);
  return `${Math.floor(s / 60)}:${String(s % 60).padStart(2, '0')}`;
}

/** The languages a video can also be made in: those of the notes' picker (one list to keep). */
function fillLanguagePicker(): void {
  for (const o of select('lang').options) if (o.value) select('translate').append(new Option(o.textContent ?? o.value, o.value));
}

function start(office: OfficeLike, powerPoint: PowerPointLike | undefined): void {
  fillLanguagePicker();
  fillForm(loadSettings(storage()));
  el('form').addEventListener('change', () => saveSettings(storage(), readForm()));
  let running: { controller: AbortController; cancel?: () => Promise<void> } | undefined;

  el('export').addEventListener('click', () => {
    if (running) return;
    const settings = readForm();
    saveSettings(storage(), settings);
    const serviceUrl = settings.serviceUrl || ownService();
    const client = new ServiceClient(serviceUrl, settings.token);
    const run: { controller: AbortController; cancel?: () => Promise<void> } = { controller: new AbortController() };
    running = run;
    el('error').hidden = true;
    el('result').hidden = true;
    el('note').hidden = true;
    el<HTMLButtonElement>('export').disabled = true;
    el('cancel').hidden = false;
    exportVideo(
      { office, powerPoint, client, onStatus: showStatus, signal: run.controller.signal, onJob: (job) => (run.cancel = () => client.cancel(job)) },
      settings.options,
    )
      .then((r) => showResult(client, r.job, r.note))
      .catch((e) => {
        el('status').hidden = true;
        showError(describeError(e, serviceUrl));
      })
      .finally(() => {
        running = undefined;
        el<HTMLButtonElement>('export').disabled = false;
        el('cancel').hidden = true;
      });
  });

  el('cancel').addEventListener('click', () => {
    if (!running) return;
    const r = running;
    r.controller.abort();
    void r.cancel?.().catch(() => undefined);
  });
  el<HTMLButtonElement>('export').disabled = false;
}

function boot(): void {
  const { office } = officeGlobals();
  if (!office) {
    showError('This page works inside PowerPoint: open it with Home > Export to AI video (Office.js did not load)');
    return;
  }
  let started = false;
  const ready = (info?: { host: string | null }) => {
    if (started) return;
    started = true;
    if (info?.host && info.host !== 'PowerPoint') {
      showError(`This add-in works in PowerPoint, not in ${info.host}`);
      return;
    }
    // PowerPoint.run exists only once Office.js is ready.
    start(office, officeGlobals().powerPoint);
  };
  // Office.onReady takes a callback and returns a promise; older hosts only call Office.initialize.
  if (typeof office.onReady === 'function') {
    const promise = office.onReady(ready);
    if (promise && typeof promise.then === 'function') void promise.then(ready);
  } else {
    (office as { initialize?: () => void }).initialize = () => ready();
  }
}

boot();
