/**
 * The card stylesheet: palette and fonts from the style lock, sizes from the frame scale.
 * Static CSS only (pages run without JavaScript); text boxes clamp their lines so nothing can
 * spill out of its region whatever the estimate in fit-text.ts got wrong.
 */
import type { StyleLock } from '../style/style-lock.js';
import { fontStack } from '../style/fonts.js';
import type { Script } from '../text/scripts.js';

/** Frame dimensions in CSS px and the scale against the 1080 px short side. */
export interface CssFrame {
  width: number;
  height: number;
  s: number;
}

export function cardCss(lock: StyleLock, frame: CssFrame, script: Script, hideText: boolean): string {
  const p = lock.palette;
  const s = frame.s;
  const px = (n: number) => `${Math.round(n * s * 10) / 10}px`;
  const heading = fontStack(lock.fonts.heading, script);
  const body = fontStack(lock.fonts.body, script);
  // Letter-spacing and capitals break joined scripts (Arabic) and mean nothing without case.
  const caseless = script !== 'latin' && script !== 'cyrillic' && script !== 'greek';
  return `
*{margin:0;padding:0;box-sizing:border-box}
html,body{width:${frame.width}px;height:${frame.height}px;overflow:hidden}
body{position:relative;background:#${p.background};color:#${p.text};font-family:${body};
  text-rendering:optimizeLegibility;-webkit-font-smoothing:antialiased}
.abs{position:absolute}
.col{display:flex;flex-direction:column;justify-content:center;align-items:stretch}
.t{overflow-wrap:anywhere;word-break:normal;hyphens:auto}
.clamp{display:-webkit-box;-webkit-box-orient:vertical;overflow:hidden}
.kicker{font-family:${heading};font-weight:700;color:#${p.accentText};line-height:1.25;
  ${caseless ? '' : 'text-transform:uppercase;letter-spacing:.12em;'}}
.headline{font-family:${heading};font-weight:700;color:#${p.heading};line-height:1.12;${caseless ? '' : 'letter-spacing:-.01em;'}}
.bar{flex:none;height:${px(10)};width:${px(104)};border-radius:${px(5)};background:#${p.accent};
  margin:${px(34)} 0 ${px(38)} 0}
.points{list-style:none;display:flex;flex-direction:column;gap:${px(22)}}
.points li{display:flex;align-items:flex-start;gap:${px(22)}}
.dot{flex:none;width:${px(16)};height:${px(16)};border-radius:${px(5)};transform:rotate(45deg)}
.point{color:#${p.text};line-height:1.34}
.blob{position:absolute;background:#${p.tint}}
.ring{position:absolute;border-radius:50%;border:${px(6)} solid #${p.accent2};opacity:.35}
.spot{position:absolute;border-radius:50%}
.icon{position:absolute}
.icon svg{display:block;width:100%;height:100%;filter:drop-shadow(0 ${px(22)} ${px(26)} rgba(0,0,0,.14))}
.panel{position:absolute;background:#${p.surface};border-radius:${px(36)};
  box-shadow:0 ${px(18)} ${px(44)} rgba(20,30,60,.10),0 ${px(2)} ${px(6)} rgba(20,30,60,.06)}
.badge{display:flex;align-items:center;justify-content:center;border-radius:50%;background:#${p.accent};
  color:#${p.onAccent};font-family:${heading};font-weight:700}
.line-icon{color:#${p.accentText}}
.line-icon svg{display:block;width:100%;height:100%}
.figure{font-family:${heading};font-weight:700;color:#${p.accentText};line-height:1;white-space:nowrap;
  font-variant-numeric:lining-nums}
.stripe{position:absolute;left:0;right:0;bottom:0;height:${px(14)};display:flex}
.stripe i{flex:1}
${hideText ? '.t{color:transparent !important}' : ''}
`;
}
