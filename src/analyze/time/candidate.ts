/** What parsers propose and refiners work on: a span plus a structured, not yet resolved,
 *  description of the time it names (resolution needs the anchor and the clause's tense). */

export type Unit = 'second' | 'minute' | 'hour' | 'day' | 'week' | 'weekend' | 'month' | 'quarter' | 'year' | 'decade' | 'century';

export type PartOfDay = 'MO' | 'AF' | 'EV' | 'NI' | 'DT';

export type TimeSpec =
  /** A calendar date with some fields stated. Missing year is filled from the anchor and tense. */
  | { kind: 'calendar'; year?: number; month?: number; day?: number; part?: PartOfDay; hour?: number; minute?: number; weekday?: number }
  /** A weekday name ("on Friday"); `part` for "Friday evening". */
  | { kind: 'weekday'; weekday: number; part?: PartOfDay; shift?: -1 | 1 }
  /** yesterday (-1), today (0), tomorrow (+1); `part` for "this morning", "tonight". */
  | { kind: 'day-offset'; offset: number; part?: PartOfDay }
  /** "last week", "this year", "next month", "earlier this month", "the third quarter". */
  | { kind: 'unit-offset'; unit: Unit; offset: number; quarter?: number }
  /** "two years ago", "a year earlier". */
  | { kind: 'ago'; unit: Unit; n: number }
  /** "last summer", "this spring". */
  | { kind: 'season'; season: 'SP' | 'SU' | 'FA' | 'WI'; offset: number | null }
  /** "last June", "next May": a named month with an explicit direction. */
  | { kind: 'month-offset'; month: number; offset: -1 | 1 }
  /** "that year", "the next day": relative to the time the text mentioned last. */
  | { kind: 'anaphoric'; unit: Unit; offset: number; part?: PartOfDay }
  /** A value that needs no anchor: durations, references, decades, sets. */
  | { kind: 'literal'; type: 'date' | 'duration' | 'set' | 'time'; value: string; precision: 'ref' | 'decade' | 'century' | 'none' | 'year' };

export interface Candidate {
  start: number;
  end: number;
  text: string;
  spec: TimeSpec;
  /** Parser name, for provenance and debugging. */
  source: string;
  /** The year (and the rest) is written out; nothing was taken from the anchor. */
  explicit: boolean;
  mod?: string;
  /** A weekday written next to an explicit date ("Saturday (March 6)"): 0 = Sunday. */
  statedWeekday?: number;
  /** Higher wins among overlapping candidates of equal length. */
  priority: number;
}

export interface ParserContext {
  text: string;
  /** The anchor as a Date (noon UTC), for chrono; null when unknown. */
  refDate: Date | null;
}

export type CandidateParser = (ctx: ParserContext) => Candidate[];
export type CandidateRefiner = (cands: Candidate[], ctx: ParserContext) => Candidate[];
