/**
 * The whole analysis of a pile of articles, with every stage injected (ReportDeps) so the real
 * modules and simple fallbacks are interchangeable:
 *   analyze each article -> cluster into stories -> per story: publication-date check (corrected
 *   anchors; an undated article gets the story's most common date) and re-analysis of the articles
 *   whose anchor changed -> timeline, quotes, entities, claims, discrepancies, summary, title.
 * Fallbacks: one story of all articles; empty lists for the stages not given.
 */
import type { AnalyzedArticle } from '../model/analyzed.js';
import type { Article } from '../model/article.js';
import type { Discrepancy, StoryClaim } from '../model/claim.js';
import type { StoryEntity } from '../model/entity.js';
import type { Relation, StoryCluster } from '../model/match.js';
import type { StoryQuote } from '../model/quote.js';
import type { AnalysisReport, StoryReport, SummarySentence } from '../model/story.js';
import type { TimelineEntry } from '../model/time.js';
import { createArticleAnalyzer, type ArticleAnalyzers } from './analyze-article.js';
import { storyAnchors } from './analyze-anchors.js';

export interface PublicationDateCheck {
  discrepancies: Discrepancy[];
  correctedAnchors: Map<string, string> | Record<string, string>;
}

export interface ReportDeps {
  cluster?: (articles: Article[]) => { stories: StoryCluster[]; relations: Relation[] };
  analyzers?: ArticleAnalyzers;
  timeline?: (items: AnalyzedArticle[]) => TimelineEntry[];
  publicationDates?: (items: AnalyzedArticle[]) => PublicationDateCheck;
  quotes?: (items: AnalyzedArticle[]) => StoryQuote[];
  entities?: (items: AnalyzedArticle[]) => StoryEntity[];
  claims?: (items: AnalyzedArticle[]) => { claims: StoryClaim[]; discrepancies: Discrepancy[] };
  statements?: (items: AnalyzedArticle[]) => Discrepancy[];
  summary?: (items: AnalyzedArticle[]) => { summary: SummarySentence[]; lead: string | null };
  title?: (articles: Article[], summary: string[], lead: string | null) => string;
  /** Per-article analyses kept between calls (key: id and content hash), e.g. by the store's ingest. */
  cache?: Map<string, AnalyzedArticle>;
}

function oneStory(articles: Article[]): { stories: StoryCluster[]; relations: Relation[] } {
  return { stories: articles.length ? [{ id: 'story-1', title: articles[0]!.title ?? '', articleIds: articles.map((a) => a.id) }] : [], relations: [] };
}

/** Key of an article's analysis in ReportDeps.cache: its id and content. */
export const analysisKey = (a: Article): string => `${a.id}\u0000${a.contentHash}`;

export function buildAnalysisReport(articles: Article[], deps: ReportDeps = {}): AnalysisReport {
  const analyze = createArticleAnalyzer(deps.analyzers ?? {});
  const cached = (a: Article): AnalyzedArticle => {
    if (!deps.cache) return analyze(a);
    const key = analysisKey(a);
    let hit = deps.cache.get(key);
    if (!hit) {
      hit = analyze(a);
      deps.cache.set(key, hit);
    }
    return hit;
  };
  const analyzed = new Map<string, AnalyzedArticle>(articles.map((a) => [a.id, cached(a)]));
  const { stories, relations } = (deps.cluster ?? oneStory)(articles);
  const reports: StoryReport[] = [];
  for (const story of stories) {
    let items = story.articleIds.map((id) => analyzed.get(id)).filter((x): x is AnalyzedArticle => x !== undefined);
    if (items.length === 0) continue;
    const check = deps.publicationDates?.(items) ?? { discrepancies: [], correctedAnchors: {} };
    const anchors = storyAnchors(items.map((it) => it.article), check.correctedAnchors);
    const time = deps.analyzers?.time;
    if (anchors.size > 0 && time) {
      // Only time expressions depend on the anchor: re-resolve them, keep every other analysis.
      items = items.map((it) => (anchors.has(it.article.id) ? { ...it, timexes: time(it.article.text, it.sentences, anchors.get(it.article.id)!) } : it));
    }
    const ids = new Set(story.articleIds);
    const claims = deps.claims?.(items) ?? { claims: [], discrepancies: [] };
    const summary = deps.summary?.(items) ?? { summary: [], lead: null };
    const storyArticles = items.map((it) => it.article);
    const title = deps.title ? deps.title(storyArticles, summary.summary.map((s) => s.text), summary.lead) : story.title;
    reports.push({
      id: story.id,
      title: title || story.title,
      articleIds: story.articleIds,
      summary: summary.summary,
      entities: deps.entities?.(items) ?? [],
      // Quote carriers are ordered by date: use each article's checked date, not a suspect header.
      quotes: deps.quotes?.(items.map((it) => (anchors.has(it.article.id) ? { ...it, article: { ...it.article, publishedAt: anchors.get(it.article.id)! } } : it))) ?? [],
      timeline: deps.timeline?.(items) ?? [],
      claims: claims.claims,
      discrepancies: [...check.discrepancies, ...claims.discrepancies, ...(deps.statements?.(items) ?? [])],
      relations: relations.filter((r) => ids.has(r.a) && ids.has(r.b)),
    });
  }
  return { articles, stories: reports };
}
