import { splitSentences } from '../../src/analyze/sentence-splitter.js';
import { extractTimeExpressions } from '../../src/analyze/time/index.js';
import type { AnalyzedArticle } from '../../src/model/analyzed.js';
import type { Article } from '../../src/model/article.js';

/** A minimal analysed article for story-level tests. */
export function article(id: string, publishedAt: string | null, text: string): AnalyzedArticle {
  const a: Article = {
    kind: 'article', id, source: { input: `${id}.txt` }, url: null, outlet: null, title: null, byline: null,
    publishedAt, publishedAtSource: publishedAt ? 'header' : null, lang: 'en', dateline: null, credits: [], agencies: [],
    text, embeds: [], contentHash: id, diagnostics: [],
  };
  const sentences = splitSentences(text);
  return { article: a, sentences, timexes: extractTimeExpressions(text, sentences, publishedAt), quotes: [], mentions: [], numbers: [] };
}
