/**
 * A theme part as the element readers need it: the colour scheme, the font scheme and the
 * format scheme (fill/line/effect/background style lists that shapes reference by index through
 * p:style and bg refs). Parsed by theme.ts.
 */
import type { FontSet, ThemeColors } from '../model.js';
import type { XmlNode } from '../xml.js';

export interface ThemeData {
  name: string;
  colors: ThemeColors;
  fonts: { major: FontSet; minor: FontSet };
  /** a:fmtScheme lists, kept as XML: a style reference resolves them with its own colour (phClr). */
  fillStyles: XmlNode[];
  lineStyles: XmlNode[];
  effectStyles: XmlNode[];
  bgFillStyles: XmlNode[];
}
