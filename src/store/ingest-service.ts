import type { Article } from '../model/article.js';
import type { StoryClusterer } from '../model/match.js';
import type { StoryReport } from '../model/story.js';
import type { Store, StoreWriteTx, StoredAnalysis } from './store.js';
import { memberSummary, summarizeStory } from './story-summary.js';

/** The analysis stages the ingest service needs, injected so the store does not depend on them. */
export interface IngestDeps {
  /** A clusterer resumed from saved state (undefined: a fresh one). */
  createClusterer(state: unknown): StoryClusterer;
  /**
   * The report of one story from its member articles (its id is set by the service), given, where
   * known, each member's stored analysis (from analyzeArticle; null: to be computed).
   */
  buildStoryReport(articles: Article[], analyses?: unknown[]): StoryReport;
  /**
   * Optional: the per-article analysis (JSON-able data) stored at ingest when reports are deferred,
   * so a report built later does not re-analyse its members.
   */
  analyzeArticle?(article: Article): unknown;
  /**
   * Optional, the same analyses in parallel: starts analysing now (e.g. on worker threads) and
   * returns a function that completes the work (in this thread where needed) and gives each
   * article's analysis as JSON text, as JSON.stringify(analyzeArticle(a)) would.
   */
  startAnalysis?(articles: Article[]): () => Promise<string[]>;
  /** Optional: the reports of several stories at once (e.g. in parallel), same results as one by one. */
  buildStoryReports?(stories: { id: string; articles: Article[] }[]): Promise<StoryReport[]>;
  /** Optional: releases resources (worker threads). */
  close?(): Promise<void>;
}

export interface BatchResult {
  added: number;
  updated: number;
  unchanged: number;
  /** Stories created or changed by the batch. */
  stories: string[];
}

export interface IngestServiceOptions {
  /**
   * Defer story reports: a batch stores its articles, their analyses (deps.analyzeArticle) and
   * story assignments, and marks the touched stories stale; each report is built on its first
   * read (withFreshReports) instead of at every batch that touches the story. Default false.
   */
  deferReports?: boolean;
}

export interface IngestService {
  /** Stores one batch in one transaction: articles, assignments, reports (or analyses and stale marks), clusterer state. */
  ingestBatch(articles: Article[]): Promise<BatchResult>;
}

/**
 * Ingest = store articles + assign them to stories + recompute the reports of touched stories,
 * all in one write transaction per batch under the store's ingest lock. The clusterer state is
 * saved in the same transaction, so a crash loses at most the open batch and a re-run resumes
 * exactly. A worker reloads the clusterer when another worker saved a newer state version.
 * A changed article (new version) keeps its story; that story's report is recomputed.
 * With deferReports, the reports are not built here: the new contents' analyses are stored and
 * the touched stories marked stale, in the same transaction (see fresh-report-store.ts).
 */
export function createIngestService(store: Store, deps: IngestDeps, opts: IngestServiceOptions = {}): IngestService {
  let clusterer: StoryClusterer | null = null;
  let version = -1;

  const startAnalysis = (fresh: Article[]): (() => Promise<string[]>) | null => {
    if (fresh.length === 0) return null;
    if (deps.startAnalysis) return deps.startAnalysis(fresh);
    const analyze = deps.analyzeArticle;
    return analyze ? () => Promise.resolve(fresh.map((a) => JSON.stringify(analyze(a)))) : null;
  };

  const run = async (tx: StoreWriteTx, articles: Article[]): Promise<BatchResult> => {
    // Parse the saved state only when another worker (or a restart) made ours stale.
    let savedVersion = await tx.clustererStateVersion();
    if (clusterer === null || savedVersion !== version) {
      const saved = await tx.loadClustererState();
      savedVersion = saved?.version ?? 0;
      clusterer = deps.createClusterer(saved?.state);
      version = savedVersion;
    }
    const put = await tx.putArticles(articles);
    // Deferred reports: the new contents are analysed (maybe on other threads) while this one clusters.
    const fresh = [...put.added, ...put.updated];
    const analysed = opts.deferReports ? startAnalysis(fresh) : null;
    const touched = new Set<string>();
    const assignments: { articleId: string; storyId: string }[] = [];
    const merges: { into: string; from: string[] }[] = [];
    for (const [i, a] of put.added.entries()) {
      // Replies of analysis workers (and readers) get in now and then.
      if (analysed && i % YIELD_EVERY === YIELD_EVERY - 1) await yieldToLoop();
      const r = clusterer.add(a);
      assignments.push({ articleId: a.id, storyId: r.storyId });
      touched.add(r.storyId);
      if (r.merged.length) merges.push({ into: r.storyId, from: r.merged });
    }
    // A second look at the stories this batch touched: reports of one happening that arrived in
    // an order that split them (another language first, a vague date first) come together.
    for (const m of clusterer.consolidate?.(assignments.map((x) => x.storyId)) ?? []) merges.push({ into: m.into, from: [m.from] });
    await tx.assign(assignments);
    for (const m of merges) {
      await tx.mergeStories(m.into, m.from);
      for (const f of m.from) touched.delete(f);
      touched.add(m.into);
    }
    for (const a of put.updated) {
      const s = await tx.storyOf(a.id);
      if (s !== null) touched.add(s);
    }
    const now = new Date().toISOString();
    if (opts.deferReports) {
      // The list fields only (no member text): a big story touched by every batch stays cheap.
      for (const storyId of touched) {
        const members = await tx.storyMemberFields(storyId);
        if (members.length > 0) await tx.markStoryStale(memberSummary(storyId, members, now));
      }
      if (analysed) {
        const json = await analysed();
        await tx.putAnalyses(fresh.map((a, i): StoredAnalysis => ({ articleId: a.id, contentHash: a.contentHash, json: json[i]! })));
      }
    }
    const jobs: { id: string; articles: Article[] }[] = [];
    for (const storyId of opts.deferReports ? [] : touched) {
      const members = await tx.storyArticles(storyId);
      if (members.length > 0) jobs.push({ id: storyId, articles: members });
    }
    const reports = deps.buildStoryReports ? await deps.buildStoryReports(jobs) : null;
    for (const [i, job] of jobs.entries()) {
      // Let the event loop serve readers between stories (the batch stays one transaction).
      if (!reports) await yieldToLoop();
      const report = { ...(reports?.[i] ?? deps.buildStoryReport(job.articles)), id: job.id };
      await tx.putStoryReport(report, summarizeStory(report, job.articles, now));
    }
    if (put.added.length > 0) {
      version = savedVersion + 1;
      await tx.saveClustererState(clusterer.exportState(), version);
    }
    return { added: put.added.length, updated: put.updated.length, unchanged: put.unchanged.length, stories: [...touched] };
  };

  return {
    async ingestBatch(articles: Article[]): Promise<BatchResult> {
      try {
        return await store.writeTransaction((tx) => run(tx, articles));
      } catch (e) {
        // The in-memory clusterer may be ahead of the rolled-back state: reload next time.
        clusterer = null;
        version = -1;
        throw e;
      }
    },
  };
}

/** Articles clustered between two turns of the event loop while analysis runs beside. */
const YIELD_EVERY = 50;

const yieldToLoop = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));
