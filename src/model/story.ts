import type { Article } from './article.js';
import type { Discrepancy, StoryClaim } from './claim.js';
import type { StoryEntity } from './entity.js';
import type { Relation } from './match.js';
import type { StoryQuote } from './quote.js';
import type { TimelineEntry } from './time.js';

export interface SummarySentence {
  text: string;
  articleIds: string[];
  /** Where each citing article states it: the best-matching sentence's span in that article's text. */
  sources?: { articleId: string; start: number; end: number }[];
}

export interface StoryReport {
  id: string;
  title: string;
  articleIds: string[];
  summary: SummarySentence[];
  entities: StoryEntity[];
  quotes: StoryQuote[];
  timeline: TimelineEntry[];
  claims: StoryClaim[];
  discrepancies: Discrepancy[];
  relations: Relation[];
}

export interface AnalysisReport {
  articles: Article[];
  stories: StoryReport[];
}
