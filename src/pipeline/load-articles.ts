import type { Article } from '../model/article.js';
import type { Diagnostic } from '../model/diagnostic.js';
import { readInputs, type ReadOptions } from '../ingest/read-inputs.js';
import { cleanDocument } from '../clean/clean-document.js';

export interface LoadResult {
  articles: Article[];
  /** Problems with inputs that produced no article (article-level ones stay on the article). */
  diagnostics: Diagnostic[];
}

/** Reads and cleans every input. Articles with an empty body are dropped with their diagnostics kept. */
export function loadArticles(inputs: string[], opts: ReadOptions = {}): LoadResult {
  const { docs, diagnostics } = readInputs(inputs, opts);
  const articles: Article[] = [];
  const seen = new Map<string, number>();
  for (const doc of docs) {
    const a = cleanDocument(doc);
    if (a.text === '') { diagnostics.push(...a.diagnostics); continue; }
    const n = seen.get(a.id) ?? 0;
    seen.set(a.id, n + 1);
    if (n > 0) a.id = `${a.id}~${n + 1}`;
    articles.push(a);
  }
  return { articles, diagnostics };
}
