/**
 * The real stages for the store's ingest service: the streaming story clusterer (resumed from
 * the stored state) and the full story report (the same one `crosscheck analyze` prints).
 */
import type { Article } from '../model/article.js';
import type { StoryReport } from '../model/story.js';
import { createStoryClusterer } from '../match/story-clusterer.js';
import { fingerprintArticle } from '../match/fingerprint-builder.js';
import { findRelations } from '../match/cluster-articles.js';
import type { IngestDeps } from '../store/ingest-service.js';
import type { Store } from '../store/store.js';
import { withFreshReports, type FreshReportStore } from '../store/fresh-report-store.js';
import { analysisKey, buildAnalysisReport, type ReportDeps } from './build-report.js';
import { createArticleAnalyzer } from './analyze-article.js';
import { packAnalysis, unpackAnalysis, type StoredAnalysisData } from './stored-analysis.js';
import { createDefaultDeps } from './default-deps.js';
import { availableParallelism } from 'node:os';
import { createStoryReportPool } from './analysis-pool.js';
import { createArticleAnalysisPool } from './article-analysis-pool.js';

/** Articles whose analysis is kept between batches (a story touched again is not re-analysed). */
const CACHE_SIZE = 20_000;

/** A Map that forgets its oldest entries beyond `max` (insertion order = age). */
function boundedCache<V>(max: number): Map<string, V> {
  const m = new Map<string, V>();
  const set = m.set.bind(m);
  m.set = (k: string, v: V) => {
    set(k, v);
    while (m.size > max) m.delete(m.keys().next().value as string);
    return m;
  };
  return m;
}

export interface StoreDepsOptions {
  /**
   * Worker threads that build story reports beside the calling thread (default:
   * defaultWorkerCount(); 0: all in-thread). Only with the default stages (`base` not given):
   * injected stages cannot be sent to a worker.
   */
  workers?: number;
  /**
   * Worker threads that analyse articles beside the calling thread for an ingest that defers
   * reports (startAnalysis; default 0, see defaultAnalysisWorkerCount). Only with the default stages.
   */
  analysisWorkers?: number;
}

/**
 * One less than the available cores, but none on two cores or fewer. On the shared 2-core machine
 * (bench/store-ingest-bench.ts 2000, other jobs keeping the load average at 4-9) one worker took
 * the main thread from 2.4 to 1.7-1.9 ms CPU per article, yet cost 1.3 ms more CPU per article
 * in all (its own module load, JIT and heap) and won only 5 of 14 paired wall-clock runs: with
 * the second core busy with other work there is little to gain from it.
 */
export function defaultAnalysisWorkerCount(): number {
  const cores = availableParallelism();
  return cores <= 2 ? 0 : cores - 1;
}

/**
 * One less than the available cores, but none on two cores or fewer: there a worker measured
 * slower than in-thread (bench/store-ingest-bench.ts 2000 on a shared 2-core machine: 205 against
 * 262 articles/s), its start-up, cold JIT and cache misses (a story rebuilt by another thread
 * re-analyses its members) costing more than the second core gives back.
 */
export function defaultWorkerCount(): number {
  const cores = availableParallelism();
  return cores <= 2 ? 0 : cores - 1;
}

/**
 * The default stages, skipping work whose result is known for a one-article story (most stories
 * of a stream): statement discrepancies only pair sentences of different articles.
 */
function defaultStages(): ReportDeps {
  const d = createDefaultDeps();
  const statements = d.statements;
  return statements ? { ...d, statements: (items) => (items.length < 2 ? [] : statements(items)) } : d;
}

export function createStoreDeps(base?: ReportDeps, opts: StoreDepsOptions = {}): IngestDeps {
  const stages = base ?? defaultStages();
  const reportDeps: ReportDeps = { ...stages, cache: stages.cache ?? boundedCache(CACHE_SIZE) };
  const workers = base ? 0 : opts.workers ?? defaultWorkerCount();
  const analyze = createArticleAnalyzer(stages.analyzers ?? {});
  const cache = reportDeps.cache!;
  const deps: IngestDeps = {
    createClusterer: (state) => createStoryClusterer(state === undefined || state === null ? {} : { state }),
    // Not cached here: an ingest that defers reports never reads the analysis back.
    analyzeArticle: (article: Article): unknown => packAnalysis(analyze(article)),
    buildStoryReport(articles: Article[], analyses?: unknown[]): StoryReport {
      // Stored analyses (analyzeArticle's output) stand in for re-analysing their articles.
      articles.forEach((a, i) => {
        const stored = analyses?.[i];
        const key = analysisKey(a);
        if (stored && !cache.has(key)) cache.set(key, unpackAnalysis(a, stored as StoredAnalysisData));
      });
      // The store already decided the members: one story of all of them, with their text relations.
      const story = { id: 'story', title: articles[0]?.title ?? '', articleIds: articles.map((a) => a.id) };
      // Relations pair two articles: none in a one-article story (no fingerprints needed).
      const cluster = (arts: Article[]) => ({ stories: [story], relations: arts.length < 2 ? [] : findRelations(arts.map((a) => fingerprintArticle(a)), [story]) });
      const report = buildAnalysisReport(articles, { ...reportDeps, cluster }).stories[0];
      return report ?? { ...story, summary: [], entities: [], quotes: [], timeline: [], claims: [], discrepancies: [], relations: [] };
    },
  };
  const closers: (() => Promise<void>)[] = [];
  if (workers > 0) {
    const pool = createStoryReportPool({ size: workers, inThread: (articles) => deps.buildStoryReport(articles) });
    // Started now: workers load their modules while the caller reads its input.
    pool.start();
    deps.buildStoryReports = (jobs) => pool.buildStoryReports(jobs);
    closers.push(() => pool.close());
  }
  const analysisWorkers = base ? 0 : opts.analysisWorkers ?? 0;
  if (analysisWorkers > 0) {
    const pool = createArticleAnalysisPool({ size: analysisWorkers, inThread: (a) => JSON.stringify(deps.analyzeArticle!(a)) });
    pool.start();
    deps.startAnalysis = (articles) => pool.analyze(articles);
    closers.push(() => pool.close());
  }
  if (closers.length > 0) deps.close = async () => { await Promise.all(closers.map((c) => c())); };
  return deps;
}

/**
 * A store whose story reads build deferred reports with the default stages (in this thread: a
 * reader builds one story at a time, on demand).
 */
export function withDefaultReports(store: Store, deps: IngestDeps = createStoreDeps(undefined, { workers: 0 })): FreshReportStore {
  return withFreshReports(store, (articles, analyses) => deps.buildStoryReport(articles, analyses));
}
