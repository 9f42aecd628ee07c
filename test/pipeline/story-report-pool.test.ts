import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Article } from '../../src/model/article.js';
import { createStoryReportPool, type StoryJob } from '../../src/pipeline/analysis-pool.js';
import { createArticleAnalysisPool } from '../../src/pipeline/article-analysis-pool.js';
import { createStoreDeps } from '../../src/pipeline/store-deps.js';
import { createDefaultDeps } from '../../src/pipeline/default-deps.js';
import { loadArticles } from '../../src/pipeline/load-articles.js';

async function jobs(): Promise<StoryJob[]> {
  const seed = (await loadArticles(['examples/seed-story'])).articles;
  const dev = (await loadArticles(['test/pipeline/fixtures/dev-sample.jsonl'])).articles;
  assert.equal(seed.length, 5);
  assert.equal(dev.length, 12);
  const byId = (id: string): Article => dev.find((a) => a.id.endsWith(id)) ?? assert.fail(`no ${id}`);
  return [
    { id: 'seed', articles: seed },
    // Two articles about the same vote, then every dev article alone.
    { id: 'vote', articles: [byId('d0006'), byId('d0009')] },
    ...dev.map((a) => ({ id: a.id, articles: [a] })),
  ];
}

const json = (x: unknown): string => JSON.stringify(x);

test('story reports built by worker threads equal the in-thread reports', async () => {
  const all = await jobs();
  const reference = createStoreDeps(undefined, { workers: 0 });
  const expected = all.map((j) => reference.buildStoryReport(j.articles));
  assert.ok(expected[0]!.quotes.length > 0 && expected[0]!.entities.length > 0, 'the seed report is not empty');
  let inThread = 0;
  const pool = createStoryReportPool({ size: 2, helpInThread: false, inThread: (a) => (inThread++, reference.buildStoryReport(a)) });
  try {
    const got = await pool.buildStoryReports(all);
    assert.equal(pool.size(), 2, 'both workers started');
    assert.equal(inThread, 0, 'every story was built by a worker');
    for (let i = 0; i < all.length; i++) assert.equal(json(got[i]), json(expected[i]), `story ${all[i]!.id}`);
  } finally {
    await pool.close();
  }
});

test('the ingest deps with a pool (calling thread helping) give the in-thread reports', async () => {
  const all = await jobs();
  const reference = createStoreDeps(undefined, { workers: 0 });
  const pooled = createStoreDeps(undefined, { workers: 1 });
  assert.ok(pooled.buildStoryReports, 'a pool is used');
  try {
    const got = await pooled.buildStoryReports(all);
    assert.deepEqual(got.map(json), all.map((j) => json(reference.buildStoryReport(j.articles))));
  } finally {
    await pooled.close?.();
  }
});

test('workers that cannot start leave the work to the calling thread', async () => {
  const all = (await jobs()).slice(0, 3);
  const reference = createStoreDeps(undefined, { workers: 0 });
  const pool = createStoryReportPool({
    size: 1, helpInThread: false, inThread: (a) => reference.buildStoryReport(a),
    workerUrl: new URL('./no-such-worker.js', import.meta.url),
  });
  try {
    const got = await pool.buildStoryReports(all);
    assert.equal(pool.size(), 0);
    assert.deepEqual(got.map(json), all.map((j) => json(reference.buildStoryReport(j.articles))));
  } finally {
    await pool.close();
  }
});

test('one-article shortcuts of the store deps change no report', async () => {
  const all = await jobs();
  // Injected stages: no shortcut, no pool.
  const plain = createStoreDeps(createDefaultDeps());
  const fast = createStoreDeps(undefined, { workers: 0 });
  assert.equal(plain.buildStoryReports, undefined);
  for (const j of all) assert.equal(json(fast.buildStoryReport(j.articles)), json(plain.buildStoryReport(j.articles)), j.id);
});

test('article analyses from worker threads (calling thread helping) equal the in-thread ones, in order', async () => {
  const articles = (await jobs()).flatMap((j) => j.articles);
  const reference = createStoreDeps(undefined, { workers: 0 });
  const expected = articles.map((a) => JSON.stringify(reference.analyzeArticle!(a)));
  const pooled = createStoreDeps(undefined, { workers: 0, analysisWorkers: 1 });
  assert.ok(pooled.startAnalysis, 'a pool is used');
  try {
    // Two jobs at once, the second finished first.
    const first = pooled.startAnalysis(articles);
    const second = pooled.startAnalysis(articles.slice(0, 3));
    assert.deepEqual(await second(), expected.slice(0, 3));
    assert.deepEqual(await first(), expected);
  } finally {
    await pooled.close?.();
  }
});

/** Waits (without timing anything) until the pool's workers have loaded, giving up after many turns. */
async function whenReady(pool: { ready(): number }, n: number): Promise<void> {
  for (let i = 0; i < 2000 && pool.ready() < n; i++) await new Promise((r) => setTimeout(r, 10));
  assert.equal(pool.ready(), n, 'workers ready');
}

test('a ready analysis worker takes the chunks it is given; the results equal the in-thread ones', async () => {
  const articles = (await jobs()).flatMap((j) => j.articles);
  const reference = createStoreDeps(undefined, { workers: 0 });
  const analyze = (a: Article): string => JSON.stringify(reference.analyzeArticle!(a));
  let inThread = 0;
  const pool = createArticleAnalysisPool({ size: 1, inThread: (a) => (inThread++, analyze(a)) });
  try {
    pool.start();
    await whenReady(pool, 1);
    // 17 articles = 2 chunks, both handed to the ready worker at once.
    assert.deepEqual(await pool.analyze(articles)(), articles.map(analyze));
    assert.equal(inThread, 0);
  } finally {
    await pool.close();
  }
});

test('article analysis workers that fail, or cannot start, leave the work to the calling thread', async () => {
  const articles = (await jobs()).flatMap((j) => j.articles).slice(0, 20);
  const expected = articles.map((a) => JSON.stringify({ id: a.id }));
  let inThread = 0;
  const local = (a: Article): string => (inThread++, JSON.stringify({ id: a.id }));
  const broken = createArticleAnalysisPool({ size: 1, inThread: local, workerUrl: new URL('./no-such-worker.js', import.meta.url) });
  try {
    assert.deepEqual(await broken.analyze(articles)(), expected);
    assert.equal(inThread, articles.length);
    for (let i = 0; i < 2000 && broken.size() > 0; i++) await new Promise((r) => setTimeout(r, 10));
    assert.equal(broken.size(), 0, 'the worker that cannot start is dropped');
  } finally {
    await broken.close();
  }
  // A worker that answers every chunk with an error: each chunk is redone in-thread.
  inThread = 0;
  const failing = createArticleAnalysisPool({ size: 1, inThread: local, workerUrl: new URL('./fixtures/failing-analysis-worker.mjs', import.meta.url) });
  try {
    failing.start();
    await whenReady(failing, 1);
    assert.deepEqual(await failing.analyze(articles)(), expected);
    assert.equal(inThread, articles.length);
  } finally {
    await failing.close();
  }
});
