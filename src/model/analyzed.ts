import type { Article } from './article.js';
import type { NumberMention } from './claim.js';
import type { EntityMention } from './entity.js';
import type { QuoteMention } from './quote.js';
import type { Sentence } from './text.js';
import type { TimeExpression } from './time.js';

/** An article with the results of every per-article analysis stage. */
export interface AnalyzedArticle {
  article: Article;
  sentences: Sentence[];
  timexes: TimeExpression[];
  quotes: QuoteMention[];
  mentions: EntityMention[];
  numbers: NumberMention[];
}
