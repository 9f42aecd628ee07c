/** Calendar arithmetic on plain {y, m, d} values (UTC, no time zones): the few operations
 *  TIMEX3 values need (weekday, ISO week, adding days), kept dependency-free for speed. */

export interface Ymd { y: number; m: number; d: number }

const MS_DAY = 86_400_000;

export function toUtc(v: Ymd): number {
  return Date.UTC(v.y, v.m - 1, v.d);
}

export function fromUtc(t: number): Ymd {
  const dt = new Date(t);
  return { y: dt.getUTCFullYear(), m: dt.getUTCMonth() + 1, d: dt.getUTCDate() };
}

export function addDays(v: Ymd, n: number): Ymd {
  return fromUtc(toUtc(v) + n * MS_DAY);
}

/** 0 = Sunday ... 6 = Saturday. */
export function weekday(v: Ymd): number {
  return new Date(toUtc(v)).getUTCDay();
}

export function daysBetween(a: Ymd, b: Ymd): number {
  return Math.round((toUtc(b) - toUtc(a)) / MS_DAY);
}

/** ISO-8601 week: the year that owns the week and the week number. */
export function isoWeek(v: Ymd): { year: number; week: number } {
  const t = toUtc(v);
  const dow = (new Date(t).getUTCDay() + 6) % 7; // Monday = 0
  const thursday = fromUtc(t + (3 - dow) * MS_DAY);
  const jan4 = { y: thursday.y, m: 1, d: 4 };
  const jan4dow = (weekday(jan4) + 6) % 7;
  const week1Monday = toUtc(jan4) - jan4dow * MS_DAY;
  return { year: thursday.y, week: Math.floor((toUtc(thursday) - week1Monday) / (7 * MS_DAY)) + 1 };
}

const pad2 = (n: number): string => (n < 10 ? `0${n}` : String(n));
const pad4 = (n: number): string => String(n).padStart(4, '0');

export function fmtDay(v: Ymd): string {
  return `${pad4(v.y)}-${pad2(v.m)}-${pad2(v.d)}`;
}
export function fmtMonth(y: number, m: number): string {
  return `${pad4(y)}-${pad2(m)}`;
}
export function fmtYear(y: number): string {
  return pad4(y);
}
export function fmtWeek(v: Ymd): string {
  const w = isoWeek(v);
  return `${pad4(w.year)}-W${pad2(w.week)}`;
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})/;

/** Parses the date part of an ISO date or date-time; null when there is none. */
export function parseIsoDate(s: string | null | undefined): Ymd | null {
  if (!s) return null;
  const m = ISO_DATE.exec(s);
  if (!m) return null;
  const v = { y: Number(m[1]), m: Number(m[2]), d: Number(m[3]) };
  if (v.m < 1 || v.m > 12 || v.d < 1 || v.d > 31) return null;
  return v;
}

/** Number of days in a month. */
export function monthLength(y: number, m: number): number {
  return new Date(Date.UTC(y, m, 0)).getUTCDate();
}
