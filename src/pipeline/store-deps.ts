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
import { buildAnalysisReport, type ReportDeps } from './build-report.js';
import { createDefaultDeps } from './default-deps.js';

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

export function createStoreDeps(base: ReportDeps = createDefaultDeps()): IngestDeps {
  const reportDeps: ReportDeps = { ...base, cache: base.cache ?? boundedCache(CACHE_SIZE) };
  return {
    createClusterer: (state) => createStoryClusterer(state === undefined || state === null ? {} : { state }),
    buildStoryReport(articles: Article[]): StoryReport {
      // The store already decided the members: one story of all of them, with their text relations.
      const story = { id: 'story', title: articles[0]?.title ?? '', articleIds: articles.map((a) => a.id) };
      const cluster = (arts: Article[]) => ({ stories: [story], relations: findRelations(arts.map((a) => fingerprintArticle(a)), [story]) });
      const report = buildAnalysisReport(articles, { ...reportDeps, cluster }).stories[0];
      return report ?? { ...story, summary: [], entities: [], quotes: [], timeline: [], claims: [], discrepancies: [], relations: [] };
    },
  };
}
