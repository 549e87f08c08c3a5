/**
 * A deck's own slide transition, as the nearest ffmpeg xfade transition. Only calm ones are kept
 * as they are; PowerPoint's showy effects (vortex, curtains, …) become a plain fade, which is what
 * a lecture video wants anyway.
 */
import type { Transition } from '../deck/model.js';

const BY_DIRECTION: Record<string, Record<string, string>> = {
  push: { l: 'slideleft', r: 'slideright', u: 'slideup', d: 'slidedown' },
  wipe: { l: 'wipeleft', r: 'wiperight', u: 'wipeup', d: 'wipedown' },
  cover: { l: 'coverleft', r: 'coverright', u: 'coverup', d: 'coverdown' },
  pull: { l: 'revealleft', r: 'revealright', u: 'revealup', d: 'revealdown' },
};

const SIMPLE: Record<string, string> = {
  fade: 'fade', dissolve: 'dissolve', circle: 'circleopen', zoom: 'zoomin', split: 'vertopen',
  randomBar: 'hblur', wedge: 'radial', wheel: 'radial', diamond: 'diagtl', plus: 'squeezeh',
  checker: 'pixelize', blinds: 'hlslice', strips: 'diagbl', newsflash: 'zoomin',
};

/** The covers/reveals were added to xfade after ffmpeg 5.1: map them onto slides there. */
const OLDER_FFMPEG: Record<string, string> = {
  coverleft: 'slideleft', coverright: 'slideright', coverup: 'slideup', coverdown: 'slidedown',
  revealleft: 'slideleft', revealright: 'slideright', revealup: 'slideup', revealdown: 'slidedown',
};

/** undefined = the deck says nothing (use --transition); 'cut' = the deck asks for none. */
export function xfadeForDeckTransition(t: Transition | undefined): string | undefined {
  if (!t) return undefined;
  if (t.type === 'cut' || t.type === 'none') return 'cut';
  const dir = (t.direction ?? 'l').slice(0, 1).toLowerCase();
  const directed = BY_DIRECTION[t.type]?.[dir] ?? BY_DIRECTION[t.type]?.l;
  const name = directed ?? SIMPLE[t.type] ?? 'fade';
  return OLDER_FFMPEG[name] ?? name;
}
