/**
 * The stored form of an article's analysis (kept by an ingest that defers story reports): the
 * AnalyzedArticle without the article (stored beside it), and without each sentence's text where
 * it is the article's text at the sentence's span (always, from splitSentences; a sentence whose
 * text differs keeps it). Sentence texts are about a quarter of the JSON.
 */
import type { AnalyzedArticle } from '../model/analyzed.js';
import type { Article } from '../model/article.js';
import type { Sentence } from '../model/text.js';

type StoredSentence = Omit<Sentence, 'text'> & { text?: string };

export type StoredAnalysisData = Omit<AnalyzedArticle, 'article' | 'sentences'> & { sentences: StoredSentence[] };

export function packAnalysis(a: AnalyzedArticle): StoredAnalysisData {
  const { article, sentences, ...rest } = a;
  const packed = sentences.map((s): StoredSentence => {
    if (article.text.slice(s.start, s.end) !== s.text) return s;
    const { text: _text, ...span } = s;
    return span;
  });
  return { sentences: packed, ...rest };
}

export function unpackAnalysis(article: Article, data: StoredAnalysisData): AnalyzedArticle {
  const { sentences, ...rest } = data;
  // Same key order as the analyzer's records (text last), so serialised reports do not change.
  const full = sentences.map((s): Sentence => (s.text !== undefined ? (s as Sentence) : { ...s, text: article.text.slice(s.start, s.end) }));
  return { article, sentences: full, ...rest };
}
