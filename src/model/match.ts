/** How two articles' texts relate. */
export type RelationKind = 'duplicate' | 'reprint' | 'shares-passages';

export interface SharedPassage {
  text: string;
  /** Offsets of the passage in a's and b's text. */
  aStart: number;
  bStart: number;
  length: number;
}

export interface Relation {
  kind: RelationKind;
  a: string;
  b: string;
  /** Containment of the shorter text in the other, 0..1. */
  similarity: number;
  sharedPassages: SharedPassage[];
  /** Likely origin: an article id or agency name, with the reason. */
  origin?: { articleId?: string; agency?: string; reason: string };
}

export interface StoryCluster {
  id: string;
  title: string;
  articleIds: string[];
}

/** Result of adding one article to a streaming clusterer. */
export interface ClusterAssignment {
  articleId: string;
  storyId: string;
  /** Story ids merged into storyId by this addition (they no longer exist). */
  merged: string[];
}

/** A streaming story clusterer: articles arrive one at a time; same input, same order, same stories. */
export interface StoryClusterer {
  add(article: import('./article.js').Article): ClusterAssignment;
  /** Current stories (frozen ones included). */
  stories(): StoryCluster[];
  /** Serialisable state, to resume after a restart. */
  exportState(): unknown;
}
