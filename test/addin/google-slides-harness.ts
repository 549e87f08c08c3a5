/**
 * Runs the Apps Script add-on (addin/google-slides/lib-*.js + Code.gs) under Node the way Apps Script
 * does: every file in one shared global scope (a node:vm context), with stand-ins for the Apps Script
 * services it calls (SlidesApp, UrlFetchApp, PropertiesService, ScriptApp, HtmlService). The stand-ins
 * record what the add-on asked for and answer like the real services (HTTPResponse, Blob).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import vm from 'node:vm';
import { repoRoot } from '../helpers/repo-root.js';

export const ADDIN_DIR = join(repoRoot, 'addin/google-slides');
export const ADDON_TOKEN = 'ya29.addon-token';
/** Every server-side file of the add-on, as clasp pushes them. */
export const ADDIN_SCRIPTS = ['lib-settings.js', 'lib-requests.js', 'lib-job-view.js', 'Code.gs'];

export interface FetchCall {
  url: string;
  params: Record<string, unknown>;
}

export interface FakeResponse {
  code: number;
  text?: string;
  bytes?: Uint8Array;
}

export class FakeBlob {
  constructor(public bytes: Uint8Array, public contentType = 'application/octet-stream', public name = '') {}
  getBytes() { return Array.from(this.bytes); }
  getName() { return this.name; }
  setName(n: string) { this.name = n; return this; }
  getContentType() { return this.contentType; }
  setContentType(t: string) { this.contentType = t; return this; }
}

export interface Harness {
  /** The add-on's globals (its functions), as Apps Script would see them. */
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- Apps Script functions are untyped JavaScript; each test reads what it knows the function returns
  g: Record<string, (...args: unknown[]) => any>;
  fetches: FetchCall[];
  props: Map<string, string>;
  menus: { title: string; fn: string }[];
  sidebars: { file: string; title: string }[];
}

export function loadAddin(
  answer: (call: FetchCall) => FakeResponse,
  o: { deckId?: string; deckTitle?: string; props?: Record<string, string> } = {},
): Harness {
  const fetches: FetchCall[] = [];
  const props = new Map(Object.entries(o.props ?? {}));
  const menus: { title: string; fn: string }[] = [];
  const sidebars: { file: string; title: string }[] = [];
  const userProperties = {
    getProperties: () => Object.fromEntries(props),
    getProperty: (k: string) => props.get(k) ?? null,
    setProperty: (k: string, v: string) => { props.set(k, String(v)); return userProperties; },
    setProperties: (all: Record<string, string>) => { for (const [k, v] of Object.entries(all)) props.set(k, String(v)); return userProperties; },
    deleteProperty: (k: string) => { props.delete(k); return userProperties; },
  };
  const ui = {
    createAddonMenu: () => {
      const menu = { addItem: (title: string, fn: string) => { menus.push({ title, fn }); return menu; }, addToUi: () => undefined };
      return menu;
    },
    showSidebar: (html: { file: string; title: string }) => void sidebars.push({ file: html.file, title: html.title }),
  };
  const context = vm.createContext({
    SlidesApp: {
      getUi: () => ui,
      getActivePresentation: () => ({ getId: () => o.deckId ?? 'deck-id-123', getName: () => o.deckTitle ?? 'Intro to Rivers' }),
    },
    UrlFetchApp: {
      fetch: (url: string, params: Record<string, unknown>) => {
        const call = { url, params };
        fetches.push(call);
        const r = answer(call);
        const bytes = r.bytes ?? new TextEncoder().encode(r.text ?? '');
        return {
          getResponseCode: () => r.code,
          getContentText: () => new TextDecoder().decode(bytes),
          getBlob: () => new FakeBlob(bytes),
        };
      },
    },
    PropertiesService: { getUserProperties: () => userProperties },
    ScriptApp: { getOAuthToken: () => ADDON_TOKEN },
    HtmlService: {
      createHtmlOutputFromFile: (file: string) => {
        const out = { file, title: '', setTitle: (t: string) => { out.title = t; return out; } };
        return out;
      },
    },
  });
  for (const file of ADDIN_SCRIPTS) vm.runInContext(readFileSync(join(ADDIN_DIR, file), 'utf8'), context, { filename: file });
  return { g: context as unknown as Harness['g'], fetches, props, menus, sidebars };
}

/** Values from the vm context have that context's prototypes: compare them as plain JSON. */
export function plain<T>(x: T): T {
  return JSON.parse(JSON.stringify(x)) as T;
}
