/**
 * Credentials for reading a Google Slides deck. An explicit access token (the option, else
 * GOOGLE_OAUTH_ACCESS_TOKEN) becomes an OAuth2 client holding just that token: no lookup of other
 * credentials and no request to any token endpoint, so with a root override nothing leaves for
 * Google. Without a token, the usual application default credentials (GOOGLE_APPLICATION_CREDENTIALS,
 * gcloud's application-default login, the metadata server on Google Cloud) are looked up once, up
 * front, so a missing login fails before anything is downloaded.
 */
import type { Auth } from 'googleapis';
import { missingEngine } from '../../errors.js';

export const TOKEN_ENV = 'GOOGLE_OAUTH_ACCESS_TOKEN';

/** Read-only Drive covers everything we call: files.export, presentations.get, pages.getThumbnail. */
export const GOOGLE_SLIDES_SCOPES = ['https://www.googleapis.com/auth/drive.readonly'];

export const LOGIN_HINT =
  `set ${TOKEN_ENV} (e.g. from "gcloud auth print-access-token") or configure application default credentials: ` +
  `gcloud auth application-default login --scopes=https://www.googleapis.com/auth/drive.readonly,https://www.googleapis.com/auth/cloud-platform`;

export const MISSING_CREDENTIALS_MESSAGE = `Reading a Google Slides deck needs Google credentials: ${LOGIN_HINT}`;

export interface GoogleCredentials {
  /** What the googleapis services are given. */
  api: Auth.OAuth2Client | Auth.GoogleAuth;
  /** The client itself: authorised requests (request) and plain ones (transporter). */
  client: Auth.AuthClient;
  /** 'token' (explicit access token) or 'adc'. */
  kind: 'token' | 'adc';
}

export async function resolveCredentials(token: string | undefined, env: Readonly<Record<string, string | undefined>>): Promise<GoogleCredentials> {
  const explicit = (token ?? env[TOKEN_ENV] ?? '').trim();
  // Loaded on first use: googleapis takes ~1 s to import, which every command paid before.
  const { google } = await import('googleapis');
  if (explicit) {
    const client = new google.auth.OAuth2();
    client.setCredentials({ access_token: explicit });
    return { api: client, client, kind: 'token' };
  }
  const auth = new google.auth.GoogleAuth({ scopes: GOOGLE_SLIDES_SCOPES });
  let client: Auth.AuthClient;
  try {
    client = (await auth.getClient()) as Auth.AuthClient;
  } catch (e) {
    throw missingEngine(MISSING_CREDENTIALS_MESSAGE, e);
  }
  try {
    // Found credentials can still be unusable (revoked login, deleted service account): ask now.
    const { token: t } = await client.getAccessToken();
    if (!t) throw new Error('no access token');
  } catch (e) {
    const why = String((e as Error)?.message ?? e).replace(/\s+/g, ' ').slice(0, 160);
    throw missingEngine(`Google refused the application default credentials (${why}): ${LOGIN_HINT}`, e);
  }
  return { api: auth, client, kind: 'adc' };
}
