// Deferred story reports with the real stages: a report built on first read from the stored
// analyses must equal the one the eager ingest builds, and the HTTP app must serve it.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { SqliteStore } from '../../src/store/sqlite/sqlite-store.js';
import { createIngestService } from '../../src/store/ingest-service.js';
import { ingestInBatches } from '../../src/store/ingest-runner.js';
import { createStoreDeps, withDefaultReports } from '../../src/pipeline/store-deps.js';
import { buildApp } from '../../src/server/app.js';
import type { StorySummary } from '../../src/store/store.js';
import { otherArticles, seedArticles } from '../store/fixtures.js';

const articles = [...seedArticles(), ...otherArticles(6)];
const noTime = (s: StorySummary | null | undefined): unknown => (s ? { ...s, updatedAt: '' } : s);

describe('deferred story reports (real stages)', () => {
  it('builds on first read the same report and list fields as an eager ingest', async () => {
    const eager = new SqliteStore(':memory:');
    const deferred = new SqliteStore(':memory:');
    // Small batches, so stories grow over several batches in both stores.
    await ingestInBatches(createIngestService(eager, createStoreDeps(undefined, { workers: 0 })), articles, { batchSize: 3 });
    await ingestInBatches(createIngestService(deferred, createStoreDeps(undefined, { workers: 0 }), { deferReports: true }), articles, { batchSize: 3 });
    const ids = (await eager.listStories()).stories.map((s) => s.id);
    assert.ok(ids.length >= 2);
    assert.deepEqual((await deferred.staleStories()).sort(), [...ids].sort());
    const reader = withDefaultReports(deferred);
    let summarised = 0;
    for (const id of ids) {
      const report = await reader.getStory(id);
      assert.ok(report);
      summarised += report.summary.length > 0 ? 1 : 0;
      assert.deepEqual(report, await eager.getStory(id));
      assert.deepEqual(noTime(await reader.getStorySummary(id)), noTime(await eager.getStorySummary(id)));
    }
    assert.ok(summarised > 0);
    assert.deepEqual(await deferred.staleStories(), []);
    await reader.close();
    await eager.close();
  });

  it('serves a deferred story through the HTTP app, fresh', async () => {
    const store = new SqliteStore(':memory:');
    const deps = createStoreDeps(undefined, { workers: 0 });
    await createIngestService(store, deps, { deferReports: true }).ingestBatch(seedArticles());
    const id = (await store.assignments())[0]?.storyId ?? '';
    assert.equal(await store.getStory(id), null);
    const app = await buildApp({ store, deps });
    const list = (await app.inject({ url: '/api/stories' })).json() as { stories: StorySummary[] };
    const { report: story } = (await app.inject({ url: `/api/stories/${id}` })).json() as { report: { id: string; title: string; articleIds: string[] } };
    assert.equal(story.id, id);
    assert.deepEqual(story.articleIds, (await store.assignments(id)).map((x) => x.articleId));
    assert.equal(list.stories.find((s) => s.id === id)?.title, story.title);
    assert.ok((list.stories.find((s) => s.id === id)?.topEntities.length ?? 0) > 0);
    await app.close();
    await store.close();
  });
});
