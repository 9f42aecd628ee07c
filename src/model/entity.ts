import type { Span } from './text.js';

export type EntityType = 'person' | 'organization' | 'place' | 'group' | 'other';

/** A mention of a named entity in one article. */
export interface EntityMention extends Span {
  text: string;
  type: EntityType;
  /** Sentence index. */
  sentence: number;
}

/** One canonical entity across a story. */
export interface StoryEntity {
  id: string;
  name: string;
  type: EntityType;
  variants: { text: string; articleIds: string[] }[];
  articleIds: string[];
  mentionCount: number;
}
