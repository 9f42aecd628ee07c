/**
 * Worker thread of the article-analysis pool (article-analysis-pool.ts): analyses a chunk of
 * articles with the default stages and replies with each analysis as JSON text.
 */
import { parentPort } from 'node:worker_threads';
import type { Article } from '../model/article.js';
import type { AnalysisReply } from './article-analysis-pool.js';
import { createStoreDeps } from './store-deps.js';

const deps = createStoreDeps(undefined, { workers: 0, analysisWorkers: 0 });

parentPort?.on('message', (m: { seq: number; articles: Article[] }) => {
  let reply: AnalysisReply;
  try {
    reply = { seq: m.seq, json: m.articles.map((a) => JSON.stringify(deps.analyzeArticle!(a))) };
  } catch (e) {
    reply = { seq: m.seq, error: (e as Error).message };
  }
  parentPort?.postMessage(reply);
});
// Modules loaded: the pool may send chunks now.
parentPort?.postMessage({ ready: true } satisfies AnalysisReply);
