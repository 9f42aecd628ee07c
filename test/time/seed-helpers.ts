import { splitSentences } from '../../src/analyze/sentence-splitter.js';
import { extractTimeExpressions } from '../../src/analyze/time/index.js';
import type { AnalyzedArticle } from '../../src/model/analyzed.js';
import type { Article } from '../../src/model/article.js';
import { loadArticles } from '../../src/pipeline/load-articles.js';

/** The seed story, analysed only as far as time needs (sentences and time expressions). */
export function analyzeForTime(articles: Article[]): AnalyzedArticle[] {
  return articles.map((article) => {
    const sentences = splitSentences(article.text);
    return { article, sentences, timexes: extractTimeExpressions(article.text, sentences, article.publishedAt), quotes: [], mentions: [], numbers: [] };
  });
}

/** Awaits loadArticles so the helper works whether it is synchronous or async (main's is async). */
export async function seedArticles(): Promise<Article[]> {
  return (await loadArticles(['examples/seed-story'])).articles;
}

/** Short id: the 3-digit prefix of the file name. */
export const short = (id: string): string => id.slice(0, 3);
