import { type Ymd, daysBetween, fmtDay, parseIsoDate, weekday } from '../analyze/time/date-math.js';
import type { AnalyzedArticle } from '../model/analyzed.js';

/**
 * What an article's own text says about its date, independently of its header: dates written
 * with their weekday ("Saturday (March 6)") pin the year by themselves (within a few years of
 * any date the story offers), dates written in full ("2 February 2020") are exact, and dates
 * without a year ("March 6") only give a month and day.
 */

export interface DateEvidence {
  articleId: string;
  /** The date it supports (YYYY-MM-DD), or null when only month-day is known. */
  date: string | null;
  month: number;
  day: number;
  /** 'weekday-date': weekday + date; 'full-date': year stated; 'month-day': no year. */
  strength: 'weekday-date' | 'full-date' | 'month-day';
  expression: string;
  sentence: string;
}

const WEEKDAY_NAMES = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
export const weekdayName = (d: number): string => WEEKDAY_NAMES[d] ?? '?';

/** The year near `years` in which month/day falls on `wd`; null if none is within two years. */
function yearForWeekday(month: number, day: number, wd: number, years: number[]): number | null {
  let best: number | null = null;
  let bestDist = Infinity;
  for (const center of years) {
    for (let y = center - 2; y <= center + 2; y++) {
      if (weekday({ y, m: month, d: day }) !== wd) continue;
      const dist = Math.abs(y - center);
      if (dist < bestDist) { best = y; bestDist = dist; }
    }
  }
  return best;
}

/** Evidence from one article's time expressions; `years` are the years the story suggests. */
export function collectDateEvidence(item: AnalyzedArticle, years: number[]): DateEvidence[] {
  const out: DateEvidence[] = [];
  for (const t of item.timexes) {
    const st = t.stated;
    if (!st || st.month === undefined || st.day === undefined) continue;
    const base = { articleId: item.article.id, month: st.month, day: st.day, expression: t.text, sentence: item.sentences[t.sentence]?.text ?? t.text };
    if (st.year !== undefined) {
      out.push({ ...base, date: fmtDay({ y: st.year, m: st.month, d: st.day }), strength: st.weekday !== undefined ? 'weekday-date' : 'full-date' });
    } else if (st.weekday !== undefined && years.length) {
      const y = yearForWeekday(st.month, st.day, st.weekday, years);
      out.push({ ...base, date: y === null ? null : fmtDay({ y, m: st.month, d: st.day }), strength: y === null ? 'month-day' : 'weekday-date' });
    } else {
      out.push({ ...base, date: null, strength: 'month-day' });
    }
  }
  return out;
}

/** Month-day evidence placed in the year that brings it nearest to `ref`. */
export function placeNear(e: DateEvidence, ref: Ymd): Ymd {
  const opts = [ref.y - 1, ref.y, ref.y + 1].map((y) => ({ y, m: e.month, d: e.day }));
  return opts.reduce((a, b) => (Math.abs(daysBetween(ref, b)) < Math.abs(daysBetween(ref, a)) ? b : a));
}

export function headerDate(item: AnalyzedArticle): Ymd | null {
  return parseIsoDate(item.article.publishedAt);
}
