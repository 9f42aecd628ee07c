import type { Article, RawDocument } from '../model/article.js';
import type { Diagnostic } from '../model/diagnostic.js';
import { readInputs, type ReadOptions } from '../ingest/read-inputs.js';
import { createCleaner, type CleanOptions } from '../clean/clean-document.js';
import { createOutletBoilerplateFilter } from '../clean/outlet-boilerplate.js';
import { silentContext, type Context } from '../util/context.js';

export interface LoadResult {
  articles: Article[];
  /** Problems with inputs that produced no article (article-level ones stay on the article). */
  diagnostics: Diagnostic[];
}

export interface LoadOptions extends ReadOptions, CleanOptions {
  /** Run context (lazy debug logging). */
  ctx?: Context;
}

/**
 * Reads and cleans every input. Articles with an empty body are dropped with their diagnostics
 * kept; duplicate ids get a `~2`, `~3` suffix; then paragraphs that recur across many articles
 * of one outlet are removed.
 */
export async function loadArticles(inputs: string[], opts: LoadOptions = {}): Promise<LoadResult> {
  const { docs, diagnostics } = await readInputs(inputs, opts);
  const r = cleanDocuments(docs, opts);
  return { articles: r.articles, diagnostics: [...diagnostics, ...r.diagnostics] };
}

/** Cleans raw documents from any source (files, feeds, a watcher) into articles; see loadArticles. */
export function cleanDocuments(docs: RawDocument[], opts: LoadOptions = {}): LoadResult {
  const diagnostics: Diagnostic[] = [];
  const clean = createCleaner(opts);
  const articles: Article[] = [];
  const seen = new Map<string, number>();
  for (const doc of docs) {
    const a = clean(doc, opts.ctx ?? silentContext);
    if (a.text === '') { diagnostics.push(...a.diagnostics); continue; }
    const n = seen.get(a.id) ?? 0;
    seen.set(a.id, n + 1);
    if (n > 0) a.id = `${a.id}~${n + 1}`;
    articles.push(a);
  }
  createOutletBoilerplateFilter()(articles);
  return { articles, diagnostics };
}
