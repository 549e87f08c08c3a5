/**
 * A small subset of spreadsheet number formats, enough to show chart categories the way PowerPoint
 * does: "General", fixed decimals, thousands separators, percent, currency/literal text, and dates
 * stored as serial day numbers (m/d/yy, mmm-yy, d mmmm yyyy …). Unknown codes fall back to General.
 */

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const DAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

/** "General": up to 10 significant digits, no trailing zeros. */
export function formatGeneral(v: number): string {
  if (Number.isInteger(v) && Math.abs(v) < 1e11) return String(v);
  const s = Number(v.toPrecision(10)).toString();
  return s;
}

/** Serial day number (1900 or 1904 date system) -> UTC date. */
function serialToDate(v: number, date1904: boolean): Date {
  // Day 60 of the 1900 system is the non-existent 29 Feb 1900 (a Lotus compatibility quirk).
  const days = date1904 ? v + 1462 : v < 60 ? v + 1 : v;
  const ms = Math.round((days - 25569) * 86400000);
  return new Date(ms);
}

function isDateCode(code: string): boolean {
  const bare = code.replace(/"[^"]*"|\[[^\]]*\]|\\./g, '');
  return /[dy]/i.test(bare) || /m/i.test(bare) && !/[0#]/.test(bare);
}

function formatDate(v: number, code: string, date1904: boolean): string {
  const d = serialToDate(v, date1904);
  const pad = (n: number) => String(n).padStart(2, '0');
  const tokens = code.replace(/\[[^\]]*\]/g, '').match(/"[^"]*"|\\.|yyyy|yy|mmmmm|mmmm|mmm|mm|m|dddd|ddd|dd|d|hh|h|ss|s|AM\/PM|am\/pm|./gi) ?? [];
  const hour = d.getUTCHours();
  const ampm = tokens.some((t) => /am\/pm/i.test(t));
  let out = '';
  tokens.forEach((t, i) => {
    const prev = tokens.slice(0, i).reverse().find((x) => /^[hdysm]/i.test(x));
    const next = tokens.slice(i + 1).find((x) => /^[hdysm]/i.test(x));
    const minute = /^m{1,2}$/i.test(t) && (/^h/i.test(prev ?? '') || /^s/i.test(next ?? ''));
    const l = t.toLowerCase();
    if (t.startsWith('"')) out += t.slice(1, -1);
    else if (t.startsWith('\\')) out += t.slice(1);
    else if (l === 'yyyy') out += d.getUTCFullYear();
    else if (l === 'yy') out += pad(d.getUTCFullYear() % 100);
    else if (minute) out += l === 'mm' ? pad(d.getUTCMinutes()) : d.getUTCMinutes();
    else if (l === 'mmmmm') out += MONTHS[d.getUTCMonth()]![0];
    else if (l === 'mmmm') out += MONTHS[d.getUTCMonth()];
    else if (l === 'mmm') out += MONTHS[d.getUTCMonth()]!.slice(0, 3);
    else if (l === 'mm') out += pad(d.getUTCMonth() + 1);
    else if (l === 'm') out += d.getUTCMonth() + 1;
    else if (l === 'dddd') out += DAYS[d.getUTCDay()];
    else if (l === 'ddd') out += DAYS[d.getUTCDay()]!.slice(0, 3);
    else if (l === 'dd') out += pad(d.getUTCDate());
    else if (l === 'd') out += d.getUTCDate();
    else if (l === 'hh' || l === 'h') {
      const h = ampm ? ((hour + 11) % 12) + 1 : hour;
      out += l === 'hh' ? pad(h) : h;
    } else if (l === 'ss') out += pad(d.getUTCSeconds());
    else if (l === 's') out += d.getUTCSeconds();
    else if (l === 'am/pm') out += hour < 12 ? 'AM' : 'PM';
    else out += t;
  });
  return out;
}

function formatFixed(v: number, code: string): string {
  // Quoted text, escaped characters and currency tags are shown; colours, conditions and padding are not.
  const literal = (s: string) => s.replace(/"([^"]*)"|\\(.)|\[\$([^-\]]*)[^\]]*\]|\[[^\]]*\]|[_*]./g, (_m, q, e, cur) => q ?? e ?? cur ?? '');
  // Find the digit placeholders outside quoted text and [...] tags (a locale tag holds digits too).
  const num = /[0#?][0#?,.]*%?|%/.exec(code.replace(/"[^"]*"|\[[^\]]*\]|\\./g, (m) => ' '.repeat(m.length)));
  if (!num) return literal(code);
  const spec = num[0];
  const percent = code.includes('%');
  const decimals = (spec.split('.')[1] ?? '').replace(/[^0#?]/g, '').length;
  const thousands = /[0#],[0#]/.test(spec);
  const x = Math.abs(percent ? v * 100 : v);
  let s = x.toFixed(decimals);
  if (thousands) {
    const [int, frac] = s.split('.');
    s = int!.replace(/\B(?=(\d{3})+(?!\d))/g, ',') + (frac !== undefined ? `.${frac}` : '');
  }
  const before = literal(code.slice(0, num.index));
  const after = literal(code.slice(num.index + spec.length)).replace('%', '');
  return `${before}${s}${percent ? '%' : ''}${after}`;
}

/** Format a number with a spreadsheet format code. */
export function formatNumber(v: number, code: string | undefined, date1904 = false): string {
  if (!code || /^general$/i.test(code.trim())) return formatGeneral(v);
  const sections = code.split(';');
  const negative = v < 0 && sections.length > 1;
  const section = (negative ? sections[1] : v === 0 && sections.length > 2 ? sections[2] : sections[0]) ?? code;
  if (/^general$/i.test(section.trim())) return formatGeneral(v);
  if (isDateCode(section)) return formatDate(v, section, date1904);
  const s = formatFixed(v, section);
  return v < 0 && !negative ? `-${s}` : s;
}
