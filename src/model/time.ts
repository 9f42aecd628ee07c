import type { Certainty, Span } from './text.js';

/** Granularity of a resolved value. */
export type TimePrecision = 'century' | 'decade' | 'year' | 'season' | 'quarter' | 'month' | 'week' | 'day' | 'time' | 'ref' | 'none';

/** Tense of the clause that holds an expression, as used to resolve it. */
export type TimeTense = 'past' | 'present' | 'future';

/** A time expression found in an article and normalised against its anchor date. */
export interface TimeExpression extends Span {
  kind: 'date' | 'time' | 'duration' | 'set';
  text: string;
  /** TIMEX3-style value: 2021-03-06, 2019-06, 2019, 2021-W09, P30Y, PRESENT_REF ... */
  value: string;
  /** explicit: the text states the full value; inferred: resolved from an anchor or context. */
  certainty: Certainty;
  /** The date the expression was resolved against (article date or a corrected date). */
  anchor: string | null;
  /** Index of the sentence holding it. */
  sentence: number;
  /** Granularity of `value`. */
  precision?: TimePrecision;
  /** Tense used to resolve it (weekdays, months without a year). */
  tense?: TimeTense;
  /** TIMEX3 mod: START, END, MID, APPROX, LESS_THAN, MORE_THAN. */
  mod?: string;
  /** The calendar parts written in the text (not inferred), when it names a calendar date:
   *  "Saturday (March 6)" = { month: 3, day: 6, weekday: 6 }. Used to re-anchor and check dates. */
  stated?: { year?: number; month?: number; day?: number; weekday?: number };
  /** Which parser proposed it: 'chrono' or the name of a rule parser. */
  source?: string;
}

export interface TimelineEntry {
  /** TIMEX3-style date value (day, month or year precision). */
  date: string;
  text: string;
  articleIds: string[];
  /** Evidence per article: the sentence and the expression. */
  evidence: { articleId: string; sentence: string; expression: string }[];
}
