import type { Article } from '../model/article.js';

/** Short citation labels for a report: articles numbered 1..n in report order. */
export interface ArticleLabels {
  label(id: string): string;
  anchor(id: string): string;
}

/** A fragment-safe anchor id for an article: `article-<id>` with unsafe characters replaced. */
export function articleAnchor(id: string): string {
  return `article-${id.replace(/[^A-Za-z0-9_.-]/g, '-')}`;
}

export function createLabels(articles: Article[]): ArticleLabels {
  const n = new Map(articles.map((a, i) => [a.id, String(i + 1)]));
  return {
    label: (id) => n.get(id) ?? id,
    anchor: articleAnchor,
  };
}

/** "outlet, date" or what is known of it. */
export function articleMeta(a: Article): string {
  return [a.outlet, a.publishedAt?.slice(0, 10)].filter(Boolean).join(', ') || 'unknown outlet, undated';
}
