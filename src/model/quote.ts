import type { Span } from './text.js';

/** A quote found in one article. */
export interface QuoteMention extends Span {
  kind: 'direct' | 'partial' | 'indirect' | 'post';
  /** The quoted words without the quote marks. */
  text: string;
  /** Speaker as named in the text, null when nobody can be named. */
  speaker: string | null;
  speakerSpan: Span | null;
  /** How the speaker was found: 'cue' (X said), 'pronoun', 'continuation', 'soundbite', 'none'. */
  attribution: 'cue' | 'pronoun' | 'continuation' | 'soundbite' | 'title' | 'post' | 'none';
  cue: string | null;
}

/** One quote merged across the articles of a story. */
export interface StoryQuote {
  text: string;
  speaker: string | null;
  variants: { text: string; articleIds: string[] }[];
  articleIds: string[];
  firstCarrier: string | null;
  singleSource: boolean;
  kind: QuoteMention['kind'];
}
