/**
 * Story reads that always see a fresh report, over a store whose ingest defers reports
 * (IngestServiceOptions.deferReports). Why defer: most stories of a stream are read far less often
 * than they change, and a report costs more than storing and analysing its new article, so a
 * report is built when it is first read, not at every batch that touches its story.
 *
 * A stale story's report is built from its members and their stored per-article analyses, kept
 * in memory for that story version (a later batch bumps the version, so a cached report is never
 * served for changed members), and written back when the write lock is free at once (the store's
 * putBuiltReports), so other readers and processes find it built. The lists' report-derived fields
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
/** Stale stories built (and written back in one transaction) at a time by an entity filter. */
const CHUNK = 100;

/** A Store with fresh story reads, which can also build stale reports ahead of readers. */
export interface FreshReportStore extends Store {
  /**
   * Builds up to `limit` stale reports (skipping the ids in `skip`) and writes them back in one
   * transaction. A story whose build throws is left stale and added to `failed`. Returns how
   * many were examined and how many written back (0 written: nothing stale, or the lock taken).
   */
  buildStale(limit: number, skip?: Set<string>, failed?: Set<string>): Promise<{ examined: number; written: number }>;
}

export function withFreshReports(store: Store, build: StoryReportBuilder, opts: { cacheSize?: number } = {}): FreshReportStore {
  const max = opts.cacheSize ?? CACHE_SIZE;
  const cache = new Map<string, Built>();
  const writes = new Set<Promise<number>>();

  /**
   * Fresh reports of those `ids` that are stale (the others are left out: gone, or fresh in the
   * store), built from the stored members and analyses and written back in one transaction.
   */
  const freshen = async (ids: string[], failed?: Set<string>): Promise<{ built: Map<string, Built>; written: number }> => {
    const out = new Map<string, Built>();
    const unsaved: { report: StoryReport; summary: StorySummary; version: number }[] = [];
    for (const id of ids) {
      const input = await store.storyBuildInput(id);
      if (!input || !input.stale || input.members.length === 0) continue;
      // The members themselves are part of the key: a report is never served for other members,
      // even should a story id be reused after a merge deleted it (versions restart at 1).
      const key = `${id}\u0000${input.version}\u0000${input.members.map((m) => `${m.article.id}\u0001${m.article.contentHash}`).join('\u0000')}`;
      // Building is synchronous: a concurrent read of the same version finds it here once built.
      let b = cache.get(key);
      if (!b) {
        const articles = input.members.map((m) => m.article);
        let report: StoryReport;
        try {
          report = { ...build(articles, input.members.map((m) => m.analysis)), id };
        } catch (e) {
          if (!failed) throw e;
          failed.add(id);
          continue;
        }
        b = { report, summary: summarizeStory(report, articles, new Date().toISOString()) };
        cache.set(key, b);
        while (cache.size > max) cache.delete(cache.keys().next().value as string);
      }
      // Still stale in the store: written (again, if an earlier write-back found the lock taken).
      unsaved.push({ ...b, version: input.version });
      out.set(id, b);
    }
    const w = store.putBuiltReports(unsaved);
    writes.add(w);
    try {
      return { built: out, written: await w };
    } finally {
      writes.delete(w);
    }
  };

  const freshOne = async (id: string): Promise<Built | null> =>
    (await store.staleStories({ ids: [id] })).length > 0 ? ((await freshen([id])).built.get(id) ?? null) : null;

  return {
    async buildStale(limit: number, skip: Set<string> = new Set(), failed: Set<string> = new Set()) {
      const ids = (await store.staleStories({ limit: limit + skip.size })).filter((id) => !skip.has(id)).slice(0, limit);
      const { written } = await freshen(ids, failed);
      return { examined: ids.length, written };
    },
    capabilities: store.capabilities,
    writeTransaction: (fn) => store.writeTransaction(fn),
    getArticle: (id) => store.getArticle(id),
    getArticles: (ids) => store.getArticles(ids),
    async listStories(query: StoryQuery = {}): Promise<StoryPage> {
      if (query.entity) {
        const all = await store.staleStories();
        for (let i = 0; i < all.length; i += CHUNK) await freshen(all.slice(i, i + CHUNK));
      }
      const page = await store.listStories(query);
      const stale = await store.staleStories({ ids: page.stories.map((s) => s.id) });
      if (stale.length === 0) return page;
      const { built } = await freshen(stale);
      return { ...page, stories: page.stories.map((s) => built.get(s.id)?.summary ?? s) };
    },
    async getStory(id: string): Promise<StoryReport | null> {
      return (await freshOne(id))?.report ?? store.getStory(id);
    },
    async getStorySummary(id: string): Promise<StorySummary | null> {
      return (await freshOne(id))?.summary ?? store.getStorySummary(id);
    },
    storyBuildInput: (id) => store.storyBuildInput(id),
    staleStories: (o) => store.staleStories(o),
    putBuiltReports: (b) => store.putBuiltReports(b),
    assignments: (storyId) => store.assignments(storyId),
    loadClustererState: () => store.loadClustererState(),
    search: (text, o) => store.search(text, o),
    counts: () => store.counts(),
    close: async () => {
      // Write-backs in flight finish before the store closes.
      await Promise.allSettled([...writes]);
      await store.close();
    },
  };
}
