/**
 * Whether the chosen translator has what it needs (a key, a server address, Google credentials),
 * checked from the options and the environment alone when options are resolved: a missing key is one
 * line with exit 4 before the deck is read, and no request leaves the machine to find out. For Google
 * that means looking for a credential source without asking the metadata server (which would be a
 * request to 169.254.169.254 on every machine that is not on Google Cloud): on Google Cloud without a
 * key file, METADATA_SERVER_DETECTION=assume-present says the metadata server is there.
 */
import { existsSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { missingEngine } from '../errors.js';
import type { TranslatorName } from './defaults.js';

type Env = Readonly<Record<string, string | undefined>>;

export const GOOGLE_LOGIN_HINT =
  'set GOOGLE_OAUTH_ACCESS_TOKEN (e.g. from "gcloud auth print-access-token") or configure application default credentials ' +
  '(GOOGLE_APPLICATION_CREDENTIALS=key.json, or gcloud auth application-default login), and GOOGLE_CLOUD_PROJECT for Cloud Translation v3';
export const GOOGLE_MISSING_CREDENTIALS = `--translator google needs Google credentials: ${GOOGLE_LOGIN_HINT}`;
export const OPENAI_MISSING_KEY =
  '--translator openai needs an API key: set OPENAI_API_KEY (any non-empty value for a local OpenAI-compatible server, with OPENAI_BASE_URL), or choose --translator google or libretranslate';
export const LIBRETRANSLATE_MISSING_URL =
  '--translator libretranslate needs the address of your LibreTranslate server: give --libretranslate-url http://host:5000 or set LIBRETRANSLATE_URL';

export interface TranslatorAccess {
  translator: TranslatorName;
  openaiApiKey: string;
  libretranslateUrl: string;
  googleToken: string;
  /** An auth client handed in by a library caller. */
  googleAuth: boolean;
}

/** Where application default credentials can come from without a request: a key file or gcloud's login. */
export function googleCredentialSource(env: Env): string | undefined {
  const keyFile = env.GOOGLE_APPLICATION_CREDENTIALS?.trim();
  if (keyFile) return existsSync(keyFile) ? keyFile : undefined;
  const config = env.CLOUDSDK_CONFIG?.trim() || (env.APPDATA?.trim() ? join(env.APPDATA.trim(), 'gcloud') : join(env.HOME?.trim() || homedir(), '.config', 'gcloud'));
  const login = join(config, 'application_default_credentials.json');
  if (existsSync(login)) return login;
  if (/^assume-present$/i.test(env.METADATA_SERVER_DETECTION?.trim() ?? '')) return 'metadata server';
  return undefined;
}

/** Throws the translator's missing-credentials error (exit 4); nothing is contacted. */
export function assertTranslatorAccess(a: TranslatorAccess, env: Env): void {
  if (a.translator === 'openai' && !a.openaiApiKey) throw missingEngine(OPENAI_MISSING_KEY);
  if (a.translator === 'libretranslate' && !a.libretranslateUrl) throw missingEngine(LIBRETRANSLATE_MISSING_URL);
  if (a.translator === 'google' && !a.googleToken && !a.googleAuth) {
    const keyFile = env.GOOGLE_APPLICATION_CREDENTIALS?.trim();
    if (keyFile && !existsSync(keyFile)) {
      throw missingEngine(`--translator google: GOOGLE_APPLICATION_CREDENTIALS names ${keyFile}, which does not exist: point it at your service-account key file, or ${GOOGLE_LOGIN_HINT}`);
    }
    if (!googleCredentialSource(env)) throw missingEngine(GOOGLE_MISSING_CREDENTIALS);
  }
}
