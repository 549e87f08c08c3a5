/**
 * Records every outgoing HTTP(S) request of the process (googleapis goes through node-fetch, which
 * calls http.request / https.request) and refuses any that is not for 127.0.0.1, so a test can prove
 * that nothing tried to reach googleapis.com, the metadata server or a token endpoint.
 */
import http from 'node:http';
import https from 'node:https';

export interface NetworkGuard {
  /** host:port of every request attempted, in order. */
  hosts: string[];
  restore(): void;
}

type RequestFn = typeof http.request;

export function guardNetwork(): NetworkGuard {
  const hosts: string[] = [];
  const saved = { http: http.request, https: https.request };
  const wrap = (original: RequestFn, defaultPort: number): RequestFn =>
    function (this: unknown, ...args: unknown[]) {
      const first = args[0];
      const target = typeof first === 'string' || first instanceof URL ? new URL(String(first)) : undefined;
      const opts = (target ? args[1] : first) as http.RequestOptions | undefined;
      const host = target?.hostname ?? opts?.hostname ?? opts?.host ?? 'localhost';
      const port = target?.port || opts?.port || defaultPort;
      hosts.push(`${host}:${port}`);
      if (host !== '127.0.0.1') throw new Error(`test network guard: refused a request to ${host}`);
      return (original as (...a: unknown[]) => http.ClientRequest).apply(this, args);
    } as RequestFn;
  http.request = wrap(saved.http, 80);
  https.request = wrap(saved.https, 443);
  return {
    hosts,
    restore() {
      http.request = saved.http;
      https.request = saved.https;
    },
  };
}
