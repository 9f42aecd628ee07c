/**
 * Worker thread of the story-report pool (analysis-pool.ts): builds the report of one story from
 * its member articles with the default stages and its own per-article analysis cache.
 */
import { parentPort } from 'node:worker_threads';
import type { Article } from '../model/article.js';
import type { WorkerReply } from './analysis-pool.js';
import { createStoreDeps } from './store-deps.js';

const deps = createStoreDeps(undefined, { workers: 0 });

parentPort?.on('message', (m: { seq: number; articles: Article[] }) => {
  let reply: WorkerReply;
  try {
    reply = { seq: m.seq, report: deps.buildStoryReport(m.articles) };
  } catch (e) {
    reply = { seq: m.seq, error: (e as Error).message };
  }
  parentPort?.postMessage(reply);
});
