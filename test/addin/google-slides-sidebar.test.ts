/**
 * Sidebar.html's script, run in a vm with a small fake DOM and a google.script.run that calls the
 * real Code.gs + lib-*.js (themselves on the UrlFetchApp stand-in). Timers are captured, so the test
 * steps through the polling by hand: what a teacher sees, start to finish.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import vm from 'node:vm';
import { ADDIN_DIR, loadAddin, type FakeResponse, type Harness } from './google-slides-harness.js';

interface El {
  id: string; value: string; checked: boolean; textContent: string; className: string; href: string;
  disabled: boolean; open: boolean; style: { width: string }; onclick?: () => void;
  /** A select's options; elements appended by the script (textContent = '' empties them, as in a browser). */
  options: { value: string; textContent: string; selected: boolean }[]; children: El[]; appendChild(child: El): void;
}

function element(id: string, attrs = ''): El {
  const e: El = {
    id, value: /value="([^"]*)"/.exec(attrs)?.[1] ?? '', checked: /\schecked/.test(attrs), className: /class="([^"]*)"/.exec(attrs)?.[1] ?? '',
    href: '', disabled: false, open: false, style: { width: '' }, options: [], children: [],
    get textContent() { return text; },
    set textContent(t: string) { text = t; e.children = []; },
    appendChild: (child: El) => void e.children.push(child),
  };
  let text = '';
  return e;
}

function sidebarPage(h: Harness) {
  const html = readFileSync(join(ADDIN_DIR, 'Sidebar.html'), 'utf8');
  const script = /<script>([\s\S]*?)<\/script>/.exec(html)![1]!;
  const els = new Map<string, El>();
  for (const m of html.matchAll(/<(\w+)[^>]*\sid="([^"]+)"([^>]*)>/g)) {
    const attrs = m[0];
    els.set(m[2]!, element(m[2]!, attrs));
  }
  for (const m of html.matchAll(/<select id="([^"]+)"[^>]*>([\s\S]*?)<\/select>/g)) {
    els.get(m[1]!)!.options = [...m[2]!.matchAll(/<option value="([^"]*)"[^>]*>([^<]*)<\/option>/g)].map((o) => ({ value: o[1]!, textContent: o[2]!, selected: false }));
  }
  els.get('resolution')!.value = '1080p';
  const timers: { fn: () => void; ms: number }[] = [];
  const serverCalls: string[] = [];
  const runner = (ok?: (v: unknown) => void, fail?: (e: unknown) => void): unknown =>
    new Proxy({}, {
      get: (_t, name: string) => {
        if (name === 'withSuccessHandler') return (f: (v: unknown) => void) => runner(f, fail);
        if (name === 'withFailureHandler') return (f: (e: unknown) => void) => runner(ok, f);
        return (...args: unknown[]) => {
          serverCalls.push(name);
          // Apps Script copies arguments and results between browser and server as JSON.
          const input = JSON.parse(JSON.stringify(args));
          queueMicrotask(() => {
            try {
              const out = JSON.parse(JSON.stringify(h.g[name]!(...input) ?? null));
              ok?.(out);
            } catch (e) {
              fail?.({ message: (e as Error).message });
            }
          });
        };
      },
    });
  const context = vm.createContext({
    document: {
      createElement: () => element(''),
      getElementById: (id: string) => {
        const e = els.get(id);
        if (!e) throw new Error(`no element #${id}`);
        return e;
      },
    },
    google: { script: { get run() { return runner(); } } },
    setTimeout: (fn: () => void, ms: number) => timers.push({ fn, ms }),
    clearTimeout: () => undefined,
    Date,
  });
  vm.runInContext(script, context);
  const settle = () => new Promise<void>((r) => setImmediate(r));
  return {
    el: (id: string) => els.get(id)!,
    timers,
    serverCalls,
    settle,
    async tick() {
      const t = timers.shift();
      assert.ok(t, 'a poll was scheduled');
      t.fn();
      await settle();
      return t.ms;
    },
  };
}

describe('addin/google-slides Sidebar.html', () => {
  const SETTINGS = { DECK2VIDEO_SERVICE_URL: 'https://d2v.example.org', DECK2VIDEO_SERVICE_TOKEN: 'svc' };

  it('exports, shows progress while polling every 5 s, then links the video', async () => {
    const done = { state: 'done', stage: 'done', progress: 1, links: { video: '/v1/jobs/job-5/video?key=k', translations: { es: { video: '/v1/jobs/job-5/video?key=k&lang=es' } } } };
    const states = ['{"state":"running","stage":"render","progress":0.3}', '{"state":"running","stage":"encode","progress":0.9}', JSON.stringify(done)];
    const h = loadAddin((c): FakeResponse => {
      if (c.url === 'https://d2v.example.org/v1/jobs') return { code: 202, text: '{"id":"job-5"}' };
      if (c.url === 'https://d2v.example.org/v1/jobs/job-5') return { code: 200, text: states.shift()! };
      return { code: 200, bytes: new Uint8Array([0x50, 0x4b]) };
    }, { props: SETTINGS });
    const page = sidebarPage(h);
    await page.settle();
    assert.equal(page.el('deck-title').textContent, 'Intro to Rivers');
    assert.equal(page.el('service-url').value, 'https://d2v.example.org');
    assert.equal(page.el('token-state').textContent, 'A token is saved. Leave blank to keep it.');

    page.el('mode-google').checked = true;
    page.el('translate').options.find((o) => o.value === 'es')!.selected = true;
    page.el('translate-slides').checked = true;
    page.el('export').onclick!();
    assert.equal(page.el('status').textContent, 'Sending the deck to deck2video…');
    assert.equal(page.el('export').disabled, true);
    await page.settle();
    assert.equal(page.el('status').textContent, 'Waiting for the service to start…');

    assert.equal(await page.tick(), 5000);
    assert.equal(page.el('status').textContent, 'Drawing the slides… 30%');
    assert.equal(page.el('bar').style.width, '30%');
    assert.equal(await page.tick(), 5000);
    assert.equal(page.el('status').textContent, 'Encoding the video… 90%');
    await page.tick();
    assert.equal(page.el('status').textContent, 'Your video is ready.');
    assert.equal(page.el('video').href, 'https://d2v.example.org/v1/jobs/job-5/video?key=k');
    assert.equal(page.el('video').className, '');
    const [line] = page.el('translations').children;
    assert.deepEqual([line?.children[0]?.href, line?.children[0]?.textContent], ['https://d2v.example.org/v1/jobs/job-5/video?key=k&lang=es', 'Open the video in Spanish']);
    assert.equal(page.el('export').disabled, false);
    assert.equal(page.timers.length, 0, 'polling stopped');
    assert.deepEqual(page.serverCalls, ['getSidebarState', 'startExport', 'pollJob', 'pollJob', 'pollJob']);
    const sent = JSON.parse(h.fetches[0]!.params.payload as string) as { googleSlidesId: string; options: Record<string, unknown> };
    assert.equal(sent.googleSlidesId, 'deck-id-123');
    assert.deepEqual(sent.options, { includeHidden: false, resolution: '1080p', renderer: 'google', translate: 'es', translateSlides: true });
  });

  it('opens Settings when no service is set, saves them, and shows server errors as text', async () => {
    const h = loadAddin(() => ({ code: 500, text: 'nope' }));
    const page = sidebarPage(h);
    await page.settle();
    assert.equal(page.el('settings-box').open, true);
    page.el('export').onclick!();
    await page.settle();
    assert.equal(page.el('status').textContent, 'Open Settings and enter the address of your deck2video service first.');
    assert.equal(page.el('status').className, 'error');
    assert.equal(page.el('export').disabled, false);

    page.el('service-url').value = 'https://d2v.example.org/';
    page.el('service-token').value = 'tok';
    page.el('save').onclick!();
    await page.settle();
    assert.equal(page.el('saved').textContent, 'Saved.');
    assert.equal(page.el('service-token').value, '');
    assert.equal(h.props.get('DECK2VIDEO_SERVICE_TOKEN'), 'tok');
  });

  it('retries a failed poll twice, 15 s apart, then says why it stopped', async () => {
    let fail = false;
    const h = loadAddin((c): FakeResponse => {
      if (c.url.endsWith('/v1/jobs')) return { code: 202, text: '{"id":"j"}' };
      if (fail) throw new Error('Exception: Timeout');
      return { code: 200, text: '{"state":"running","stage":"narrate"}' };
    }, { props: SETTINGS });
    const page = sidebarPage(h);
    await page.settle();
    page.el('export').onclick!();
    await page.settle();
    fail = true;
    assert.equal(await page.tick(), 5000);
    assert.equal(page.el('status').textContent, 'The service did not answer; trying again…');
    assert.equal(await page.tick(), 15000);
    assert.equal(await page.tick(), 15000);
    assert.match(page.el('status').textContent, /^Could not reach the deck2video service at https:\/\/d2v\.example\.org \(Exception: Timeout\)/);
    assert.equal(page.timers.length, 0);
    assert.equal(page.el('export').disabled, false);
  });
});
