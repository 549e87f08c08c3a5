/**
 * What the pane remembers between sessions: the service address, the access token and the last
 * options. Kept in localStorage (Office's roamingSettings exist only in Outlook); a web view that
 * refuses storage just starts from the defaults each time.
 */
import type { PaneOptions } from './service-client.js';

export interface PaneSettings {
  /** '' = the service that served this page. */
  serviceUrl: string;
  token: string;
  options: PaneOptions;
}

const KEY = 'deck2video.settings.v1';

export const DEFAULT_SETTINGS: PaneSettings = {
  serviceUrl: '',
  token: '',
  options: { tts: 'espeak', voice: '', lang: '', images: 'offline', resolution: '1080p', burnCaptions: false, translate: '', translateSlides: false },
};

export function loadSettings(storage: Pick<Storage, 'getItem'> | undefined): PaneSettings {
  try {
    const raw = storage?.getItem(KEY);
    if (!raw) return structuredCloneish(DEFAULT_SETTINGS);
    const saved = JSON.parse(raw) as Partial<PaneSettings>;
    return {
      serviceUrl: typeof saved.serviceUrl === 'string' ? saved.serviceUrl : '',
      token: typeof saved.token === 'string' ? saved.token : '',
      options: { ...DEFAULT_SETTINGS.options, ...(saved.options ?? {}) },
    };
  } catch {
    return structuredCloneish(DEFAULT_SETTINGS);
  }
}

export function saveSettings(storage: Pick<Storage, 'setItem'> | undefined, s: PaneSettings): void {
  try {
    storage?.setItem(KEY, JSON.stringify(s));
  } catch {
    // storage full or disabled: settings last for this session only
  }
}

function structuredCloneish(s: PaneSettings): PaneSettings {
  return { ...s, options: { ...s.options } };
}
