import type { Article } from './article.js';

/** How two articles' texts relate. */
export type RelationKind = 'duplicate' | 'reprint' | 'shares-passages';

export interface SharedPassage {
  /** The passage as printed in a. */
  text: string;
  /** Offsets of the passage in a's and b's text. */
  aStart: number;
  bStart: number;
  /** Length in characters in a's text. */
  length: number;
  /** Length in characters in b's text (spelling may differ in case, accents, punctuation). */
  bLength: number;
}

export interface Relation {
  kind: RelationKind;
  a: string;
  b: string;
  /** Containment of the shorter text's word 5-grams in the other, 0..1. */
  similarity: number;
  sharedPassages: SharedPassage[];
  /** Words of a outside every shared passage (what a has that b lacks), and the same for b. */
  aOnlyWords?: number;
  bOnlyWords?: number;
  /** Likely origin: an article id or agency name, with the reason. */
  origin?: { articleId?: string; agency?: string; reason: string };
  /** `inferred`: a reprint by way of a third article both copy (see `via`), their own overlap
   *  being under the reprint threshold (different cuts of one wire text). Default explicit. */
  certainty?: 'explicit' | 'inferred';
  /** The article linking an inferred reprint to both sides. */
  via?: string;
}

export interface StoryCluster {
  id: string;
  title: string;
  articleIds: string[];
  /** True once the story has been untouched for the freeze window: it takes no more articles. */
  frozen?: boolean;
}

/** Result of adding one article to a streaming clusterer. */
export interface ClusterAssignment {
  articleId: string;
  storyId: string;
  /** Story ids merged into storyId by this addition (they no longer exist). */
  merged: string[];
  /** Similarity to the story joined (0 for a new story). */
  similarity: number;
}

/** A streaming story clusterer: articles arrive one at a time; same input, same order, same stories. */
export interface StoryClusterer {
  add(article: Article): ClusterAssignment;
  /** Current stories (frozen ones included unless the clusterer drops them). */
  stories(): StoryCluster[];
  /** Serialisable state (plain JSON), to resume after a restart. */
  exportState(): unknown;
  /**
   * A second look at the active stories: each is compared with the stories its keys find, as an
   * arriving report is, and merged with those as alike. Stories split by arrival order (a report
   * in another language before the reports it matches, a vague report before the precise ones)
   * come together. `only`: start from these stories (those a batch touched); by default all.
   * Returns the merges, in order (apply them in that order: a story may absorb one that has
   * absorbed another).
   */
  consolidate?(only?: Iterable<string>): { into: string; from: string }[];
}
