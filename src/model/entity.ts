import type { Certainty, Span } from './text.js';

export type EntityType = 'person' | 'organization' | 'place' | 'group' | 'other';

/** A mention of a named entity in one article. */
export interface EntityMention extends Span {
  text: string;
  type: EntityType;
  /** Sentence index. */
  sentence: number;
  /** Which rule gave the type ("title", "gazetteer", "place-cue", "document" ...). */
  rule?: string;
  /** 'explicit' when a lexicon or a cue in the text gave the type, 'inferred' from name shape or the rest of the article. */
  certainty?: Certainty;
  /** What the type rests on: a lexicon or explicit cue, the context or the rest of the article, or the shape of the name only. */
  evidence?: 'lexicon' | 'context' | 'shape';
  /** For a person: the title or role written right before the name ("Prime Minister", "predecessor"). */
  role?: string;
}

/** Where a canonical entity is mentioned. */
export interface EntityMentionRef extends Span {
  articleId: string;
  text: string;
}

/** One canonical entity across a story. */
export interface StoryEntity {
  id: string;
  name: string;
  type: EntityType;
  variants: { text: string; articleIds: string[] }[];
  articleIds: string[];
  mentionCount: number;
  /** Every mention grouped into this entity (provenance). */
  mentions: EntityMentionRef[];
  /** Titles and roles the texts give the entity ("Minister of Finance"), with the articles that do. */
  roles: { text: string; articleIds: string[] }[];
}
