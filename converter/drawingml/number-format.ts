/**
 * Spreadsheet number format codes (the formatCode of a chart's caches and c:numFmt), the one
 * implementation for category labels, value axes and data labels, following Excel's rules:
 *  - sections "positive;negative;zero": with two or more, a negative number is written by the second
 *    section without its minus sign (the section writes its own sign or brackets), zero by the third;
 *  - 0 is a digit always shown, # a digit shown when significant, ? a digit or a space;
 *  - a comma between digit placeholders groups thousands, commas after the last one divide by 1000 each;
 *  - every % multiplies by 100 and is shown where it stands; E+00 / E-00 is scientific notation;
 *  - "text", \c and [$€-407] currency tags are shown; colours, conditions, _x padding and *x fills are not;
 *  - codes with day, month or year parts format a serial day number as a date (date-format.ts).
 * "General" (alone or with literal text around it) shows up to 10 significant digits.
 */
import { formatDate, isDateCode } from './date-format.js';

/** "General": up to 10 significant digits, no trailing zeros. */
export function formatGeneral(v: number): string {
  if (Number.isInteger(v) && Math.abs(v) < 1e11) return String(v);
  return Number(v.toPrecision(10)).toString();
}

/** Format a number with a spreadsheet format code (no code, or "General": formatGeneral). */
export function formatNumber(v: number, code?: string, date1904 = false): string {
  if (!code || /^general$/i.test(code.trim())) return formatGeneral(v);
  const sections = splitSections(code);
  const negative = v < 0 && sections.length > 1;
  const section = (negative ? sections[1] : v === 0 && sections.length > 2 ? sections[2] : sections[0]) ?? code;
  if (/^general$/i.test(section.trim())) return formatGeneral(v);
  if (isDateCode(section)) return formatDate(v, section, date1904);
  const s = formatSection(Math.abs(v), section);
  return v < 0 && !negative ? `-${s}` : s;
}

/** Sections split at ';' outside quoted text and escapes. */
function splitSections(code: string): string[] {
  const out: string[] = [];
  let current = '';
  for (let i = 0; i < code.length; i++) {
    const c = code[i]!;
    if (c === '"') {
      const end = code.indexOf('"', i + 1);
      const stop = end < 0 ? code.length : end + 1;
      current += code.slice(i, stop);
      i = stop - 1;
    } else if (c === '\\') {
      current += code.slice(i, i + 2);
      i++;
    } else if (c === ';') {
      out.push(current);
      current = '';
    } else current += c;
  }
  out.push(current);
  return out;
}

/** The code with quoted text, escapes, [..] tags, _x and *x blanked out (same length), to find placeholders in. */
function mask(code: string): string {
  return code.replace(/"[^"]*"?|\\.|\[[^\]]*\]|[_*]./g, (m) => ' '.repeat(m.length));
}

/** What the literal parts of a code show. */
function literal(s: string): string {
  return s.replace(/"([^"]*)"?|\\(.)|\[\$([^-\]]*)[^\]]*\]|\[[^\]]*\]|[_*]./g, (_m, q, e, cur) => q ?? e ?? cur ?? '');
}

const NUMBER = /[0#?,.]*[0#?](?:[0#?,.]*[0#?])?,*(?:[eE][+-][0#?]+)?/;

/** One section for a non-negative number. */
function formatSection(x: number, section: string): string {
  const masked = mask(section);
  const percents = (masked.match(/%/g) ?? []).length;
  const scaled = x * 100 ** percents;
  const general = /general/i.exec(masked);
  if (general) return literal(section.slice(0, general.index)) + formatGeneral(scaled) + literal(section.slice(general.index + 7));
  const num = NUMBER.exec(masked);
  if (!num) return literal(section);
  const spec = num[0];
  const sci = /[eE]([+-])([0#?]+)$/.exec(spec);
  const body = sci ? scientific(scaled, spec.slice(0, sci.index), spec[sci.index]!, sci[1]!, sci[2]!) : digits(scaled, spec);
  return literal(section.slice(0, num.index)) + body + literal(section.slice(num.index + spec.length));
}

/** A number by a digit spec such as "#,##0.00", "0.0#", "#,##0,," (x >= 0). */
function digits(x: number, spec: string): string {
  const [intRaw = '', fracRaw] = spec.split('.') as [string, string | undefined];
  const intSpec = intRaw.replace(/,+$/, '');
  const fracSpec = (fracRaw ?? '').replace(/,+$/, '');
  const scale = intRaw.length - intSpec.length + ((fracRaw ?? '').length - fracSpec.length);
  const fracHolders = fracSpec.replace(/[^0#?]/g, '');
  const [int, frac = ''] = (x / 1000 ** scale).toFixed(fracHolders.length).split('.') as [string, string?];
  // Optional decimals: trailing zeros under # go, under ? become spaces, under 0 stay.
  let f = frac;
  for (let i = fracHolders.length - 1; i >= 0 && f[i] === '0' && fracHolders[i] !== '0'; i--) {
    f = fracHolders[i] === '?' ? `${f.slice(0, i)} ${f.slice(i + 1)}` : f.slice(0, i);
  }
  const minInt = (intSpec.match(/0/g) ?? []).length;
  let i = int === '0' && minInt === 0 ? '' : int.padStart(minInt, '0');
  if (/[0#?],+[0#?]/.test(intSpec)) i = i.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return fracRaw === undefined ? i : `${i}.${f}`;
}

/** Scientific notation: mantissa by its spec (several integer placeholders = exponent in steps of them). */
function scientific(x: number, mantissa: string, e: string, sign: string, expSpec: string): string {
  const step = Math.max(1, (mantissa.split('.')[0]!.match(/[0#?]/g) ?? []).length);
  let exp = x === 0 ? 0 : Math.floor(Math.floor(Math.log10(x)) / step) * step;
  let m = digits(x / 10 ** exp, mantissa);
  // Rounding can carry the mantissa to the next power (9.99 -> "10.0"): move one step up.
  if (x !== 0 && Number(m.replace(/,/g, '')) >= 10 ** step) m = digits(x / 10 ** (exp += step), mantissa);
  const expDigits = String(Math.abs(exp)).padStart((expSpec.match(/0/g) ?? []).length, '0');
  const expSign = exp < 0 ? '-' : sign === '+' ? '+' : '';
  return `${m}${e}${expSign}${expDigits}`;
}
