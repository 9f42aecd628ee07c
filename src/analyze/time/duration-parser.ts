import type { Candidate, CandidateParser } from './candidate.js';
import { NUMBER_RE_SRC, parseNumber } from './lexicon.js';

/**
 * Durations: "nearly 20 years" (P20Y), "two decades" (P20Y), "a month" (P1M), "several days"
 * (PXD), "18-month", "the past two years", "recent weeks" (PXW). chrono has no notion of a
 * duration, so this is a rule parser. A number followed by "ago"/"earlier" is a point in time,
 * not a duration: the relative parser's longer span wins over this one in the overlap refiner.
 */

const UNIT_CODES: Record<string, [string, number]> = {
  second: ['S', 1], minute: ['M', 1], hour: ['H', 1], day: ['D', 1], week: ['W', 1], fortnight: ['W', 2], month: ['M', 1],
  year: ['Y', 1], decade: ['Y', 10], century: ['Y', 100], centurie: ['Y', 100],
};
const TIME_UNITS = new Set(['second', 'minute', 'hour']);

const QUALIFIER = '(nearly|almost|about|around|roughly|approximately|some|more\\s+than|over|less\\s+than|at\\s+least|up\\s+to|under)';
const DURATION_RE = new RegExp(
  `\\b(?:(?:the\\s+)?(?:past|last|next|first|previous|coming|following|remaining)\\s+)?(?:${QUALIFIER}\\s+)?(${NUMBER_RE_SRC})[\\s-]+(second|minute|hour|day|week|fortnight|month|year|decade|centurie|century)s?\\b(?!\\s+(?:ago|earlier|before)\\b|[\\s-]+olds?\\b)`,
  'gi',
);
const VAGUE_RE = /\b(?:(?:in|over)\s+(?:the\s+)?(?:past|last|recent|coming|next)\s+|(?:for|within)\s+|recent\s+)(minutes|hours|days|weeks|months|years|decades)\b/gi;

const MODS: Record<string, string> = {
  nearly: 'LESS_THAN', almost: 'LESS_THAN', 'less than': 'LESS_THAN', under: 'LESS_THAN', 'up to': 'EQUAL_OR_LESS',
  about: 'APPROX', around: 'APPROX', roughly: 'APPROX', approximately: 'APPROX', some: 'APPROX',
  'more than': 'MORE_THAN', over: 'MORE_THAN', 'at least': 'EQUAL_OR_MORE',
};

function fmtDuration(n: number | null, unit: string): string | null {
  const code = UNIT_CODES[unit];
  if (!code) return null;
  const t = TIME_UNITS.has(unit) ? 'T' : '';
  if (n === null) return `P${t}X${code[0]}`;
  let v = n * code[1];
  let c = code[0];
  if (v !== Math.floor(v)) {
    // "half an hour" = PT30M, "half a year" = P6M
    if (c === 'H') { v *= 60; c = 'M'; } else if (c === 'Y') { v *= 12; c = 'M'; } else if (c === 'D') { v *= 24; return `PT${v}H`; } else return null;
  }
  return `P${t}${v}${c}`;
}

export const durationParser: CandidateParser = ({ text }) => {
  const out: Candidate[] = [];
  let m: RegExpExecArray | null;
  for (DURATION_RE.lastIndex = 0; (m = DURATION_RE.exec(text)); ) {
    const numText = m[2]!;
    if (/^\d/.test(numText) && /[\d,.]$/.test(text.slice(Math.max(0, m.index - 1), m.index))) continue; // "1,000 years" tail
    const n = parseNumber(numText);
    if (n === null && !/^(several|few|a few|many|some|numerous|couple of|a couple of)$/i.test(numText)) continue;
    const value = fmtDuration(n, m[3]!.toLowerCase());
    if (!value) continue;
    const c: Candidate = {
      start: m.index, end: m.index + m[0].length, text: m[0],
      spec: { kind: 'literal', type: 'duration', value, precision: 'none' }, source: 'duration', explicit: true, priority: 1,
    };
    const mod = m[1] ? MODS[m[1].toLowerCase().replace(/\s+/g, ' ')] : undefined;
    if (mod) c.mod = mod;
    out.push(c);
  }
  for (VAGUE_RE.lastIndex = 0; (m = VAGUE_RE.exec(text)); ) {
    const unit = m[1]!.toLowerCase().replace(/s$/, '');
    const value = fmtDuration(null, unit);
    if (!value) continue;
    const start = m.index + m[0].length - m[1]!.length;
    const recent = /\brecent\s/i.exec(m[0]);
    const s = recent ? m.index + recent.index : start; // "recent weeks" keeps "recent" in the span
    out.push({
      start: s, end: m.index + m[0].length, text: text.slice(s, m.index + m[0].length),
      spec: { kind: 'literal', type: 'duration', value, precision: 'none' }, source: 'duration-vague', explicit: true, priority: 0,
    });
  }
  return out;
};
