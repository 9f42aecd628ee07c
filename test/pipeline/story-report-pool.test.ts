import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Article } from '../../src/model/article.js';
import { createStoryReportPool, type StoryJob } from '../../src/pipeline/analysis-pool.js';
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
