/**
 * Story reads that always see a fresh report, over a store whose ingest defers reports
 * (IngestServiceOptions.deferReports). Why defer: most stories of a stream are read far less often
 * than they change, and a report costs more than storing and analysing its new article, so a
 * report is built when it is first read, not at every batch that touches its story.
 *
 * A stale story's report is built from its members and their stored per-article analyses, kept
 * in memory for that story version (a later batch bumps the version, so a cached report is never
 * served for changed members), and written back when the write lock is free at once (the store's
 * putBuiltReport), so other readers and processes find it built. The lists' report-derived fields
 * (title, top entities, discrepancy count) are refreshed for the stories of the returned page; an
 * entity filter first builds every stale story, since entity facets come from reports.
 */
import type { Article } from '../model/article.js';
import type { StoryReport } from '../model/story.js';
import type { Store, StoryPage, StoryQuery, StorySummary } from './store.js';
import { summarizeStory } from './story-summary.js';

/** Builds a story's report from its member articles and their stored analyses (null: none). */
export type StoryReportBuilder = (articles: Article[], analyses: unknown[]) => StoryReport;

interface Built {
  report: StoryReport;
  summary: StorySummary;
}

/** Reports kept in memory (by story id and version); written-back ones are read from the store. */
const CACHE_SIZE = 200;

export function withFreshReports(store: Store, build: StoryReportBuilder, opts: { cacheSize?: number } = {}): Store {
  const max = opts.cacheSize ?? CACHE_SIZE;
  const cache = new Map<string, Promise<Built>>();

  /** The fresh report of a stale story; null when the story is gone or no longer stale. */
  const rebuild = async (id: string): Promise<Built | null> => {
    const input = await store.storyBuildInput(id);
    if (!input || !input.stale || input.members.length === 0) return null;
    const key = `${id}\u0000${input.version}`;
    let hit = cache.get(key);
    if (!hit) {
      // The promise is cached at once, so concurrent reads of one story build it once.
      hit = (async (): Promise<Built> => {
        const articles = input.members.map((m) => m.article);
        const report = { ...build(articles, input.members.map((m) => m.analysis)), id };
        const summary = summarizeStory(report, articles, new Date().toISOString());
        await store.putBuiltReport(report, summary, input.version);
        return { report, summary };
      })();
      cache.set(key, hit);
      hit.catch(() => cache.delete(key));
      while (cache.size > max) cache.delete(cache.keys().next().value as string);
    }
    return hit;
  };

  const isStale = async (id: string): Promise<boolean> => (await store.staleStories({ ids: [id] })).length > 0;

  return {
    capabilities: store.capabilities,
    writeTransaction: (fn) => store.writeTransaction(fn),
    getArticle: (id) => store.getArticle(id),
    getArticles: (ids) => store.getArticles(ids),
    async listStories(query: StoryQuery = {}): Promise<StoryPage> {
      if (query.entity) for (const id of await store.staleStories()) await rebuild(id);
      const page = await store.listStories(query);
      const stale = await store.staleStories({ ids: page.stories.map((s) => s.id) });
      if (stale.length === 0) return page;
      const fresh = new Map<string, StorySummary>();
      for (const id of stale) {
        const b = await rebuild(id);
        if (b) fresh.set(id, b.summary);
      }
      return { ...page, stories: page.stories.map((s) => fresh.get(s.id) ?? s) };
    },
    async getStory(id: string): Promise<StoryReport | null> {
      if (await isStale(id)) {
        const b = await rebuild(id);
        if (b) return b.report;
      }
      return store.getStory(id);
    },
    async getStorySummary(id: string): Promise<StorySummary | null> {
      if (await isStale(id)) {
        const b = await rebuild(id);
        if (b) return b.summary;
      }
      return store.getStorySummary(id);
    },
    storyBuildInput: (id) => store.storyBuildInput(id),
    staleStories: (o) => store.staleStories(o),
    putBuiltReport: (r, s, v) => store.putBuiltReport(r, s, v),
    assignments: (storyId) => store.assignments(storyId),
    loadClustererState: () => store.loadClustererState(),
    search: (text, o) => store.search(text, o),
    counts: () => store.counts(),
    close: async () => {
      // Let builds in flight write back before the store closes.
      await Promise.allSettled([...cache.values()]);
      await store.close();
    },
  };
}
