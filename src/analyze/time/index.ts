import type { Sentence } from '../../model/text.js';
import type { TimeExpression } from '../../model/time.js';
import type { Candidate, CandidateParser, CandidateRefiner, ParserContext } from './candidate.js';
import { anaphoraParser } from './anaphora-parser.js';
import { chronoParser } from './chrono-parser.js';
import { combinationRefiner } from './combination-refiner.js';
import { parseIsoDate } from './date-math.js';
import { durationParser } from './duration-parser.js';
import { holidayParser } from './holiday-parser.js';
import { falsePositiveRefiner } from './false-positive-refiner.js';
import { modifierRefiner } from './modifier-refiner.js';
import { overlapRefiner } from './overlap-refiner.js';
import { referenceParser } from './reference-parser.js';
import { relativeParser } from './relative-parser.js';
import { detectTense } from './tense-detector.js';
import { type Reference, resolveCandidate } from './value-resolver.js';
import { yearParser } from './year-parser.js';

export type { Candidate, CandidateParser, CandidateRefiner } from './candidate.js';

/** Parsers propose candidates independently; their order does not matter (the overlap refiner decides). */
export const DEFAULT_PARSERS: readonly CandidateParser[] = [chronoParser, relativeParser, durationParser, yearParser, referenceParser, holidayParser, anaphoraParser];

/**
 * Refiners run in this order:
 * 1. falsePositiveRefiner first, so a rejected "May" (the name) or "Sunday Times" cannot shadow a
 *    real expression nearby in the overlap step;
 * 2. modifierRefiner before the overlap step, so "early December" competes with its full span;
 * 3. overlapRefiner: longest span wins, then priority; leaves a sorted list without overlaps;
 * 4. combinationRefiner last, as it joins neighbours ("Saturday (March 6)") that the overlap
 *    step has already settled.
 */
export const DEFAULT_REFINERS: readonly CandidateRefiner[] = [falsePositiveRefiner, modifierRefiner, overlapRefiner, combinationRefiner];

/** Language-neutral parsers, for articles not in English: years (and decades) only. */
export const NEUTRAL_PARSERS: readonly CandidateParser[] = [yearParser];

export interface TimexOptions {
  /** The article's language (ISO 639-1); other than English, only NEUTRAL_PARSERS run. */
  lang?: string | null;
  parsers?: readonly CandidateParser[];
  refiners?: readonly CandidateRefiner[];
  /** Keep durations, sets and references (PRESENT_REF ...); default true. */
  includeNonDates?: boolean;
}

function sentenceAt(sentences: Sentence[], pos: number): number {
  let lo = 0;
  let hi = sentences.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = sentences[mid]!;
    if (pos < s.start) hi = mid - 1;
    else if (pos >= s.end) lo = mid + 1;
    else return mid;
  }
  return -1;
}

const VALUE_YMD = /^(\d{4})(?:-(\d\d)(?:-(\d\d))?)?/;

function referenceOf(value: string, precision: string): Reference | null {
  const m = VALUE_YMD.exec(value);
  if (!m || (precision !== 'year' && precision !== 'month' && precision !== 'day' && precision !== 'time')) return null;
  const y = Number(m[1]);
  if (m[3]) return { date: { y, m: Number(m[2]), d: Number(m[3]) }, precision: 'day' };
  if (m[2]) return { date: { y, m: Number(m[2]), d: 1 }, precision: 'month' };
  return { date: { y, m: 1, d: 1 }, precision: 'year' };
}

/** Builds an extractor with the given parsers and refiners, resolved once. */
export function createTimeExtractor(opts: TimexOptions = {}) {
  const english = !opts.lang || opts.lang.toLowerCase().startsWith('en');
  const parsers = opts.parsers ?? (english ? DEFAULT_PARSERS : NEUTRAL_PARSERS);
  const refiners = opts.refiners ?? DEFAULT_REFINERS;
  const includeNonDates = opts.includeNonDates ?? true;
  return (text: string, sentences: Sentence[], anchor: string | null): TimeExpression[] => {
    const anchorYmd = parseIsoDate(anchor);
    const ctx: ParserContext = { text, refDate: anchorYmd ? new Date(Date.UTC(anchorYmd.y, anchorYmd.m - 1, anchorYmd.d, 12)) : null };
    let cands: Candidate[] = [];
    for (const p of parsers) cands.push(...p(ctx));
    for (const r of refiners) cands = r(cands, ctx);
    const out: TimeExpression[] = [];
    let ref: Reference | null = null; // the last date the text resolved, for "that year", "the next day"
    for (const c of cands) {
      const si = sentenceAt(sentences, c.start);
      const sent = si >= 0 ? sentences[si]! : null;
      const tense = sent ? detectTense(sent.text, c.start - sent.start, c.end - c.start) : undefined;
      const r = resolveCandidate(c, anchorYmd, tense, ref);
      const asRef = referenceOf(r.value, r.precision);
      if (asRef && r.kind !== 'duration' && r.kind !== 'set') ref = asRef;
      if (!includeNonDates && r.kind !== 'date' && r.kind !== 'time') continue;
      const t: TimeExpression = {
        kind: r.kind, start: c.start, end: c.end, text: c.text, value: r.value,
        certainty: r.explicit ? 'explicit' : 'inferred', anchor: anchorYmd ? anchor : null, sentence: si,
        precision: r.precision, source: c.source,
      };
      if (tense) t.tense = tense;
      if (c.mod) t.mod = c.mod;
      if (c.spec.kind === 'calendar' && c.spec.month !== undefined) {
        const st: NonNullable<TimeExpression['stated']> = { month: c.spec.month };
        if (c.spec.year !== undefined) st.year = c.spec.year;
        if (c.spec.day !== undefined) st.day = c.spec.day;
        if (c.statedWeekday !== undefined) st.weekday = c.statedWeekday;
        t.stated = st;
      }
      out.push(t);
    }
    return out;
  };
}

const defaultExtractor = createTimeExtractor();
const neutralExtractor = createTimeExtractor({ lang: 'xx' });

/**
 * Finds time expressions in `text` and normalises them to TIMEX3 values against `anchor` (the
 * article's publication date, ISO). With a null anchor, relative expressions keep X placeholders
 * or a *_REF value and are flagged inferred.
 */
export function extractTimeExpressions(text: string, sentences: Sentence[], anchor: string | null, opts?: TimexOptions): TimeExpression[] {
  if (!opts || (opts.parsers === undefined && opts.refiners === undefined && opts.includeNonDates === undefined)) {
    const english = !opts?.lang || opts.lang.toLowerCase().startsWith('en');
    return (english ? defaultExtractor : neutralExtractor)(text, sentences, anchor);
  }
  return createTimeExtractor(opts)(text, sentences, anchor);
}

/** The date part of a TIMEX3 value ("2021-03-06TEV" -> "2021-03-06"); null for durations and refs. */
export function dateOfValue(value: string): string | null {
  const m = /^(\d{4}(?:-(?:\d\d(?:-\d\d)?|W\d\d|Q\d|SU|SP|FA|WI))?)/.exec(value);
  return m ? m[1]! : null;
}
