import type { Span } from './text.js';

/** A number found in text, normalised. */
export interface NumberMention extends Span {
  /** The number as printed ("two million", "2M+"). */
  text: string;
  /** The number with its qualifier and unit words ("more than 200 people"). */
  phrase: string;
  /** Point value, or the low end of a range. */
  value: number;
  /** High end of a range, when the text gives one. */
  high?: number;
  qualifier: 'exact' | 'more-than' | 'less-than' | 'about' | 'nearly' | 'estimated' | 'at-least' | 'at-most';
  /** What is counted or measured: "people", "years", "percent", "USD" ... */
  unit: string | null;
  /** Head words the number is attached to, for alignment ("killed", "population of Portugal"). */
  subject: string | null;
  sentence: number;
}

export interface StoryClaim {
  /** The most common wording, with its subject ("more than 200 people (injured)"). */
  text: string;
  value: number;
  high?: number;
  qualifier: NumberMention['qualifier'];
  unit: string | null;
  subject: string | null;
  articleIds: string[];
  /** Every wording seen, with the articles using it ("nearly 20 years", "nearly two decades"). */
  variants: { text: string; articleIds: string[] }[];
  evidence: { articleId: string; sentence: string }[];
}

export type DiscrepancyKind = 'number' | 'date' | 'publication-date' | 'statement';

export interface Discrepancy {
  kind: DiscrepancyKind;
  description: string;
  /** conflict: the positions cannot all be true; malformed: a value is broken in itself
   *  (a range whose ends are equal); variation: different but compatible wordings. */
  severity?: 'conflict' | 'malformed' | 'variation';
  /** What the positions are about ("detained (people)", "bail"). */
  topic?: string;
  positions: { value: string; articleIds: string[]; evidence: string[] }[];
}
