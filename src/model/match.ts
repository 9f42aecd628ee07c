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
