import * as chrono from 'chrono-node';
import type { Candidate, CandidateParser, TimeSpec } from './candidate.js';

/**
 * Base candidates from chrono-node: it is good at the many written forms of calendar dates
 * ("Feb. 2", "2 Feb 2020", "February 2, 2020", "March 2019", "2/3/2020", "8 p.m.").
 * We keep only what chrono states for certain (its `assign`, not its `imply`) and leave
 * relative expressions, weekdays, durations and year resolution to our own rules, because
 * TIMEX3 needs their granularity (a week, a year) and tense-aware direction, which chrono
 * does not give.
 */

// chrono resolves against this date only for what it implies, which we discard, so any
// fixed date keeps results independent of the wall clock.
const FIXED_REF = new Date(Date.UTC(2000, 5, 15, 12));
const LEADING_PREP = /^(?:on|at|in|by|from|since|until|till|of|during)\s+/i;
const HAS_DATE_WORD = /\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?|\d{4}-\d\d-\d\d|\d{1,2}\/\d{1,2}\/\d{2,4}/i;
const CLOCK = /\d\s*(?:a\.?m\.?|p\.?m\.?)(?![a-z])|\d:\d\d/i;

export const chronoParser: CandidateParser = ({ text }) => {
  const out: Candidate[] = [];
  for (const r of chrono.en.casual.parse(text, FIXED_REF)) {
    const c = r.start;
    let start = r.index;
    let t = r.text;
    const lead = LEADING_PREP.exec(t);
    if (lead) { start += lead[0].length; t = t.slice(lead[0].length); }
    const hasMonth = c.isCertain('month') && HAS_DATE_WORD.test(t);
    const hasClock = c.isCertain('hour') && CLOCK.test(t);
    if (!hasMonth && !hasClock) continue;
    const spec: TimeSpec = { kind: 'calendar' };
    if (c.isCertain('year')) spec.year = c.get('year')!;
    if (hasMonth) spec.month = c.get('month')!;
    if (hasMonth && c.isCertain('day')) spec.day = c.get('day')!;
    if (hasClock) { spec.hour = c.get('hour')!; spec.minute = c.get('minute') ?? 0; }
    out.push({
      start,
      end: start + t.length,
      text: t,
      spec,
      source: 'chrono',
      explicit: spec.year !== undefined,
      priority: 1,
    });
  }
  return out;
};
