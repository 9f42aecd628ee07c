import type { Candidate, CandidateParser } from './candidate.js';

/**
 * TIMEX3 references and sets: "now", "currently" (PRESENT_REF), "recently", "the past"
 * (PAST_REF), "the future", "the near future" (FUTURE_REF); "daily", "every week", "each year" (SET).
 * These carry no date, but TempEval scores them and they tell a timeline what is not datable.
 */

const REFS: [RegExp, string][] = [
  [/\b(?:now|currently|nowadays|these\s+days|at\s+present|the\s+present|at\s+the\s+moment|current(?=\s+(?![a-z]+ed\b)[a-z]))\b/gi, 'PRESENT_REF'],
  [/\b(?:recently|(?:in\s+)?recent\s+times|the\s+past(?!\s+(?:few|several|two|three|four|five|six|seven|eight|nine|ten|\d|year|month|week|day|decade|century|centuries))|at\s+the\s+time)\b/gi, 'PAST_REF'],
  [/\b(?:(?:the\s+(?:near\s+|foreseeable\s+)?|near\s+)future|the\s+coming\s+(?:years|months|weeks|days)|in\s+the\s+years\s+to\s+come)\b/gi, 'FUTURE_REF'],
];
const SET_RE = /\b(?:(daily|weekly|monthly|annually|yearly|hourly|nightly)|(?:every|each)\s+(day|week|month|year|morning|evening|night|weekend|summer|winter|spring|autumn|fall|sunday|monday|tuesday|wednesday|thursday|friday|saturday))\b/gi;
const SET_VALUES: Record<string, string> = {
  daily: 'P1D', weekly: 'P1W', monthly: 'P1M', annually: 'P1Y', yearly: 'P1Y', hourly: 'PT1H', nightly: 'TNI',
  day: 'P1D', week: 'P1W', month: 'P1M', year: 'P1Y', morning: 'TMO', evening: 'TEV', night: 'TNI', weekend: 'XXXX-WXX-WE',
  summer: 'XXXX-SU', winter: 'XXXX-WI', spring: 'XXXX-SP', autumn: 'XXXX-FA', fall: 'XXXX-FA',
  sunday: 'XXXX-WXX-7', monday: 'XXXX-WXX-1', tuesday: 'XXXX-WXX-2', wednesday: 'XXXX-WXX-3', thursday: 'XXXX-WXX-4',
  friday: 'XXXX-WXX-5', saturday: 'XXXX-WXX-6',
};

export const referenceParser: CandidateParser = ({ text }) => {
  const out: Candidate[] = [];
  let m: RegExpExecArray | null;
  for (const [re, value] of REFS) {
    for (re.lastIndex = 0; (m = re.exec(text)); ) {
      let start = m.index;
      let t = m[0];
      const lead = /^in\s+/i.exec(t);
      if (lead) { start += lead[0].length; t = t.slice(lead[0].length); }
      out.push({
        start, end: start + t.length, text: t,
        spec: { kind: 'literal', type: 'date', value, precision: 'ref' }, source: 'reference', explicit: false, priority: 0,
      });
    }
  }
  for (SET_RE.lastIndex = 0; (m = SET_RE.exec(text)); ) {
    const key = (m[1] ?? m[2]!).toLowerCase();
    const value = SET_VALUES[key]!;
    out.push({
      start: m.index, end: m.index + m[0].length, text: m[0],
      spec: { kind: 'literal', type: 'set', value, precision: 'none' }, source: 'set', explicit: true, priority: 0,
    });
  }
  return out;
};
