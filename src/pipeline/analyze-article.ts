/**
 * Per-article analysis with injected analyzers: sentences first (every analyzer works on them),
 * then time, quotes, entities and numbers, each optional (an absent analyzer gives an empty list).
 * A failing analyzer does not stop the run: the article gets an `analyze/failed` diagnostic.
 */
import type { AnalyzedArticle } from '../model/analyzed.js';
import type { Article } from '../model/article.js';
import type { NumberMention } from '../model/claim.js';
import { diagnostic } from '../model/diagnostic.js';
import type { EntityMention } from '../model/entity.js';
import type { QuoteMention } from '../model/quote.js';
import type { Sentence } from '../model/text.js';
import type { TimeExpression } from '../model/time.js';
import { splitSentences } from '../analyze/sentence-splitter.js';
import { postsFromEmbeds } from '../analyze/quotes/embed-posts.js';

/** An analyzer sees the article text, its sentences and the date to resolve relative times against. */
export type Analyzer<T> = (text: string, sentences: Sentence[], anchor: string | null) => T[];

export interface ArticleAnalyzers {
  time?: Analyzer<TimeExpression>;
  quotes?: Analyzer<QuoteMention>;
  entities?: Analyzer<EntityMention>;
  numbers?: Analyzer<NumberMention>;
}

export type ArticleAnalyzer = (article: Article, anchor?: string | null) => AnalyzedArticle;

export function createArticleAnalyzer(analyzers: ArticleAnalyzers): ArticleAnalyzer {
  return (article, anchorOverride) => {
    const sentences = splitSentences(article.text);
    const anchor = anchorOverride !== undefined ? anchorOverride : article.publishedAt;
    const run = <T>(name: string, fn: Analyzer<T> | undefined): T[] => {
      if (!fn) return [];
      try {
        return fn(article.text, sentences, anchor);
      } catch (e) {
        article.diagnostics.push(diagnostic('analyze/failed', article.source.input, `${name}: ${(e as Error).message}`, 'warning'));
        return [];
      }
    };
    return {
      article,
      sentences,
      timexes: run('time', analyzers.time),
      // Embedded posts are quotes too, kept apart from the text by cleaning.
      quotes: analyzers.quotes ? [...run('quotes', analyzers.quotes), ...postsFromEmbeds(article)] : [],
      mentions: run('entities', analyzers.entities),
      numbers: run('numbers', analyzers.numbers),
    };
  };
}
