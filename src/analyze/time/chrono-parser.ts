import * as chrono from 'chrono-node';
import type { Candidate, CandidateParser, TimeSpec } from './candidate.js';

/**
 * Base candidates from chrono-node: it is good at the many written forms of calendar dates
 * ("Mar. 6", "6 Mar 2021", "March 6, 2021", "May 2018", "6/3/2021", "8 p.m.").
 * We keep only what chrono states for certain (its `assign`, not its `imply`) and leave
 * relative expressions, weekdays, durations and year resolution to our own rules, because
 * TIMEX3 needs their granularity (a week, a year) and tense-aware direction, which chrono
 * does not give.
 */

// chrono resolves against this date only for what it implies, which we discard, so any
// fixed date keeps results independent of the wall clock.
// A trimmed chrono: only the parsers for written calendar dates and clock times. Weekdays,
// casual words ("today") and relative units are our rules' job, and every parser chrono runs
// costs time on every window. Refiners stay (they merge "Saturday, Mar. 6" and date ranges).
const KEEP_PARSERS = /^(?:ENYearMonthDayParser|ISOFormatParser|SlashDateFormatParser|ENMonthNameLittleEndianParser|ENMonthNameMiddleEndianParser|ENWeekdayParser|ENTimeExpressionParser|ENYearMonthNameParser|ENMonthNameParser)$/;
const parser = chrono.en.casual.clone();
parser.parsers = parser.parsers.filter((p) => KEEP_PARSERS.test(p.constructor.name));

const FIXED_REF = new Date(Date.UTC(2000, 5, 15, 12));
const LEADING_PREP = /^(?:on|at|in|by|from|since|until|till|of|during)\s+/i;
const HAS_DATE_WORD = /\b(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\b|\d{4}-\d\d-\d\d|\d{1,2}\/\d{1,2}\/\d{2,4}/i;
const CLOCK = /\d\s*(?:a\.?m\.?|p\.?m\.?)(?![a-z])|\d:\d\d/i;

// chrono runs only on windows around a month name, a numeric date or a clock time: the rest of
// the text cannot hold what we keep from it, and this makes the stage several times faster.
const TRIGGER = /\b(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\b|\d{4}-\d\d-\d\d|\d{1,2}\/\d{1,2}\/\d{2,4}|\d\s*[ap]\.?m\b|\d:\d\d/gi;
const WINDOW = 40;

function windows(text: string): [number, number][] {
  const out: [number, number][] = [];
  let m: RegExpExecArray | null;
  for (TRIGGER.lastIndex = 0; (m = TRIGGER.exec(text)); ) {
    if (m[0] === 'may' || m[0] === 'march') continue; // the modal and the verb
    let s = Math.max(0, m.index - WINDOW);
    let e = Math.min(text.length, m.index + m[0].length + WINDOW);
    while (s > 0 && !/\s/.test(text[s - 1]!)) s--;
    while (e < text.length && !/\s/.test(text[e]!)) e++;
    const last = out[out.length - 1];
    if (last && s <= last[1]) last[1] = Math.max(last[1], e);
    else out.push([s, e]);
  }
  return out;
}

export const chronoParser: CandidateParser = ({ text }) => {
  const out: Candidate[] = [];
  for (const [ws, we] of windows(text)) for (const r of parser.parse(text.slice(ws, we), FIXED_REF)) {
    const c = r.start;
    let start = ws + r.index;
    let t = r.text;
    const lead = LEADING_PREP.exec(t);
    if (lead) { start += lead[0].length; t = t.slice(lead[0].length); }
    t = t.replace(/[\s,;:(]+$/, '');
    const hasMonth = c.isCertain('month') && HAS_DATE_WORD.test(t);
    const hasClock = c.isCertain('hour') && CLOCK.test(t);
    if (!hasMonth && !hasClock) continue;
    const spec: TimeSpec = { kind: 'calendar' };
    if (c.isCertain('year')) spec.year = c.get('year')!;
    if (hasMonth) spec.month = c.get('month')!;
    if (hasMonth && c.isCertain('day')) spec.day = c.get('day')!;
    if (hasClock) { spec.hour = c.get('hour')!; spec.minute = c.get('minute') ?? 0; }
    if (!hasMonth && c.isCertain('weekday')) spec.weekday = c.get('weekday')!;
    const cand: Candidate = { start, end: start + t.length, text: t, spec, source: 'chrono', explicit: spec.year !== undefined, priority: 1 };
    // "Saturday, Mar. 6": chrono read the weekday with the date; keep it as evidence
    if (hasMonth && c.isCertain('weekday')) cand.statedWeekday = c.get('weekday')!;
    out.push(cand);
  }
  return out;
};
