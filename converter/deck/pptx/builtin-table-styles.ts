/**
 * PowerPoint's built-in table styles, for decks that reference one by GUID without defining it in
 * /ppt/tableStyles.xml (PowerPoint only writes the styles a deck uses, and other writers often skip
 * even those). Each family is written once from its published definition, parameterised by its
 * colour, and emitted in exactly the a:tblStyle shape of a tableStyles.xml part so that one code path
 * (table-styles.ts) resolves both.
 *
 * Families with a plain (non-accent) variant use dk1 or tx1 for it, as PowerPoint does.
 */
import { parseXml, type XmlNode } from '../xml.js';
import { BUILTIN_STYLES as STYLES } from './builtin-table-style-ids.js';

const A = 'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"';

/** "accent1" or "accent1/tint:20000" (transforms separated by "/"). */
function clr(spec: string): string {
  const [val, ...mods] = spec.split('/');
  const inner = mods.map((m) => {
    const [k, v] = m.split(':');
    return `<a:${k} val="${v}"/>`;
  }).join('');
  return inner ? `<a:schemeClr val="${val}">${inner}</a:schemeClr>` : `<a:schemeClr val="${val}"/>`;
}

const solid = (c: string) => `<a:solidFill>${clr(c)}</a:solidFill>`;
const ln = (w: number, c: string, cmpd = 'sng') => `<a:ln w="${w}" cmpd="${cmpd}">${solid(c)}</a:ln>`;
const lnRef = (idx: number, c: string) => `<a:lnRef idx="${idx}">${clr(c)}</a:lnRef>`;
const NOLN = '<a:ln><a:noFill/></a:ln>';
const fill = (c: string) => `<a:fill>${solid(c)}</a:fill>`;
const NOFILL = '<a:fill><a:noFill/></a:fill>';
const fillRef = (idx: number, c: string) => `<a:fillRef idx="${idx}">${clr(c)}</a:fillRef>`;

type Side = 'left' | 'right' | 'top' | 'bottom' | 'insideH' | 'insideV';
const SIDES: Side[] = ['left', 'right', 'top', 'bottom', 'insideH', 'insideV'];

interface Region {
  /** Text colour (scheme spec) and/or bold. */
  text?: string;
  bold?: boolean;
  borders?: Partial<Record<Side, string>>;
  /** a:fill / a:fillRef markup. */
  fill?: string;
}

function region(name: string, r: Region): string {
  let tx = '';
  if (r.text !== undefined || r.bold) {
    const b = r.bold ? ' b="on"' : '';
    tx = r.text !== undefined
      ? `<a:tcTxStyle${b}><a:fontRef idx="minor"><a:prstClr val="black"/></a:fontRef>${clr(r.text)}</a:tcTxStyle>`
      : `<a:tcTxStyle${b}/>`;
  }
  const bdr = SIDES.filter((s) => r.borders?.[s]).map((s) => `<a:${s}>${r.borders![s]}</a:${s}>`).join('');
  return `<a:${name}>${tx}<a:tcStyle><a:tcBdr>${bdr}</a:tcBdr>${r.fill ?? ''}</a:tcStyle></a:${name}>`;
}

/** Same border on every side listed. */
function all(line: string, sides: Side[] = SIDES): Partial<Record<Side, string>> {
  return Object.fromEntries(sides.map((s) => [s, line]));
}

const OUTER: Side[] = ['left', 'right', 'top', 'bottom'];

type Family = (c: string, c2: string) => string;

const FAMILIES: Record<string, Family> = {
  light1: (c) =>
    region('wholeTbl', { text: 'tx1', borders: { ...all(NOLN), top: ln(12700, c), bottom: ln(12700, c) }, fill: NOFILL }) +
    region('band1H', { fill: fill(`${c}/alpha:20000`) }) + region('band2H', {}) +
    region('band1V', { fill: fill(`${c}/alpha:20000`) }) +
    region('lastCol', { bold: true }) + region('firstCol', { bold: true }) +
    region('lastRow', { bold: true, borders: { top: ln(12700, c) }, fill: NOFILL }) +
    region('firstRow', { bold: true, borders: { bottom: ln(12700, c) }, fill: NOFILL }),
  light2: (c) =>
    region('wholeTbl', { text: 'tx1', borders: { ...all(lnRef(1, c), OUTER), insideH: NOLN, insideV: NOLN }, fill: NOFILL }) +
    region('band1H', { borders: { top: lnRef(1, c), bottom: lnRef(1, c) } }) +
    region('band1V', { borders: { left: lnRef(1, c), right: lnRef(1, c) } }) +
    region('band2V', { borders: { left: lnRef(1, c), right: lnRef(1, c) } }) +
    region('lastCol', { bold: true }) + region('firstCol', { bold: true }) +
    region('lastRow', { bold: true, borders: { top: ln(50800, c, 'dbl') } }) +
    region('firstRow', { bold: true, text: 'bg1', fill: fillRef(1, c) }),
  light3: (c) =>
    region('wholeTbl', { text: 'tx1', borders: all(ln(12700, c)), fill: NOFILL }) +
    region('band1H', { fill: fill(`${c}/alpha:20000`) }) + region('band1V', { fill: fill(`${c}/alpha:20000`) }) +
    region('lastCol', { bold: true }) + region('firstCol', { bold: true }) +
    region('lastRow', { bold: true, borders: { top: ln(50800, c, 'dbl') }, fill: NOFILL }) +
    region('firstRow', { bold: true, borders: { bottom: ln(25400, c) }, fill: NOFILL }),
  medium1: (c) =>
    region('wholeTbl', { text: 'dk1', borders: { ...all(ln(12700, c)), insideV: NOLN }, fill: fill('lt1') }) +
    region('band1H', { fill: fill(`${c}/tint:20000`) }) + region('band1V', { fill: fill(`${c}/tint:20000`) }) +
    region('lastCol', { bold: true }) + region('firstCol', { bold: true }) +
    region('lastRow', { bold: true, borders: { top: ln(50800, c, 'dbl') }, fill: fill('lt1') }) +
    region('firstRow', { bold: true, text: 'lt1', fill: fill(c) }),
  medium2: (c) =>
    region('wholeTbl', { text: 'dk1', borders: all(ln(12700, 'lt1')), fill: fill(`${c}/tint:20000`) }) +
    region('band1H', { fill: fill(`${c}/tint:40000`) }) + region('band2H', {}) +
    region('band1V', { fill: fill(`${c}/tint:40000`) }) + region('band2V', {}) +
    region('lastCol', { bold: true, text: 'lt1', fill: fill(c) }) +
    region('firstCol', { bold: true, text: 'lt1', fill: fill(c) }) +
    region('lastRow', { bold: true, text: 'lt1', borders: { top: ln(38100, 'lt1') }, fill: fill(c) }) +
    region('firstRow', { bold: true, text: 'lt1', borders: { bottom: ln(38100, 'lt1') }, fill: fill(c) }),
  medium3: (c) =>
    region('wholeTbl', {
      text: 'dk1',
      borders: { ...all(NOLN), top: ln(25400, 'dk1'), bottom: ln(25400, 'dk1') },
      fill: fill('lt1'),
    }) +
    region('band1H', { fill: fill('dk1/tint:20000') }) + region('band1V', { fill: fill('dk1/tint:20000') }) +
    region('lastCol', { bold: true, text: 'lt1', fill: fill(c) }) +
    region('firstCol', { bold: true, text: 'lt1', fill: fill(c) }) +
    region('lastRow', { bold: true, borders: { top: ln(50800, 'dk1', 'dbl') }, fill: fill('lt1') }) +
    region('seCell', { bold: true, text: 'dk1' }) + region('swCell', { bold: true, text: 'dk1' }) +
    region('firstRow', { bold: true, text: 'lt1', borders: { bottom: ln(25400, 'dk1') }, fill: fill(c) }),
  medium4: (c) =>
    region('wholeTbl', { text: 'dk1', borders: all(ln(12700, c)), fill: fill(`${c}/tint:20000`) }) +
    region('band1H', { fill: fill(`${c}/tint:40000`) }) + region('band1V', { fill: fill(`${c}/tint:40000`) }) +
    region('lastCol', { bold: true }) + region('firstCol', { bold: true }) +
    region('lastRow', { bold: true, borders: { top: ln(25400, c) }, fill: fill(`${c}/tint:20000`) }) +
    region('firstRow', { bold: true, fill: fill(`${c}/tint:20000`) }),
  dark1: (c) =>
    region('wholeTbl', { text: 'lt1', borders: all(NOLN), fill: fill(c) }) +
    region('band1H', { fill: fill(`${c}/shade:60000`) }) + region('band1V', { fill: fill(`${c}/shade:60000`) }) +
    region('lastCol', { bold: true, borders: { left: ln(25400, 'lt1') }, fill: fill(`${c}/shade:60000`) }) +
    region('firstCol', { bold: true, borders: { right: ln(25400, 'lt1') }, fill: fill(`${c}/shade:60000`) }) +
    region('lastRow', { bold: true, borders: { top: ln(25400, 'lt1') }, fill: fill(`${c}/shade:40000`) }) +
    region('seCell', { borders: { left: NOLN } }) + region('swCell', { borders: { right: NOLN } }) +
    region('firstRow', { bold: true, borders: { bottom: ln(25400, 'lt1') }, fill: fill('dk1') }) +
    region('neCell', { borders: { left: NOLN } }) + region('nwCell', { borders: { right: NOLN } }),
  dark2: (c, c2) =>
    region('wholeTbl', { text: 'dk1', borders: all(NOLN), fill: fill(`${c}/tint:20000`) }) +
    region('band1H', { fill: fill(`${c}/tint:40000`) }) + region('band1V', { fill: fill(`${c}/tint:40000`) }) +
    region('lastCol', { bold: true }) + region('firstCol', { bold: true }) +
    region('lastRow', { bold: true, borders: { top: ln(50800, 'dk1', 'dbl') }, fill: fill(`${c}/tint:20000`) }) +
    region('firstRow', { bold: true, text: 'lt1', fill: fill(c2) }),
  /** "Themed Style 1": theme line styles on every edge; the plain variant is "No Style, No Grid". */
  themed1: (c) =>
    `<a:tblBg>${fillRef(2, c)}<a:effectRef idx="1">${clr(c)}</a:effectRef></a:tblBg>` +
    region('wholeTbl', { text: 'dk1', borders: all(lnRef(1, c)), fill: NOFILL }) +
    region('band1H', { fill: fill(`${c}/alpha:40000`) }) + region('band2H', {}) +
    region('band1V', { borders: { top: lnRef(1, c), bottom: lnRef(1, c) }, fill: fill(`${c}/alpha:40000`) }) +
    region('band2V', {}) +
    region('lastCol', { bold: true, borders: { ...all(lnRef(1, c)), left: lnRef(2, c), insideV: NOLN } }) +
    region('firstCol', { bold: true, borders: { ...all(lnRef(1, c)), right: lnRef(2, c), insideV: NOLN } }) +
    region('lastRow', {
      bold: true,
      borders: { left: lnRef(1, c), right: lnRef(1, c), top: lnRef(2, c), bottom: lnRef(2, c), insideH: NOLN, insideV: NOLN },
      fill: NOFILL,
    }) +
    region('firstRow', {
      bold: true,
      text: 'lt1',
      borders: { left: lnRef(1, c), right: lnRef(1, c), top: lnRef(1, c), bottom: lnRef(2, 'lt1'), insideH: NOLN, insideV: NOLN },
      fill: fill(c),
    }),
  /** "Themed Style 2": the accent fill comes from the theme's third fill style behind the table. */
  themed2: (c) =>
    `<a:tblBg>${fillRef(3, c)}<a:effectRef idx="3">${clr(c)}</a:effectRef></a:tblBg>` +
    region('wholeTbl', { text: 'lt1', borders: { ...all(lnRef(1, `${c}/tint:50000`), OUTER), insideH: NOLN, insideV: NOLN }, fill: NOFILL }) +
    region('band1H', { fill: fill('lt1/alpha:20000') }) + region('band1V', { fill: fill('lt1/alpha:20000') }) +
    region('lastCol', { bold: true, borders: { left: lnRef(2, 'lt1') } }) +
    region('firstCol', { bold: true, borders: { right: lnRef(2, 'lt1') } }) +
    region('lastRow', { bold: true, borders: { top: lnRef(2, 'lt1') }, fill: NOFILL }) +
    region('seCell', { borders: { left: NOLN, top: NOLN } }) + region('swCell', { borders: { right: NOLN, top: NOLN } }) +
    region('firstRow', { bold: true, borders: { bottom: lnRef(3, 'lt1') }, fill: NOFILL }) +
    region('neCell', { borders: { bottom: NOLN } }),
  noGrid: () => region('wholeTbl', { text: 'tx1', borders: all(NOLN), fill: NOFILL }),
  tableGrid: () => region('wholeTbl', { text: 'tx1', borders: all(ln(12700, 'tx1')), fill: NOFILL }),
};

/** The built-in style ids this module knows (upper case, with braces). */
export function builtinTableStyleIds(): string[] {
  return Object.keys(STYLES);
}

/** The a:tblStyle markup of a built-in style, or undefined for an unknown id. */
export function builtinTableStyleXml(styleId: string): string | undefined {
  const s = STYLES[styleId.trim().toUpperCase()];
  if (!s) return undefined;
  const [family, c, c2, name] = s;
  const body = FAMILIES[family]!(c, c2);
  return `<a:tblStyle ${A} styleId="${styleId.trim().toUpperCase()}" styleName="${name}">${body}</a:tblStyle>`;
}

const parsed = new Map<string, XmlNode | null>();

/** Parsed a:tblStyle of a built-in style (cached), or undefined. */
export function builtinTableStyle(styleId: string): XmlNode | undefined {
  const key = styleId.trim().toUpperCase();
  if (!parsed.has(key)) {
    const xml = builtinTableStyleXml(key);
    parsed.set(key, xml ? parseXml(xml) : null);
  }
  return parsed.get(key) ?? undefined;
}
