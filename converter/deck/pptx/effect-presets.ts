/**
 * PowerPoint's animation presets by number (p:cTn presetID with presetClass), as names for the model.
 * Entrance and exit effects share the numbering (10 is "fade" in and "fade" out). Only the common
 * emphasis effects are named, and motion paths are all "path": neither changes what is on screen at the
 * end of a step, so their names are for people reading the model.
 */
import type { BuildEffect } from '../model.js';

const ENTRANCE_EXIT: Record<number, string> = {
  1: 'appear', 2: 'fly', 3: 'blinds', 4: 'box', 5: 'checkerboard', 6: 'circle', 7: 'crawl', 8: 'diamond',
  9: 'dissolve', 10: 'fade', 11: 'flash', 12: 'peek', 13: 'plus', 14: 'random-bars', 15: 'spiral',
  16: 'split', 17: 'stretch', 18: 'strips', 19: 'swivel', 20: 'wedge', 21: 'wheel', 22: 'wipe', 23: 'zoom',
  24: 'random', 25: 'boomerang', 26: 'bounce', 27: 'color-typewriter', 28: 'credits', 29: 'ease',
  30: 'float', 31: 'grow-turn', 34: 'light-speed', 35: 'pinwheel', 37: 'rise', 38: 'swish', 39: 'thin-line',
  40: 'unfold', 41: 'whip', 42: 'ascend', 43: 'center-revolve', 45: 'fade-swivel', 47: 'descend',
  48: 'sling', 49: 'spinner', 50: 'compress', 51: 'zip', 52: 'arc', 53: 'fade-zoom', 54: 'glide',
  55: 'expand', 56: 'flip', 58: 'fold',
};

const EMPHASIS: Record<number, string> = {
  1: 'fill-color', 2: 'font', 3: 'font-color', 4: 'font-size', 5: 'font-style', 6: 'grow-shrink',
  7: 'line-color', 8: 'spin', 9: 'transparency', 10: 'bold-flash',
};

const CLASSES: Record<string, BuildEffect['kind']> = { entr: 'entrance', exit: 'exit', emph: 'emphasis', path: 'path' };

export function effectKind(presetClass: string | undefined): BuildEffect['kind'] | undefined {
  return presetClass === undefined ? undefined : CLASSES[presetClass] ?? 'other';
}

export function presetName(kind: BuildEffect['kind'], presetId: number | undefined): string {
  if (presetId === undefined) return 'custom';
  if (kind === 'entrance' || kind === 'exit') return ENTRANCE_EXIT[presetId] ?? 'custom';
  if (kind === 'emphasis') return EMPHASIS[presetId] ?? 'custom';
  return kind === 'path' ? 'path' : 'custom';
}
