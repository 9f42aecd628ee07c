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

export function createStoreDeps(reportDeps: ReportDeps = createDefaultDeps()): IngestDeps {
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
