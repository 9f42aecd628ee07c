import type { Span } from './text.js';

/**
 * How a quote reads:
 * - 'direct': a full quotation (a sentence or a long clause in quote marks);
 * - 'partial': a short quoted term or fragment inside the reporter's sentence (scare quote,
 *   'quick action'); still attributed when a cue exists;
 * - 'indirect': reported speech without quote marks ("X said that ..."), a second tier;
 * - 'post': the text of a quoted social-media post.
 */
export type QuoteKind = 'direct' | 'partial' | 'indirect' | 'post';

/**
 * How the speaker was found. 'cue': a speech verb next to the quote ("X said", "said X",
 * "according to X"); 'pronoun': "he said" (speakerSpan is the pronoun, speaker its antecedent,
 * null when none is found); 'continuation': the speaker of the quote or cue before it (a
 * continuing paragraph, the sentence before); 'soundbite': a broadcast "NAME, SAYING:" header;
 * 'title': a description ("the Chinese official"), kept as written unless an earlier person
 * printed with that role resolves it; 'post': a pasted social-media post; 'none': nobody can be
 * named (speaker is null).
 */
export type AttributionMethod = 'cue' | 'pronoun' | 'continuation' | 'soundbite' | 'title' | 'post' | 'none';

/** A quote found in one article. start/end cover the whole quote including its marks. */
export interface QuoteMention extends Span {
  kind: QuoteKind;
  /** The quoted words without the quote marks (parts of a split quote joined by a space). */
  text: string;
  /** The spans of the quoted words; more than one when an attribution splits the quote. */
  parts: Span[];
  /** Speaker, normalised (titles stripped, full name when the article gives it); null when nobody can be named. */
  speaker: string | null;
  /** Where the speaker is named for this quote (the pronoun itself for 'pronoun'). */
  speakerSpan: Span | null;
  /** Whether the speaker looks like a person name, a role/description, an organisation or a pronoun left unresolved. */
  speakerType: 'person' | 'description' | 'organisation' | null;
  /** Role or title printed with the speaker ("U.S. Treasury Secretary"), when one is. */
  speakerRole: string | null;
  /** The mention a pronoun or continuation was resolved to. */
  antecedentSpan: Span | null;
  attribution: AttributionMethod;
  /** The cue word(s) as printed ("said", "according to", "SAYING"), null when none. */
  cue: string | null;
  cueSpan: Span | null;
  /** True for a full-sentence quotation; false for fragments, terms and reported speech. */
  isFullQuote: boolean;
  /** 1 for quotes in quote marks (direct, partial, post), 2 for reported speech. */
  tier: 1 | 2;
  /** explicit: speaker named next to the quote; inferred: pronoun, continuation or description resolution. */
  certainty: 'explicit' | 'inferred';
  /** For a post lifted out of the text by cleaning: its index in article.embeds (the span is then empty). */
  embed?: number;
}

/** One printing of a quote by one article. */
export interface QuoteCarrier {
  articleId: string;
  outlet: string | null;
  publishedAt: string | null;
  start: number;
  end: number;
  text: string;
  speaker: string | null;
  kind: QuoteMention['kind'];
}

/** One quote merged across the articles of a story. */
export interface StoryQuote {
  /** Canonical text: the form printed by the most carriers; ties go to the longest form. */
  text: string;
  /** The named speaker most carriers give (votes from unnamed/pronoun-less mentions ignored). */
  speaker: string | null;
  variants: { text: string; articleIds: string[] }[];
  articleIds: string[];
  firstCarrier: string | null;
  singleSource: boolean;
  kind: QuoteMention['kind'];
  /** Every printing, with its span in its article. */
  carriers: QuoteCarrier[];
}
