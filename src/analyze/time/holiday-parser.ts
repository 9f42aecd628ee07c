import type { Candidate, CandidateParser } from './candidate.js';

/**
 * Fixed-date holidays ("Christmas", "New Year's Day", "Independence Day") become calendar dates
 * with the year left to the resolver, like any year-less date. Holidays that move (Easter,
 * Thanksgiving) are not resolved here: chrono does not know them either.
 */

const HOLIDAYS: [RegExp, number, number][] = [
  [/\bChristmas(?:\s+Day)?\b/g, 12, 25],
  [/\bChristmas\s+Eve\b/g, 12, 24],
  [/\bNew\s+Year['\u2019]s\s+Day\b/g, 1, 1],
  [/\bNew\s+Year['\u2019]s\s+Eve\b/g, 12, 31],
  [/\bIndependence\s+Day\b/g, 7, 4],
  [/\bValentine['\u2019]s\s+Day\b/g, 2, 14],
  [/\bHalloween\b/g, 10, 31],
  [/\bVeterans\s+Day\b/g, 11, 11],
];

const ANY_HOLIDAY = /Christmas|New\s+Year|Independence\s+Day|Valentine|Halloween|Veterans\s+Day/;

export const holidayParser: CandidateParser = ({ text }) => {
  const out: Candidate[] = [];
  if (!ANY_HOLIDAY.test(text)) return out;
  let m: RegExpExecArray | null;
  for (const [re, month, day] of HOLIDAYS) {
    for (re.lastIndex = 0; (m = re.exec(text)); ) {
      // "Christmas tree", "Christmas shopping" are not dates; "at Christmas", "by Christmas" are
      if (!/\b(?:on|at|by|before|after|until|since|over|from|for|this|last|next|of|during)\s+$/i.test(text.slice(Math.max(0, m.index - 12), m.index))) continue;
      out.push({ start: m.index, end: m.index + m[0].length, text: m[0], spec: { kind: 'calendar', month, day }, source: 'holiday', explicit: false, priority: 2 });
    }
  }
  return out;
};
