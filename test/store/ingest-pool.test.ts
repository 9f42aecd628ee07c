import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openStore } from '../../src/store/open-store.js';
import { createIngestService, type IngestDeps } from '../../src/store/ingest-service.js';
import { ingestInBatches } from '../../src/store/ingest-runner.js';
import { createStoreDeps } from '../../src/pipeline/store-deps.js';
import { loadArticles } from '../../src/pipeline/load-articles.js';

/** Ingests seed + dev sample in small batches; returns every stored story report, by id. */
async function ingestAll(deps: IngestDeps): Promise<Map<string, string>> {
  const dir = mkdtempSync(join(tmpdir(), 'cc-ingest-pool-'));
  const store = await openStore(join(dir, 'x.db'));
  try {
    const articles = (await loadArticles(['examples/seed-story', 'test/pipeline/fixtures/dev-sample.jsonl'])).articles;
    const svc = createIngestService(store, deps);
    await ingestInBatches(svc, articles, { batchSize: 4 });
    // A re-run changes nothing (idempotent) with either deps.
    const again = await ingestInBatches(svc, articles, { batchSize: 7 });
    assert.equal(again.unchanged, articles.length);
    const out = new Map<string, string>();
    for (const s of (await store.listStories({ limit: 1000 })).stories) out.set(s.id, JSON.stringify(await store.getStory(s.id)));
    return out;
  } finally {
    await deps.close?.();
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

test('ingest with the story-report pool stores the same stories and reports as in-thread', async () => {
  const inThread = await ingestAll(createStoreDeps(undefined, { workers: 0 }));
  const pooled = await ingestAll(createStoreDeps(undefined, { workers: 1 }));
  assert.ok(inThread.size >= 5, `${inThread.size} stories`);
  assert.deepEqual([...pooled.keys()].sort(), [...inThread.keys()].sort());
  for (const [id, report] of inThread) assert.equal(pooled.get(id), report, id);
});
