/**
 * `deck2video serve`: the HTTP service the add-ins talk to (jobs API, SSE progress, the task pane
 * under /addin/). Runs until Ctrl-C; unfinished jobs are kept in --data-dir and resume on the next start.
 */
import { existsSync, readFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Command } from 'commander';
import { ConvertError } from '../../../converter/index.js';
import { chooseRunAs } from '../../runner/run-as.js';
import { startService } from '../../server/create-service.js';
import { normalizeBaseUrl } from '../../server/manifest-xml.js';
import { DEFAULT_MAX_SLIDES, DEFAULT_MAX_UPLOAD_MB, defaultDataDir, SERVE_OPTIONS } from '../../server/service-options.js';
import type { CliContext } from '../io.js';
import { addOptionFlags, optionsFromFlags } from '../option-flags.js';

export { defaultDataDir };

const HELP = `
Set DECK2VIDEO_TOKEN to require "Authorization: Bearer <token>" on every API call (enter the same
token in the task pane). Office loads add-ins only over HTTPS: for local use create a trusted
certificate with "npx office-addin-dev-certs install" and add --dev-certs (or give --cert/--key).

Jobs may ask for videos in other languages (field translate): DECK2VIDEO_TRANSLATOR (google, openai
or libretranslate) names the translator when a job does not, with its keys from this environment.

Examples:
  $ deck2video serve
  $ deck2video serve --dev-certs          (after "npx office-addin-dev-certs install")
  $ DECK2VIDEO_TOKEN=s3cret deck2video serve --host 0.0.0.0 --port 8443 --cert c.pem --key k.pem`;

function usage(message: string): never {
  throw new ConvertError('BAD_USAGE', message);
}

function readPem(flag: string, path: string): Buffer {
  try {
    return readFileSync(path);
  } catch (e) {
    return usage(`${flag} ${path} cannot be read (${(e as NodeJS.ErrnoException).code ?? 'error'}): give the path of a PEM file`);
  }
}

/** Where office-addin-dev-certs puts the localhost certificate it makes (and has the system trust). */
export function devCertPaths(home: string = homedir()): { cert: string; key: string } {
  const dir = join(home, '.office-addin-dev-certs');
  const paths = { cert: join(dir, 'localhost.crt'), key: join(dir, 'localhost.key') };
  if (!existsSync(paths.cert) || !existsSync(paths.key)) {
    usage(`no development certificate in ${dir}: run "npx office-addin-dev-certs install" first (it asks to trust its CA once)`);
  }
  return paths;
}

export function registerServe(program: Command, ctx: CliContext): Command {
  const cmd = program.command('serve').description('run the HTTP service used by the PowerPoint and Google Slides add-ins');
  return addOptionFlags(cmd, SERVE_OPTIONS)
    .addHelpText('after', HELP)
    .action(async (_flags: unknown, command: Command) => {
      const opts = optionsFromFlags(command, SERVE_OPTIONS);
      if (Boolean(opts.cert) !== Boolean(opts.key)) usage('--cert and --key go together: give both, or neither for plain HTTP');
      if (opts.devCerts && opts.cert) usage('--dev-certs and --cert/--key are alternatives: give one of them');
      const pem = opts.devCerts ? devCertPaths() : opts.cert && opts.key ? { cert: opts.cert, key: opts.key } : undefined;
      const host = opts.host ?? 'localhost';
      const port = opts.port ?? 3000;
      const logLevel = opts.logLevel ?? 'info';
      const dataDir = resolve(opts.dataDir ?? defaultDataDir());
      const runAs = chooseRunAs(opts.runAs ?? (process.env.DECK2VIDEO_RUN_AS?.trim() || undefined));
      const options = {
        host,
        port,
        dataDir,
        concurrency: opts.concurrency,
        maxUploadMb: opts.maxUploadMb ?? DEFAULT_MAX_UPLOAD_MB,
        maxSlides: opts.maxSlides ?? DEFAULT_MAX_SLIDES,
        allowOrigins: checkOrigins(opts.allowOrigin ?? []),
        https: pem ? { cert: readPem('--cert', pem.cert), key: readPem('--key', pem.key) } : undefined,
        token: process.env.DECK2VIDEO_TOKEN?.trim() ?? '',
        publicUrl: opts.publicUrl === undefined ? undefined : checkPublicUrl(opts.publicUrl),
        runAs,
        logger: { level: logLevel, stream: { write: (line: string) => ctx.io.stdout(line) } },
      };
      let service;
      try {
        service = await startService(options);
      } catch (e) {
        throw listenError(e, host, port);
      }
      const url = service.url;
      ctx.io.stderr(`deck2video service listening on ${url} (data in ${dataDir})\n`);
      ctx.io.stderr(`  task pane: ${url}/addin/taskpane.html   manifest: ${url}/addin/manifest.xml\n`);
      if (runAs) ctx.io.stderr(`  conversions run as ${runAs.name} (uid ${runAs.uid}), Chromium with its sandbox\n`);
      else if (process.getuid?.() === 0) {
        ctx.io.stderr('  warning: conversions run as root, so Chromium runs without its sandbox: create a "deck2video" user or pass --run-as (see README, Security)\n');
      }
      await new Promise<void>((done) => {
        if (ctx.signal.aborted) done();
        else ctx.signal.addEventListener('abort', () => done(), { once: true });
      });
      await service.app.close();
    });
}

function checkOrigins(origins: string[]): string[] {
  for (const o of origins) {
    try {
      const u = new URL(o);
      if (u.protocol !== 'https:' && u.protocol !== 'http:') throw new Error();
    } catch {
      usage(`--allow-origin ${o} is not a web origin: give one like https://example.org`);
    }
  }
  return origins;
}

function checkPublicUrl(url: string): string {
  try {
    return normalizeBaseUrl(url);
  } catch (e) {
    return usage(`--public-url ${url} is not usable: ${(e as Error).message.split(':')[0]}; give the https:// address Office reaches this service at`);
  }
}

function listenError(e: unknown, host: string, port: number): unknown {
  if (e instanceof ConvertError) return e;
  const code = (e as NodeJS.ErrnoException)?.code;
  if (code === 'EADDRINUSE') return new ConvertError('BAD_USAGE', `port ${port} is already in use: stop the other program or choose another --port`, { cause: e });
  if (code === 'EACCES') return new ConvertError('BAD_USAGE', `not allowed to listen on port ${port}: use a port above 1023`, { cause: e });
  if (code === 'EADDRNOTAVAIL' || code === 'ENOTFOUND') return new ConvertError('BAD_USAGE', `cannot listen on ${host}: give an address of this machine with --host`, { cause: e });
  if (/PEM|certificate|key/i.test(String((e as Error)?.message))) return new ConvertError('BAD_USAGE', `the --cert/--key files are not a usable certificate and key: ${(e as Error).message}`, { cause: e });
  return e;
}
