import { test } from 'node:test';
import assert from 'node:assert/strict';
import { SqliteStore } from '../../src/store/sqlite/sqlite-store.js';
import { createIngestService, type IngestDeps } from '../../src/store/ingest-service.js';
import { withFreshReports } from '../../src/store/fresh-report-store.js';
import { buildFallbackStoryReport } from '../../src/store/fallback-deps.js';
import { startStaleReportBuilder } from '../../src/server/stale-report-builder.js';
import { createKeyClusterer } from '../store/conformance.js';
import { makeArticle } from '../store/fixtures.js';

/** Waits (without timing anything) until `done()` holds, giving up after many turns. */
async function until(done: () => Promise<boolean>): Promise<boolean> {
  for (let i = 0; i < 500; i++) {
    if (await done()) return true;
    await new Promise((r) => setTimeout(r, 10));
  }
  return false;
}

test('the background builder builds every stale report except those that fail, then stops', async () => {
  const store = new SqliteStore(':memory:');
  const deps: IngestDeps = { createClusterer: createKeyClusterer, buildStoryReport: buildFallbackStoryReport };
  await createIngestService(store, deps, { deferReports: true }).ingestBatch(
    ['a', 'b', 'c', 'bad'].map((k) => makeArticle(`x@${k}`, `Text of story ${k}.`)),
  );
  assert.equal((await store.staleStories()).length, 4);
  const built: string[] = [];
  const fresh = withFreshReports(store, (articles) => {
    if (articles.some((a) => a.id === 'x@bad')) throw new Error('cannot build');
    built.push(articles[0]!.id);
    return buildFallbackStoryReport(articles);
  });
  const builder = startStaleReportBuilder(fresh, 5);
  try {
    assert.ok(await until(async () => (await store.staleStories()).length === 1), 'all but the failing story built');
    const bad = (await store.assignments()).find((x) => x.articleId === 'x@bad')?.storyId;
    assert.deepEqual(await store.staleStories(), [bad]);
    assert.deepEqual(built.sort(), ['x@a', 'x@b', 'x@c']);
  } finally {
    await builder.stop();
  }
  // Stopped: a new stale story stays stale.
  await createIngestService(store, deps, { deferReports: true }).ingestBatch([makeArticle('y@d', 'Later text.')]);
  await new Promise((r) => setTimeout(r, 30));
  assert.equal((await store.staleStories()).length, 2);
  assert.deepEqual(built.sort(), ['x@a', 'x@b', 'x@c']);
  await store.close();
});
