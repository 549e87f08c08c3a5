/**
 * Spreadsheet date and time codes (m/d/yy, mmm-yy, d mmmm yyyy, h:mm AM/PM …) over serial day numbers,
 * as chart categories and axes on a date scale show them.
 */

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const DAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

/** Serial day number (1900 or 1904 date system) -> UTC date. */
function serialToDate(v: number, date1904: boolean): Date {
  // Day 60 of the 1900 system is the non-existent 29 Feb 1900 (a Lotus compatibility quirk).
  const days = date1904 ? v + 1462 : v < 60 ? v + 1 : v;
  const ms = Math.round((days - 25569) * 86400000);
  return new Date(ms);
}

/** True when a section (without quoted text, [..] tags and escapes) has date or time parts. */
export function isDateCode(code: string): boolean {
  const bare = code.replace(/"[^"]*"|\[[^\]]*\]|\\./g, '');
  return /[dy]/i.test(bare) || /m/i.test(bare) && !/[0#]/.test(bare);
}

export function formatDate(v: number, code: string, date1904: boolean): string {
  const d = serialToDate(v, date1904);
  const pad = (n: number) => String(n).padStart(2, '0');
  const tokens = code.replace(/\[[^\]]*\]/g, '').match(/"[^"]*"|\\.|yyyy|yy|mmmmm|mmmm|mmm|mm|m|dddd|ddd|dd|d|hh|h|ss|s|AM\/PM|am\/pm|./gi) ?? [];
  const hour = d.getUTCHours();
  const ampm = tokens.some((t) => /am\/pm/i.test(t));
  let out = '';
  tokens.forEach((t, i) => {
    const prev = tokens.slice(0, i).reverse().find((x) => /^[hdysm]/i.test(x));
    const next = tokens.slice(i + 1).find((x) => /^[hdysm]/i.test(x));
    // "m" after an hour or before seconds is minutes, elsewhere the month.
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
