/**
 * What every element builder needs: unique ids for SVG defs, pictures, the theme, shared CSS classes
 * (font stacks are long and repeat on every run) and a warning sink.
 */
import type { Theme } from '../deck/model.js';
import type { MediaUris } from './media.js';

export interface RenderContext {
  /** A fresh id for SVG defs, unique within the page. */
  id(prefix: string): string;
  media: MediaUris;
  theme?: Theme;
  /** Deck-level language for font fallback order. */
  lang: string;
  /** Class name for a CSS declaration block, shared by every element that uses the same one. */
  cssClass(declarations: string): string;
  /** The collected CSS rules, for the page's <style>. */
  css(): string;
  /** Report a problem once per deck (the caller de-duplicates). */
  warn(message: string): void;
}

export function makeContext(media: MediaUris, opts: { theme?: Theme; lang?: string; warn?: (m: string) => void } = {}): RenderContext {
  let n = 0;
  const classes = new Map<string, string>();
  return {
    id: (prefix) => `${prefix}${++n}`,
    media,
    theme: opts.theme,
    lang: opts.lang ?? '',
    cssClass(decl) {
      let c = classes.get(decl);
      if (!c) classes.set(decl, (c = `c${classes.size + 1}`));
      return c;
    },
    css: () => [...classes].map(([decl, c]) => `.${c}{${decl}}`).join('\n'),
    warn: opts.warn ?? (() => {}),
  };
}
