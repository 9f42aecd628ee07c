import type { Span } from './text.js';

/** A number found in text, normalised. */
export interface NumberMention extends Span {
  text: string;
  /** Point value, or the low end of a range. */
  value: number;
  /** High end of a range, when the text gives one. */
  high?: number;
  qualifier: 'exact' | 'more-than' | 'less-than' | 'about' | 'nearly' | 'estimated' | 'at-least' | 'at-most';
  /** What is counted or measured: "people", "years", "percent", "USD" ... */
  unit: string | null;
  /** Head words the number is attached to, for alignment ("killed", "population of Uzbekistan"). */
  subject: string | null;
  sentence: number;
}

export interface StoryClaim {
  text: string;
  value: number;
  high?: number;
  unit: string | null;
  subject: string | null;
  articleIds: string[];
  evidence: { articleId: string; sentence: string }[];
}

export type DiscrepancyKind = 'number' | 'date' | 'publication-date' | 'statement';

export interface Discrepancy {
  kind: DiscrepancyKind;
  description: string;
  positions: { value: string; articleIds: string[]; evidence: string[] }[];
}
