/**
 * Inline SVG from the Iconify JSON icon sets shipped as npm packages (both MIT):
 * Fluent Emoji Flat (colourful illustrations, 32x32) and Tabler (line icons, 24x24, currentColor).
 */
import { ConvertError } from '../../errors.js';
import { loadPackageJson } from '../package-data.js';
import type { IconSvg } from '../types.js';

interface IconifySet {
  prefix: string;
  width?: number;
  height?: number;
  icons: Record<string, { body: string; width?: number; height?: number; hFlip?: boolean }>;
  aliases?: Record<string, { parent: string; hFlip?: boolean }>;
}

export type IconSetName = 'fluent-emoji-flat' | 'tabler';

function iconSet(set: IconSetName): IconifySet {
  const data = loadPackageJson<IconifySet>(`@iconify-json/${set}/icons.json`);
  if (!data) {
    throw new ConvertError('INTERNAL', `The icon set @iconify-json/${set} is missing: run "npm ci" to reinstall dependencies`);
  }
  return data;
}

export function hasIcon(set: IconSetName, name: string): boolean {
  const s = iconSet(set);
  return name in s.icons || name in (s.aliases ?? {});
}

/** All icon names of a set (aliases included). */
export function iconNames(set: IconSetName): string[] {
  const s = iconSet(set);
  return [...Object.keys(s.icons), ...Object.keys(s.aliases ?? {})];
}

/** The icon as a standalone <svg> element sized by CSS (no width/height attributes). */
export function iconSvg(set: IconSetName, name: string): IconSvg {
  const s = iconSet(set);
  let flip = false;
  let target = name;
  const alias = s.aliases?.[name];
  if (alias) {
    target = alias.parent;
    flip = !!alias.hFlip;
  }
  const icon = s.icons[target];
  if (!icon) throw new ConvertError('INTERNAL', `Icon ${set}:${name} does not exist in the installed icon set`);
  const w = icon.width ?? s.width ?? 16;
  const h = icon.height ?? s.height ?? 16;
  if (icon.hFlip) flip = !flip;
  const body = flip ? `<g transform="translate(${w} 0) scale(-1 1)">${icon.body}</g>` : icon.body;
  return {
    id: `${set}:${name}`,
    svg: `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${w} ${h}" aria-hidden="true">${body}</svg>`,
  };
}
