/**
 * Text of a:fld date/time fields. PowerPoint shows the current date when the slide is viewed, so a
 * video made today shows today's date; the formats follow PowerPoint's datetime1..13 (en-US).
 */
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const DAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

const pad = (n: number) => String(n).padStart(2, '0');

export function formatDateField(type: string, now: Date = new Date()): string {
  const d = now.getDate();
  const m = now.getMonth();
  const y = now.getFullYear();
  const mdy = `${m + 1}/${d}/${y}`;
  const h24 = now.getHours();
  const h12 = h24 % 12 === 0 ? 12 : h24 % 12;
  const ampm = h24 < 12 ? 'AM' : 'PM';
  const min = pad(now.getMinutes());
  const sec = pad(now.getSeconds());
  switch (type) {
    case 'datetime2': return `${DAYS[now.getDay()]}, ${MONTHS[m]} ${d}, ${y}`;
    case 'datetime3': return `${d} ${MONTHS[m]} ${y}`;
    case 'datetime4': return `${MONTHS[m]} ${d}, ${y}`;
    case 'datetime5': return `${d}-${MONTHS[m].slice(0, 3)}-${pad(y % 100)}`;
    case 'datetime6': return `${MONTHS[m]} ${pad(y % 100)}`;
    case 'datetime7': return `${MONTHS[m].slice(0, 3)}-${pad(y % 100)}`;
    case 'datetime8': return `${mdy} ${h12}:${min} ${ampm}`;
    case 'datetime9': return `${mdy} ${h12}:${min}:${sec} ${ampm}`;
    case 'datetime10': return `${h24}:${min}`;
    case 'datetime11': return `${h24}:${min}:${sec}`;
    case 'datetime12': return `${h12}:${min} ${ampm}`;
    case 'datetime13': return `${h12}:${min}:${sec} ${ampm}`;
    default: return mdy; // datetime, datetime1 and unknown date formats
  }
}
