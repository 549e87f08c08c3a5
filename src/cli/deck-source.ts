/**
 * Where a command's deck comes from: a file argument (DECK) or --google-slides ID, plus which pictures
 * stand for the slides (--renderer ours|google). Shared by inspect, render and convert so the three
 * accept the same sources with the same errors.
 */
import type { Command } from 'commander';
import { readGoogleSlides } from '../../converter/deck/google/index.js';
import { ConvertError, readDeck, type Deck, type ProgressListener } from '../../converter/index.js';
import { SOURCE_OPTIONS, valueFromText, type SlideRenderer } from '../../converter/options/index.js';
import { addOptionFlags } from './option-flags.js';

export type DeckSource = { kind: 'file'; path: string } | { kind: 'google'; id: string };

/** What a command's action receives from commander for these flags (read through SOURCE_OPTIONS). */
export interface DeckSourceFlags {
  googleSlides?: string;
  renderer?: string;
}

export const GOOGLE_HELP = `
Google Slides: --google-slides takes the deck's id or its address. Credentials: GOOGLE_OAUTH_ACCESS_TOKEN
(e.g. $(gcloud auth print-access-token)) or application default credentials with the drive.readonly scope.`;

/** Adds --google-slides (and --renderer when the command draws slides). The deck argument must be optional: [deck]. */
export function addDeckSourceOptions(cmd: Command, o: { renderer: boolean }): Command {
  const { googleSlides, renderer } = SOURCE_OPTIONS;
  return addOptionFlags(cmd, o.renderer ? { googleSlides, renderer } : { googleSlides });
}

export function deckSourceOf(deck: string | undefined, flags: DeckSourceFlags): DeckSource {
  const google = flags.googleSlides?.trim();
  if (deck !== undefined && google !== undefined) {
    throw new ConvertError('BAD_USAGE', 'give either a deck file or --google-slides ID, not both');
  }
  if (google !== undefined) return { kind: 'google', id: google };
  if (deck === undefined || deck.trim() === '') throw new ConvertError('BAD_USAGE', 'missing the deck: give a .pptx file, or --google-slides ID for a Google Slides deck (see deck2video --help)');
  return { kind: 'file', path: deck };
}

/** --renderer as typed, checked by SOURCE_OPTIONS. */
export function rendererOf(source: DeckSource, flags: DeckSourceFlags): SlideRenderer {
  const r = flags.renderer === undefined ? 'ours' : valueFromText(SOURCE_OPTIONS.renderer, flags.renderer, { name: '--renderer', style: 'flag' }) ?? 'ours';
  if (r === 'google' && source.kind !== 'google') {
    throw new ConvertError('BAD_USAGE', '--renderer google needs --google-slides ID: Google can only draw decks it holds');
  }
  return r;
}

export interface LoadedDeck {
  deck: Deck;
  /** Google's thumbnails (renderer google): pass as ConvertOptions.slideImages. */
  slideImages?: Map<number, Uint8Array>;
  /** Problems with the slide pictures; the deck's own repairs are in deck.warnings. */
  warnings: string[];
}

export interface LoadOptions {
  renderer?: SlideRenderer;
  /**
   * Google thumbnails for hidden slides too. Default false: what convert needs (it leaves hidden
   * slides out, and each thumbnail spends the 60-a-minute quota); render passes true.
   */
  includeHidden?: boolean;
  /** Only these slides' thumbnails (render --slides). */
  slides?: number[];
  signal?: AbortSignal;
  onProgress?: ProgressListener;
}

export async function loadDeck(source: DeckSource, o: LoadOptions = {}): Promise<LoadedDeck> {
  if (source.kind === 'file') return { deck: await readDeck({ path: source.path }), warnings: [] };
  return readGoogleSlides(source.id, {
    renderer: o.renderer,
    includeHidden: o.includeHidden ?? false,
    thumbnailSlides: o.slides,
    signal: o.signal,
    onProgress: o.onProgress,
  });
}

/**
 * Default output for `convert` without -o: beside the file for a file; for a Google deck, in the
 * current folder, named after the deck's title (made safe as a file name), else its id.
 */
export function defaultOutput(source: DeckSource, deckTitle = ''): string {
  if (source.kind === 'file') return source.path.replace(/\.(pptx|ppsx|pptm)$/i, '') + '.mp4';
  return `${safeFileName(deckTitle) || source.id}.mp4`;
}

export function safeFileName(title: string): string {
  return title
    .normalize('NFC')
    .replace(/[\u0000-\u001f\u007f<>:"/\\|?*]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^\.+/, '')
    .slice(0, 120)
    .trim();
}
