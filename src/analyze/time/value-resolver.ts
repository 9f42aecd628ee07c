import type { TimePrecision, TimeTense } from '../../model/time.js';
import type { Candidate, PartOfDay } from './candidate.js';
import { type Ymd, addDays, daysBetween, fmtDay, fmtMonth, fmtWeek, fmtYear, monthLength, weekday } from './date-math.js';

/**
 * Turns a candidate's spec into a TIMEX3 value against the anchor (the article's date) and the
 * clause's tense. Direction rules: a weekday or a year-less date in a past clause is the latest
 * one not after the anchor (the same day when it is the anchor's weekday); in a future clause
 * the earliest one not before it; with no tense, the nearest. Without an anchor the value keeps
 * X placeholders (XXXX-06, XXXX-WXX-7).
 */

export interface Resolved {
  kind: 'date' | 'time' | 'duration' | 'set';
  value: string;
  precision: TimePrecision;
  explicit: boolean;
}

const pad2 = (n: number): string => (n < 10 ? `0${n}` : String(n));
const withPart = (v: string, part: PartOfDay | undefined): string => (part ? `${v}T${part}` : v);

/** Year for a month (and day) written without one. A day-level date is the nearest one unless
 *  the tense contradicts it by more than three months ("Jan. 14" a week after the anchor stays in this
 *  year even if a past verb is near); a bare month likewise, with a three-month margin ("was
 *  inaugurated in June" in February is last June; "in January" in November is next January). */
function inferYear(anchor: Ymd, month: number, day: number | undefined, tense: TimeTense | undefined): number {
  const cands = [anchor.y - 1, anchor.y, anchor.y + 1];
  const diff = (y: number): number => {
    if (day !== undefined) return daysBetween(anchor, { y, m: month, d: Math.min(day, monthLength(y, month)) });
    return (y - anchor.y) * 12 + (month - anchor.m);
  };
  const nearest = cands.reduce((a, b) => (Math.abs(diff(b)) < Math.abs(diff(a)) ? b : a));
  if (day !== undefined) {
    if (tense === 'past' && diff(nearest) > 92) return nearest - 1;
    if (tense === 'future' && diff(nearest) < -92) return nearest + 1;
    return nearest;
  }
  if (tense === 'past' && diff(nearest) > 3) return nearest - 1;
  if (tense === 'future' && diff(nearest) < -3) return nearest + 1;
  return nearest;
}

function resolveWeekday(anchor: Ymd, wd: number, tense: TimeTense | undefined, shift: number | undefined): Ymd {
  const delta = wd - weekday(anchor);
  if (shift === -1) return addDays(anchor, delta < 0 ? delta : delta - 7); // "last Friday": the previous one
  if (shift === 1) return addDays(anchor, delta > 0 ? delta : delta + 7); // "next Monday": the coming one
  if (delta === 0) return anchor;
  const back = delta < 0 ? delta : delta - 7; // days to the previous one
  const fwd = delta > 0 ? delta : delta + 7;
  if (tense === 'future') return addDays(anchor, fwd);
  if (tense === 'past' || tense === 'present') return addDays(anchor, back);
  return addDays(anchor, -back <= fwd ? back : fwd);
}

const QUARTER_OF = (m: number): number => Math.floor((m - 1) / 3) + 1;

/** The reference for anaphoric expressions: the last resolved date, at its precision. */
export interface Reference { date: Ymd; precision: 'year' | 'month' | 'day' }

export function resolveCandidate(c: Candidate, anchor: Ymd | null, tense: TimeTense | undefined, ref: Reference | null = null): Resolved {
  const s = c.spec;
  switch (s.kind) {
    case 'anaphoric':
      return resolveAnaphoric(s.unit, s.offset, s.part, ref ?? (anchor ? { date: anchor, precision: 'day' } : null));
    case 'literal':
      return { kind: s.type, value: s.value, precision: s.precision, explicit: c.explicit };
    case 'calendar': {
      const hasTime = s.hour !== undefined;
      if (s.month === undefined) {
        // a clock time, on a known day or on the weekday written with it ("9 a.m. Sunday")
        const wd = s.weekday;
        // a bare clock time belongs to the day the text mentioned last, else to the anchor's day
        const base = wd === undefined && ref?.precision === 'day' ? ref.date : anchor;
        const day = base ? fmtDay(wd === undefined ? base : resolveWeekday(base, wd, tense, undefined)) : wd === undefined ? 'XXXX-XX-XX' : `XXXX-WXX-${wd === 0 ? 7 : wd}`;
        return { kind: 'time', value: `${day}T${pad2(s.hour ?? 0)}:${pad2(s.minute ?? 0)}`, precision: 'time', explicit: false };
      }
      const year = s.year ?? (anchor ? inferYear(anchor, s.month, s.day, tense) : null);
      const y = year === null ? 'XXXX' : fmtYear(year);
      if (s.day === undefined) return { kind: 'date', value: `${y}-${pad2(s.month)}`, precision: 'month', explicit: s.year !== undefined };
      let v = `${y}-${pad2(s.month)}-${pad2(s.day)}`;
      if (hasTime) v += `T${pad2(s.hour!)}:${pad2(s.minute ?? 0)}`;
      else if (s.part) v += `T${s.part}`;
      return { kind: hasTime ? 'time' : 'date', value: v, precision: hasTime ? 'time' : 'day', explicit: s.year !== undefined };
    }
    case 'weekday': {
      if (!anchor) return { kind: 'date', value: withPart(`XXXX-WXX-${s.weekday === 0 ? 7 : s.weekday}`, s.part), precision: 'day', explicit: false };
      const d = resolveWeekday(anchor, s.weekday, tense, s.shift);
      return { kind: s.part ? 'time' : 'date', value: withPart(fmtDay(d), s.part), precision: s.part ? 'time' : 'day', explicit: false };
    }
    case 'day-offset': {
      if (!anchor) return { kind: 'date', value: withPart('XXXX-XX-XX', s.part), precision: 'day', explicit: false };
      return { kind: s.part ? 'time' : 'date', value: withPart(fmtDay(addDays(anchor, s.offset)), s.part), precision: s.part ? 'time' : 'day', explicit: false };
    }
    case 'unit-offset':
      return resolveUnitOffset(s.unit, s.offset, s.quarter, anchor, tense);
    case 'ago': {
      if (!anchor) return { kind: 'date', value: 'PAST_REF', precision: 'ref', explicit: false };
      if (s.unit === 'year' || s.unit === 'decade' || s.unit === 'century') {
        const n = s.n * (s.unit === 'decade' ? 10 : s.unit === 'century' ? 100 : 1);
        return { kind: 'date', value: fmtYear(anchor.y - n), precision: 'year', explicit: false };
      }
      if (s.unit === 'month') {
        const t = anchor.y * 12 + anchor.m - 1 - s.n;
        return { kind: 'date', value: fmtMonth(Math.floor(t / 12), (t % 12) + 1), precision: 'month', explicit: false };
      }
      if (s.unit === 'week') return { kind: 'date', value: fmtWeek(addDays(anchor, -7 * s.n)), precision: 'week', explicit: false };
      return { kind: 'date', value: fmtDay(addDays(anchor, -s.n)), precision: 'day', explicit: false };
    }
    case 'season': {
      if (!anchor) return { kind: 'date', value: `XXXX-${s.season}`, precision: 'season', explicit: false };
      const y = s.offset === null ? anchor.y : anchor.y + s.offset;
      return { kind: 'date', value: `${fmtYear(y)}-${s.season}`, precision: 'season', explicit: false };
    }
    case 'month-offset': {
      if (!anchor) return { kind: 'date', value: `XXXX-${pad2(s.month)}`, precision: 'month', explicit: false };
      let y = anchor.y;
      if (s.offset === -1 && s.month >= anchor.m) y -= 1;
      if (s.offset === 1 && s.month <= anchor.m) y += 1;
      return { kind: 'date', value: fmtMonth(y, s.month), precision: 'month', explicit: false };
    }
  }
}

function resolveUnitOffset(unit: string, offset: number, quarter: number | undefined, anchor: Ymd | null, tense?: TimeTense): Resolved {
  if (!anchor) {
    const ref = offset < 0 ? 'PAST_REF' : offset > 0 ? 'FUTURE_REF' : 'PRESENT_REF';
    return { kind: 'date', value: ref, precision: 'ref', explicit: false };
  }
  switch (unit) {
    case 'week':
      return { kind: 'date', value: fmtWeek(addDays(anchor, 7 * offset)), precision: 'week', explicit: false };
    case 'weekend': {
      const wd = weekday(anchor);
      const sat = addDays(anchor, (6 - wd + 7) % 7 - (wd === 0 ? 7 : 0)); // this week's Saturday
      // "the weekend" on a weekday is the one just gone unless the clause is in the future
      if (offset === 0 && tense !== 'future' && wd >= 1 && wd <= 5) offset = -1;
      return { kind: 'date', value: `${fmtWeek(addDays(sat, 7 * offset))}-WE`, precision: 'week', explicit: false };
    }
    case 'month': {
      const t = anchor.y * 12 + anchor.m - 1 + offset;
      return { kind: 'date', value: fmtMonth(Math.floor(t / 12), (t % 12) + 1), precision: 'month', explicit: false };
    }
    case 'quarter': {
      let y = anchor.y;
      let q = QUARTER_OF(anchor.m) + offset;
      if (quarter !== undefined) { q = quarter; if (q > QUARTER_OF(anchor.m)) y -= 1; }
      while (q < 1) { q += 4; y -= 1; }
      while (q > 4) { q -= 4; y += 1; }
      return { kind: 'date', value: `${fmtYear(y)}-Q${q}`, precision: 'quarter', explicit: false };
    }
    default:
      return { kind: 'date', value: fmtYear(anchor.y + offset), precision: 'year', explicit: false };
  }
}

const RANK = { year: 0, month: 1, day: 2 } as const;

function resolveAnaphoric(unit: string, offset: number, part: PartOfDay | undefined, ref: Reference | null): Resolved {
  const need = unit === 'year' ? 'year' : unit === 'month' ? 'month' : 'day';
  if (!ref || RANK[ref.precision] < RANK[need]) {
    const p = unit === 'year' ? 'XXXX' : unit === 'month' ? 'XXXX-XX' : 'XXXX-XX-XX';
    return { kind: 'date', value: p, precision: need === 'day' ? 'day' : need, explicit: false };
  }
  const d = ref.date;
  if (unit === 'year') return { kind: 'date', value: fmtYear(d.y + offset), precision: 'year', explicit: false };
  if (unit === 'month') {
    const t = d.y * 12 + d.m - 1 + offset;
    return { kind: 'date', value: fmtMonth(Math.floor(t / 12), (t % 12) + 1), precision: 'month', explicit: false };
  }
  if (unit === 'week') return { kind: 'date', value: fmtWeek(addDays(d, 7 * offset)), precision: 'week', explicit: false };
  const day = addDays(d, offset);
  return { kind: part ? 'time' : 'date', value: withPart(fmtDay(day), part), precision: part ? 'time' : 'day', explicit: false };
}
