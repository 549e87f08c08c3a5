/**
 * --translator google: Cloud Translation through googleapis. With a project (GOOGLE_CLOUD_PROJECT,
 * or the one the credentials name) it calls v3 projects.translateText; without one, the v2
 * translations.translate endpoint, which needs only credentials. Texts go as HTML (our markup), so
 * <span translate="no"> keeps what must not change. Credentials as for the other Google features:
 * an access token (GOOGLE_OAUTH_ACCESS_TOKEN), else Application Default Credentials, looked up before
 * anything is sent; DECK2VIDEO_GOOGLE_ROOT_URL sends every request to a proxy or a stand-in.
 */
import type { Auth } from 'googleapis';
import { ConvertError, missingEngine } from '../../errors.js';
import { GOOGLE_MAX_CHARS, GOOGLE_MAX_ITEMS, GOOGLE_TRANSLATE_ROOT_URL, GOOGLE_TRANSLATE_SCOPES } from '../defaults.js';
import { httpStatus, shortMessage } from '../http-errors.js';
import { remoteTranslator } from '../remote-translator.js';
import { GOOGLE_LOGIN_HINT, GOOGLE_MISSING_CREDENTIALS } from '../credentials.js';
import type { ResolvedTranslateOptions } from '../options.js';
import type { TranslationProvider } from '../translator.js';

type Api = Auth.OAuth2Client | Auth.GoogleAuth | Auth.AuthClient;

async function credentials(o: ResolvedTranslateOptions): Promise<{ auth: Api; project: string }> {
  const { google } = await import('googleapis');
  if (o.google.auth) return { auth: o.google.auth as Api, project: o.google.project };
  if (o.google.token) {
    const client = new google.auth.OAuth2();
    client.setCredentials({ access_token: o.google.token });
    return { auth: client, project: o.google.project };
  }
  const auth = new google.auth.GoogleAuth({ scopes: GOOGLE_TRANSLATE_SCOPES });
  try {
    await auth.getClient();
  } catch (e) {
    throw missingEngine(GOOGLE_MISSING_CREDENTIALS, e);
  }
  // A service-account key names its project: v3 then needs no GOOGLE_CLOUD_PROJECT.
  const project = o.google.project || (await auth.getProjectId().catch(() => ''));
  return { auth, project };
}

export async function createGoogleTranslator(o: ResolvedTranslateOptions): Promise<TranslationProvider> {
  const { auth, project } = await credentials(o);
  const { google } = await import('googleapis');
  const rootUrl = o.google.rootUrl || GOOGLE_TRANSLATE_ROOT_URL;
  const host = new URL(rootUrl).host;
  const location = o.google.location;
  const v3 = project ? google.translate({ version: 'v3', auth: auth as Auth.OAuth2Client, rootUrl }) : undefined;
  const v2 = project ? undefined : google.translate({ version: 'v2', auth: auth as Auth.OAuth2Client, rootUrl });
  const parent = `projects/${project}/locations/${location}`;
  // v3 names a model by its path; "general/nmt" is Google's default.
  const model = o.model && !o.model.startsWith('projects/') ? `${parent}/models/${o.model}` : o.model;

  const once = async (texts: string[], from: string, to: string, signal?: AbortSignal): Promise<string[]> => {
    if (v3) {
      const res = await v3.projects.translateText({
        parent,
        requestBody: { contents: texts, mimeType: 'text/html', sourceLanguageCode: from, targetLanguageCode: to, ...(model ? { model } : {}) },
      }, { signal, retry: false });
      return (res.data.translations ?? []).map((t) => t.translatedText ?? '');
    }
    const res = await v2!.translations.translate({
      requestBody: { q: texts, source: from, target: to, format: 'html', ...(o.model ? { model: o.model } : {}) },
    }, { signal, retry: false });
    // The REST answer wraps the list in "data"; the generated type does not say so.
    const data = res.data as { translations?: { translatedText?: string | null }[]; data?: { translations?: { translatedText?: string | null }[] } };
    return (data.data?.translations ?? data.translations ?? []).map((t) => t.translatedText ?? '');
  };

  const about = { name: 'google', model: `${v3 ? 'v3' : 'v2'} ${host} ${model || o.model || 'default'}`, maxItems: GOOGLE_MAX_ITEMS, maxChars: GOOGLE_MAX_CHARS };
  return remoteTranslator(about, o, once, (e, _from, to) => explain(e, o, host, to));
}

function explain(e: unknown, o: ResolvedTranslateOptions, host: string, to: string): unknown {
  if (e instanceof ConvertError) return e;
  const status = httpStatus(e);
  const message = shortMessage(e);
  if (status === 0 && /credential|GOOGLE_APPLICATION_CREDENTIALS|metadata|could not load/i.test(message)) return missingEngine(GOOGLE_MISSING_CREDENTIALS, e);
  if (status === 401 || status === 403) {
    return missingEngine(`Cloud Translation refused the credentials (${status}: ${message}): check the account, that the Cloud Translation API is enabled, and ${GOOGLE_LOGIN_HINT}`, e);
  }
  if (status === 429 || status >= 500) return new ConvertError('INTERNAL', `Cloud Translation kept failing after ${o.retry.retries} retries (${status}: ${message}): try again later`, { cause: e });
  if (status >= 400) return new ConvertError('BAD_USAGE', `Cloud Translation refused the request (${status}: ${message}): check --translate ${to} and --translate-model`, { cause: e });
  if (status === 0) return new ConvertError('INTERNAL', `Cannot reach Cloud Translation at ${host} (${message}): check the network or DECK2VIDEO_GOOGLE_ROOT_URL`, { cause: e });
  return e;
}
