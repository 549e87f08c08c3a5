/**
 * The durable job store: one folder per job under <data-dir>/jobs/<id>/ holding everything needed to
 * run the job again after a crash — the deck, the client's options, PowerPoint's slide images — and
 * its state (state.json, always replaced atomically). A job folder is assembled under a dot-name and
 * renamed into place when complete, so a crash during an upload never leaves a half job behind.
 *
 * A Google Slides job starts without a deck: once it has read the deck from Google, the export
 * (deck.pptx), the Slides API's part (google-info.json, written last: it marks the export complete)
 * and Google's slide pictures are stored, so a restart rebuilds the same deck without the token.
 */
import { randomBytes } from 'node:crypto';
import { mkdir, readdir, readFile, rename, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { isJobId, newJobId } from './job-id.js';
import { writeFileAtomic as installAtomic } from '../../converter/index.js';
import type { GoogleDeckInfo } from '../../converter/deck/google/index.js';
import type { GoogleSource, JobOptions, JobRecord } from './job-types.js';

/** Everything a restarted server reads back is flushed to disk, and private to the service's user. */
function writeFileAtomic(path: string, data: string | Uint8Array): Promise<void> {
  return installAtomic(path, data, { durable: true, mode: 0o600 });
}

export interface JobPaths {
  dir: string;
  deck: string;
  options: string;
  googleInfo: string;
  state: string;
  slides: string;
  out: string;
  video: string;
  srt: string;
  vtt: string;
}

export interface NewJob {
  /** The uploaded deck; none for a Google Slides job (read when it runs). */
  deck?: Uint8Array;
  deckName: string;
  slideCount: number;
  options: JobOptions;
  slideImages: Map<number, Uint8Array>;
  google?: GoogleSource;
}

/** What a Google Slides job keeps of Google's answers. */
export interface GoogleExport {
  pptx: Uint8Array;
  info: GoogleDeckInfo;
  slideImages: Map<number, Uint8Array>;
}

const slideFile = (n: number) => `slide-${String(n).padStart(3, '0')}.png`;
const SLIDE_FILE = /^slide-(\d{3,4})\.png$/;

export class JobStore {
  readonly jobsDir: string;
  readonly cacheDir: string;

  constructor(readonly dataDir: string) {
    this.jobsDir = join(dataDir, 'jobs');
    this.cacheDir = join(dataDir, 'cache');
  }

  async init(): Promise<void> {
    await mkdir(this.jobsDir, { recursive: true });
    await mkdir(this.cacheDir, { recursive: true });
    // Leftovers of uploads interrupted by a crash.
    for (const name of await readdir(this.jobsDir)) {
      if (name.startsWith('.incoming-')) await rm(join(this.jobsDir, name), { recursive: true, force: true });
    }
  }

  /** Paths of a job's files; throws on anything that is not a job id, before any path is built. */
  paths(id: string): JobPaths {
    if (!isJobId(id)) throw new Error(`not a job id: ${JSON.stringify(id).slice(0, 60)}`);
    const dir = join(this.jobsDir, id);
    const out = join(dir, 'out');
    return {
      dir,
      deck: join(dir, 'deck.pptx'),
      options: join(dir, 'options.json'),
      googleInfo: join(dir, 'google-info.json'),
      state: join(dir, 'state.json'),
      slides: join(dir, 'slides'),
      out,
      video: join(out, 'video.mp4'),
      srt: join(out, 'video.srt'),
      vtt: join(out, 'video.vtt'),
    };
  }

  async create(job: NewJob): Promise<JobRecord> {
    const id = newJobId();
    const now = new Date().toISOString();
    const record: JobRecord = {
      id,
      state: 'queued',
      stage: 'queued',
      progress: 0,
      detail: '',
      stages: {},
      deckName: job.deckName,
      slideCount: job.slideCount,
      slideImages: job.slideImages.size,
      key: randomBytes(24).toString('base64url'),
      attempts: 0,
      createdAt: now,
      updatedAt: now,
      ...(job.google ? { google: job.google } : {}),
    };
    const final = this.paths(id);
    const tmp = join(this.jobsDir, `.incoming-${id}`);
    await mkdir(join(tmp, 'slides'), { recursive: true });
    await mkdir(join(tmp, 'out'));
    if (job.deck) await writeFileAtomic(join(tmp, 'deck.pptx'), job.deck);
    await writeFileAtomic(join(tmp, 'options.json'), JSON.stringify(job.options, null, 2));
    for (const [n, bytes] of job.slideImages) await writeFileAtomic(join(tmp, 'slides', slideFile(n)), bytes);
    await writeFileAtomic(join(tmp, 'state.json'), JSON.stringify(record, null, 2));
    await rename(tmp, final.dir);
    return record;
  }

  /** The job's record, or undefined when there is no such job (or the id is not an id). */
  async read(id: string): Promise<JobRecord | undefined> {
    if (!isJobId(id)) return undefined;
    try {
      return JSON.parse(await readFile(this.paths(id).state, 'utf8')) as JobRecord;
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
      throw e;
    }
  }

  async write(record: JobRecord): Promise<void> {
    await writeFileAtomic(this.paths(record.id).state, JSON.stringify(record, null, 2));
  }

  async readOptions(id: string): Promise<JobOptions> {
    return JSON.parse(await readFile(this.paths(id).options, 'utf8')) as JobOptions;
  }

  async readDeck(id: string): Promise<Uint8Array> {
    return readFile(this.paths(id).deck);
  }

  async readSlideImages(id: string): Promise<Map<number, Uint8Array>> {
    const dir = this.paths(id).slides;
    const images = new Map<number, Uint8Array>();
    for (const name of (await readdir(dir)).sort()) {
      const m = SLIDE_FILE.exec(name);
      if (m) images.set(Number(m[1]), await readFile(join(dir, name)));
    }
    return images;
  }

  /** Store a Google Slides job's export; google-info.json goes last, so it marks a complete export. */
  async saveGoogleExport(id: string, g: GoogleExport): Promise<void> {
    const p = this.paths(id);
    for (const [n, bytes] of g.slideImages) await writeFileAtomic(join(p.slides, slideFile(n)), bytes);
    await writeFileAtomic(p.deck, g.pptx);
    await writeFileAtomic(p.googleInfo, JSON.stringify(g.info, null, 2));
  }

  /** The stored export of a Google Slides job, or undefined when the job never finished reading it. */
  async readGoogleExport(id: string): Promise<{ pptx: Uint8Array; info: GoogleDeckInfo } | undefined> {
    const p = this.paths(id);
    let info: GoogleDeckInfo;
    try {
      info = JSON.parse(await readFile(p.googleInfo, 'utf8')) as GoogleDeckInfo;
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
      throw e;
    }
    return { pptx: await readFile(p.deck), info };
  }

  /** Every job id present on disk. */
  async ids(): Promise<string[]> {
    return (await readdir(this.jobsDir)).filter(isJobId).sort();
  }
}
