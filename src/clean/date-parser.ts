/**
 * Publication dates as written in metadata, headers, URLs and bylines, to ISO 8601.
 * Hand-written on purpose: Date.parse accepts impossible dates and guesses time zones, and
 * chrono-node resolves relative phrases, which a publication date must never be.
 */

const MONTHS: Record<string, number> = {
  jan: 1, feb: 2, mar: 3, apr: 4, may: 5, jun: 6, jul: 7, aug: 8, sep: 9, sept: 9, oct: 10, nov: 11, dec: 12,
};
const ISO = /^(\d{4})-(\d{1,2})(?:-(\d{1,2}))?(?:[T\s](\d{1,2}):(\d{2})(?::(\d{2})(?:[.,]\d+)?)?\s*(Z|UTC|GMT|[+-]\d{2}(?::?\d{2})?)?)?$/i;
const SLASH_YMD = /^(\d{4})[/.](\d{1,2})[/.](\d{1,2})\b/;
const COMPACT = /^(\d{4})(\d{2})(\d{2})(?:T(\d{2})(\d{2})(\d{2})?)?(Z)?$/;
const WEEKDAY = /^(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?\s+/i;
const MDY = /^([A-Za-z]{3,9})\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})(?:[,\s]+(?:at\s+)?(\d{1,2}):(\d{2})(?::(\d{2}))?\s*([ap]\.?m\.?)?\s*(Z|UTC|GMT|[+-]\d{2}:?\d{2})?)?/i;
const DMY = /^(\d{1,2})(?:st|nd|rd|th)?\s+([A-Za-z]{3,9})\.?,?\s+(\d{4})(?:[,\s]+(?:at\s+)?(\d{1,2}):(\d{2})(?::(\d{2}))?\s*([ap]\.?m\.?)?\s*(Z|UTC|GMT|[+-]\d{2}:?\d{2})?)?/i;
const EPOCH = /^\d{9,13}$/;

export interface DateParts {
  year: number;
  month: number;
  day?: number;
  hour?: number;
  minute?: number;
  second?: number;
  /** "Z" or "+hh:mm"; absent when the source gave none. */
  zone?: string;
}

const pad = (n: number, w = 2): string => String(n).padStart(w, '0');

function zoneOf(z: string | undefined): string | undefined {
  if (!z) return undefined;
  if (/^(?:z|utc|gmt)$/i.test(z)) return 'Z';
  const m = /^([+-])(\d{2}):?(\d{2})?$/.exec(z);
  return m ? `${m[1]}${m[2]}:${m[3] ?? '00'}` : undefined;
}

function withTime(p: DateParts, h?: string, mi?: string, s?: string, ampm?: string, z?: string): DateParts {
  if (h === undefined || mi === undefined) return p;
  let hour = Number(h);
  if (ampm) { const pm = /^p/i.test(ampm); if (hour === 12) hour = pm ? 12 : 0; else if (pm) hour += 12; }
  const out: DateParts = { ...p, hour, minute: Number(mi), second: s ? Number(s) : 0 };
  const zone = zoneOf(z);
  if (zone) out.zone = zone;
  return out;
}

/** Splits a date string into parts without validating them; null when the form is unknown. */
export function parseDateParts(input: string): DateParts | null {
  const s = input.trim().replace(WEEKDAY, '');
  let m = ISO.exec(s);
  if (m) return withTime({ year: +m[1]!, month: +m[2]!, ...(m[3] ? { day: +m[3] } : {}) }, m[4], m[5], m[6], undefined, m[7]);
  m = COMPACT.exec(s);
  if (m) return withTime({ year: +m[1]!, month: +m[2]!, day: +m[3]! }, m[4], m[5], m[6] ?? '0', undefined, m[7]);
  m = SLASH_YMD.exec(s);
  if (m) return { year: +m[1]!, month: +m[2]!, day: +m[3]! };
  m = MDY.exec(s);
  if (m && MONTHS[m[1]!.slice(0, 3).toLowerCase()]) return withTime({ year: +m[3]!, month: MONTHS[m[1]!.slice(0, 3).toLowerCase()]!, day: +m[2]! }, m[4], m[5], m[6], m[7], m[8]);
  m = DMY.exec(s);
  if (m && MONTHS[m[2]!.slice(0, 3).toLowerCase()]) return withTime({ year: +m[3]!, month: MONTHS[m[2]!.slice(0, 3).toLowerCase()]!, day: +m[1]! }, m[4], m[5], m[6], m[7], m[8]);
  if (EPOCH.test(s)) {
    const d = new Date(s.length > 10 ? Number(s) : Number(s) * 1000);
    return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate(), hour: d.getUTCHours(), minute: d.getUTCMinutes(), second: d.getUTCSeconds(), zone: 'Z' };
  }
  return null;
}

/** True when the parts name a real calendar day and time. */
export function isValidParts(p: DateParts): boolean {
  if (p.month < 1 || p.month > 12) return false;
  if (p.day !== undefined) {
    const days = new Date(Date.UTC(p.year, p.month, 0)).getUTCDate();
    if (p.day < 1 || p.day > days) return false;
  }
  if (p.hour !== undefined && (p.hour > 23 || (p.minute ?? 0) > 59 || (p.second ?? 0) > 60)) return false;
  return true;
}

/** ISO 8601 text of the parts: YYYY-MM, YYYY-MM-DD, or YYYY-MM-DDTHH:MM:SS[zone]. */
export function formatParts(p: DateParts): string {
  let s = `${pad(p.year, 4)}-${pad(p.month)}`;
  if (p.day === undefined) return s;
  s += `-${pad(p.day)}`;
  if (p.hour === undefined) return s;
  return `${s}T${pad(p.hour)}:${pad(p.minute ?? 0)}:${pad(p.second ?? 0)}${p.zone ?? ''}`;
}

/** A date string to ISO 8601, or null when it is not a valid date. */
export function parseDateString(input: string): string | null {
  const p = parseDateParts(input);
  return p && isValidParts(p) ? formatParts(p) : null;
}

const URL_DATE = /\/((?:19|20)\d{2})[/-](0?[1-9]|1[0-2])[/-](0?[1-9]|[12]\d|3[01])(?=[/-]|$)/;
const URL_COMPACT = /\/((?:19|20)\d{2})(0[1-9]|1[0-2])(0[1-9]|[12]\d|3[01])\//;

/** A date in a URL path: /2021/03/06/, /2021-03-06/, /20210306/. */
export function dateFromUrl(url: string): string | null {
  let path: string;
  try { path = new URL(url).pathname; } catch { return null; }
  const m = URL_DATE.exec(path) ?? URL_COMPACT.exec(path);
  if (!m) return null;
  return parseDateString(`${m[1]}-${m[2]!.padStart(2, '0')}-${m[3]!.padStart(2, '0')}`);
}
