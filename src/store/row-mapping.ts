import type { Article } from '../model/article.js';
import type { MemberFields, SearchHit, StoredArticle, StorySummary } from './store.js';
import { snippetAround } from './fts-terms.js';

/** An article is stored as its text (indexed for search) plus the other fields as JSON. */
export function articleData(a: Article): string {
  const { text: _text, ...rest } = a;
  return JSON.stringify(rest);
}

export function articleFromRow(data: string, body: string): Article {
  return { ...(JSON.parse(data) as Omit<Article, 'text'>), text: body };
}

/** A current article row joined with its story membership (both backends select the same columns). */
export function storedArticleFromRow(r: Record<string, unknown>): StoredArticle {
  return {
    article: articleFromRow(r['data'] as string, r['body'] as string),
    version: Number(r['version']),
    ingestedAt: r['ingested_at'] as string,
    storyId: (r['story_id'] as string | null) ?? null,
  };
}

export const DEFAULT_PAGE = 50;
export const MAX_PAGE = 500;

export function pageOf(q: { limit?: number; offset?: number }): { limit: number; offset: number } {
  const limit = Math.min(MAX_PAGE, Math.max(1, Math.floor(q.limit ?? DEFAULT_PAGE)));
  const offset = Math.max(0, Math.floor(q.offset ?? 0));
  return { limit, offset };
}

type Row = Record<string, unknown>;

export const SUMMARY_COLS = 'id, title, article_count, outlets, first_published, last_published, top_entities, discrepancy_count, updated_at';

export function summaryFromRow(r: Row): StorySummary {
  return {
    id: r['id'] as string,
    title: r['title'] as string,
    articleCount: Number(r['article_count']),
    outlets: JSON.parse(r['outlets'] as string) as string[],
    firstPublished: (r['first_published'] as string | null) ?? null,
    lastPublished: (r['last_published'] as string | null) ?? null,
    topEntities: JSON.parse(r['top_entities'] as string) as string[],
    discrepancyCount: Number(r['discrepancy_count']),
    updatedAt: r['updated_at'] as string,
  };
}

/** A search result row (both backends select the same columns; `rank` is higher-is-better). */
export function searchHitFromRow(r: Record<string, unknown>, terms: string[], rank: number): SearchHit {
  return {
    articleId: r['id'] as string,
    storyId: (r['story_id'] as string | null) ?? null,
    title: (r['title'] as string | null) ?? null,
    outlet: (r['outlet'] as string | null) ?? null,
    publishedAt: (r['published_at'] as string | null) ?? null,
    snippet: snippetAround(r['body'] as string, terms),
    rank,
  };
}

/** A member's list-view fields from the article columns (both backends select the same ones). */
export function memberFieldsFromRow(r: Record<string, unknown>): MemberFields {
  return {
    title: (r['title'] as string | null) ?? null,
    outlet: (r['outlet'] as string | null) ?? null,
    publishedAt: (r['published_at'] as string | null) ?? null,
  };
}
