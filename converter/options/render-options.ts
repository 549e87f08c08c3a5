/**
 * THE options of rendering slides to PNG files (renderDeck, `deck2video render`), in one table like
 * convert-options.ts (see there how to add one).
 */
import type { PagePool } from '../engines/lazy-chrome-pool.js';
import type { ProgressListener } from '../progress.js';
import { number, text, textOr, value, type OptionsOf } from './option-kinds.js';

const isSlideList = (v: unknown): v is readonly number[] => Array.isArray(v) && v.every((n) => Number.isInteger(n));

export const RENDER_OPTIONS = {
  /** Folder for slide-001.png, slide-002.png, … (created if missing). */
  outDir: text({}, { flag: '-o, --out <dir>', help: 'folder for slide-001.png, slide-002.png, … (created if missing)', required: true }),
  /** Image width in pixels (default 1920); the height follows the slide's aspect. */
  width: number(
    { min: 16, max: 7680, whole: true, expect: 'a whole number of pixels from 16 to 7680' },
    { flag: '--width <px>', help: 'image width in pixels; the height follows the slide size (default 1920)' },
  ),
  /** Only these slides (1-based, hidden slides count): [3, 5, 6] or '3,5-9'. Default: every slide. */
  slides: textOr(
    text({ pattern: /^\d+(\s*-\s*\d+)?(\s*,\s*\d+(\s*-\s*\d+)?)*$/, expect: 'numbers and ranges like 3,5-9' }),
    isSlideList,
    'slide numbers, or a list like "3,5-9"',
    { flag: '--slides <list>', help: 'only these slides, e.g. 3,5-9 (1-based, hidden slides count)' },
  ),
  /** Chromium pages used in parallel (default 2). */
  pages: number({ min: 1, max: 16, whole: true, expect: 'a whole number from 1 to 16' }),
  /** A browser to reuse (e.g. across several decks); when absent one is started and closed. */
  pool: value((v): v is PagePool => typeof v === 'object' && v !== null && typeof (v as PagePool).screenshot === 'function', 'a page pool'),
  signal: value((v): v is AbortSignal => v instanceof AbortSignal, 'an AbortSignal'),
  onProgress: value((v): v is ProgressListener => typeof v === 'function', 'a function'),
};

export type RenderOptions = OptionsOf<typeof RENDER_OPTIONS> & { outDir: string };
