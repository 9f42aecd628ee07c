import type { Article } from '../model/article.js';
import type { StoryReport } from '../model/story.js';
import type { MemberFields, StorySummary } from './store.js';

const TOP_ENTITIES = 5;

/** The list-view fields of a story, derived from its report and member articles. */
export function summarizeStory(report: StoryReport, articles: Article[], now: string): StorySummary {
  const topEntities = [...report.entities]
    .sort((a, b) => b.articleIds.length - a.articleIds.length || b.mentionCount - a.mentionCount || a.name.localeCompare(b.name))
    .slice(0, TOP_ENTITIES)
    .map((e) => e.name);
  return { ...memberSummary(report.id, articles, now), title: report.title, topEntities, discrepancyCount: report.discrepancies.length };
}

/**
 * The list-view fields known from the members alone (count, outlets, dates), for a story whose
 * report is deferred; the report-derived ones are placeholders (first title, no entities).
 */
export function memberSummary(id: string, articles: MemberFields[], now: string): StorySummary {
  const outlets = [...new Set(articles.map((a) => a.outlet).filter((o): o is string => !!o))].sort();
  const dates = articles.map((a) => a.publishedAt).filter((d): d is string => !!d).sort();
  return {
    id,
    title: articles[0]?.title ?? '',
    articleCount: articles.length,
    outlets,
    firstPublished: dates[0] ?? null,
    lastPublished: dates[dates.length - 1] ?? null,
    topEntities: [],
    discrepancyCount: 0,
    updatedAt: now,
  };
}

/** The outlet facets of a story (known from its members alone, before its report is built). */
export function outletFacets(summary: StorySummary): { kind: 'entity' | 'outlet'; value: string }[] {
  return storyFacets({ entities: [] }, summary);
}

/** Lower-cased facet values a story can be filtered by. */
export function storyFacets(report: Pick<StoryReport, 'entities'>, summary: StorySummary): { kind: 'entity' | 'outlet'; value: string }[] {
  const out = new Map<string, { kind: 'entity' | 'outlet'; value: string }>();
  const add = (kind: 'entity' | 'outlet', v: string): void => {
    const value = v.trim().toLowerCase();
    if (value) out.set(`${kind}\u0000${value}`, { kind, value });
  };
  for (const o of summary.outlets) add('outlet', o);
  for (const e of report.entities) {
    add('entity', e.name);
    for (const v of e.variants) add('entity', v.text);
  }
  return [...out.values()];
}
