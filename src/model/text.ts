/** A character span [start, end) into an article's `text`. */
export interface Span {
  start: number;
  end: number;
}

export interface Sentence extends Span {
  /** Index of the sentence in the article. */
  index: number;
  /** Index of the paragraph that holds it. */
  paragraph: number;
  text: string;
}

/** Whether a value was stated in the text or inferred by a rule (chrono's assign/imply). */
export type Certainty = 'explicit' | 'inferred';
