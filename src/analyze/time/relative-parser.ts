import type { Candidate, CandidateParser, PartOfDay, Unit } from './candidate.js';
import { MONTHS, NUMBER_RE_SRC, ORDINALS, PARTS_OF_DAY, WEEKDAYS, parseNumber } from './lexicon.js';

/**
 * Rule parsers for expressions relative to the article's date: weekdays, yesterday/today/
 * tomorrow, "last week", "earlier this month", "two years ago", "last summer", "last June",
 * quarters. Hand-written because chrono resolves these to full instants, losing the
 * granularity ("last year" is a year) and the tense-aware direction TIMEX3 needs.
 */

const PART = '(morning|afternoon|evening|night|overnight)';
const WD = '(sunday|monday|tuesday|wednesday|thursday|friday|saturday|(?:sun|mon|tues?|wed|thu|thurs?|fri|sat)\\.?)';
const WEEKDAY_RE = new RegExp(`\\b(?:(last|next|this|past|coming)\\s+)?${WD}(?:'s)?(?:,?\\s+${PART}\\b)?(?![\\w-])`, 'gi');
const DAY_RE = new RegExp(`\\b(?:(yesterday|today|tomorrow)(?:'s)?(?:\\s+${PART})?|(tonight)|this\\s+${PART}|(last)\\s+(night))\\b`, 'gi');
const UNIT_OFFSET_RE =
  /\b(?:(early|late|mid|earlier|later|the\s+end\s+of|the\s+start\s+of|the\s+beginning\s+of)[\s-]+)?(this|last|next|past|previous|coming|current|the\s+previous|the\s+coming|the\s+current)\s+(week|weekend|month|year|quarter)\b(?!['\u2019]s\s+(?:low|high))/gi;
const WEEKEND_RE = /\bthe\s+weekend\b/gi;
const AGO_RE = new RegExp(`\\b(${NUMBER_RE_SRC})[\\s-]+(day|week|month|year|decade|century)s?\\s+(ago|earlier|before)\\b`, 'gi');
const SEASON_RE = /\b(?:(last|this|next|early|late)\s+)(spring|summer|fall|autumn|winter)\b/gi;
const MONTH_OFFSET_RE = /\b(last|next|this)\s+(January|February|March|April|May|June|July|August|September|October|November|December)\b/g;
const QUARTER_RE = /(?:\b(?:the\s+)?(first|second|third|fourth|1st|2nd|3rd|4th)[\s-]+quarter|\bthe\s+(?:(?:latest|current|same)\s+)?quarter)\b(?:\s+of\s+(\d{4})|(?!\s+of\b))/gi;

const SEASONS: Record<string, 'SP' | 'SU' | 'FA' | 'WI'> = { spring: 'SP', summer: 'SU', fall: 'FA', autumn: 'FA', winter: 'WI' };

function offsetOf(word: string): number {
  const w = word.toLowerCase().replace(/^the\s+/, '');
  if (w === 'last' || w === 'past' || w === 'previous') return -1;
  if (w === 'next' || w === 'coming') return 1;
  return 0;
}

function modOf(word: string | undefined): string | undefined {
  if (!word) return undefined;
  const w = word.toLowerCase();
  if (w === 'early' || w.includes('start') || w.includes('beginning')) return 'START';
  if (w === 'late' || w.includes('end')) return 'END';
  if (w === 'mid') return 'MID';
  return undefined;
}

function cand(m: RegExpExecArray, spec: Candidate['spec'], source: string, mod?: string): Candidate {
  const c: Candidate = { start: m.index, end: m.index + m[0].length, text: m[0], spec, source, explicit: false, priority: 2 };
  if (mod) c.mod = mod;
  return c;
}

export const relativeParser: CandidateParser = ({ text }) => {
  const out: Candidate[] = [];
  let m: RegExpExecArray | null;
  for (WEEKDAY_RE.lastIndex = 0; (m = WEEKDAY_RE.exec(text)); ) {
    const wd = WEEKDAYS[m[2]!.toLowerCase()]!;
    const part = m[3] ? PARTS_OF_DAY[m[3].toLowerCase()] : undefined;
    const shift = m[1] ? offsetOf(m[1]) : 0;
    const spec: Candidate['spec'] = { kind: 'weekday', weekday: wd };
    if (part) spec.part = part;
    if (shift !== 0) spec.shift = shift as -1 | 1;
    out.push(cand(m, spec, 'weekday'));
  }
  for (DAY_RE.lastIndex = 0; (m = DAY_RE.exec(text)); ) {
    const w = (m[1] ?? '').toLowerCase();
    let offset = w === 'yesterday' ? -1 : w === 'tomorrow' ? 1 : 0;
    let part: PartOfDay | undefined = m[2] ? PARTS_OF_DAY[m[2].toLowerCase()] : undefined;
    if (m[3]) part = 'NI';
    if (m[4]) part = PARTS_OF_DAY[m[4].toLowerCase()];
    if (m[5]) { offset = -1; part = 'NI'; }
    out.push(cand(m, part ? { kind: 'day-offset', offset, part } : { kind: 'day-offset', offset }, 'day-offset'));
  }
  for (UNIT_OFFSET_RE.lastIndex = 0; (m = UNIT_OFFSET_RE.exec(text)); ) {
    const lead = (m[1] ?? '').toLowerCase();
    let offset = offsetOf(m[2]!);
    if (lead === 'earlier' || lead === 'later') offset = 0; // "earlier this month" is this month
    out.push(cand(m, { kind: 'unit-offset', unit: m[3]!.toLowerCase() as Unit, offset }, 'unit-offset', modOf(m[1])));
  }
  for (WEEKEND_RE.lastIndex = 0; (m = WEEKEND_RE.exec(text)); ) out.push(cand(m, { kind: 'unit-offset', unit: 'weekend', offset: 0 }, 'weekend'));
  for (AGO_RE.lastIndex = 0; (m = AGO_RE.exec(text)); ) {
    const n = parseNumber(m[1]!);
    if (n === null || n !== Math.floor(n)) continue;
    out.push(cand(m, { kind: 'ago', unit: m[2]!.toLowerCase() as Unit, n }, 'ago'));
  }
  for (SEASON_RE.lastIndex = 0; (m = SEASON_RE.exec(text)); ) {
    const w = m[1]!.toLowerCase();
    const offset = w === 'early' || w === 'late' ? null : offsetOf(w);
    out.push(cand(m, { kind: 'season', season: SEASONS[m[2]!.toLowerCase()]!, offset }, 'season', modOf(w)));
  }
  for (MONTH_OFFSET_RE.lastIndex = 0; (m = MONTH_OFFSET_RE.exec(text)); ) {
    const month = MONTHS[m[2]!.toLowerCase()]!;
    const off = offsetOf(m[1]!);
    const spec: Candidate['spec'] = off === 0 ? { kind: 'calendar', month } : { kind: 'month-offset', month, offset: off as -1 | 1 };
    out.push(cand(m, spec, 'month-offset'));
  }
  for (QUARTER_RE.lastIndex = 0; (m = QUARTER_RE.exec(text)); ) {
    const q = m[1] ? ORDINALS[m[1].toLowerCase()] : undefined;
    if (m[2]) {
      // "the third quarter of 2019": fully stated
      const c = cand(m, { kind: 'literal', type: 'date', value: q ? `${m[2]}-Q${q}` : m[2], precision: 'year' }, 'quarter');
      c.explicit = true;
      out.push(c);
      continue;
    }
    out.push(cand(m, q === undefined ? { kind: 'unit-offset', unit: 'quarter', offset: 0 } : { kind: 'unit-offset', unit: 'quarter', offset: 0, quarter: q }, 'quarter'));
  }
  return out;
};
