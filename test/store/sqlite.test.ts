import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { openStore } from '../../src/store/open-store.js';
import { createKeyClusterer, runStoreConformance } from './conformance.js';
import { createIngestService, type IngestDeps } from '../../src/store/ingest-service.js';
import { withFreshReports } from '../../src/store/fresh-report-store.js';
import { buildFallbackStoryReport } from '../../src/store/fallback-deps.js';
import { makeArticle } from './fixtures.js';
import { runMultiWorkerTest } from './multi-worker.js';

const dirs: string[] = [];
after(() => { for (const d of dirs) rmSync(d, { recursive: true, force: true }); });

runStoreConformance({
  name: 'sqlite',
  async fresh() {
    const dir = mkdtempSync(join(tmpdir(), 'cc-sqlite-'));
    dirs.push(dir);
    const path = join(dir, 'test.db');
    return { open: () => openStore(path) };
  },
});

runMultiWorkerTest('SQLite', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'cc-sqlite-mw-'));
  dirs.push(dir);
  return join(dir, 'workers.db');
});

describe('SQLite deferred reports across connections', () => {
  it('a reader whose write-back meets another connection\'s batch gives up at once and keeps serving', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'cc-sqlite-wb-'));
    dirs.push(dir);
    const path = join(dir, 'wb.db');
    const writer = await openStore(path);
    const other = await openStore(path);
    const deps: IngestDeps = { createClusterer: createKeyClusterer, buildStoryReport: buildFallbackStoryReport };
    await createIngestService(writer, deps, { deferReports: true }).ingestBatch([makeArticle('a@wb', 'Text of a story.')]);
    const id = (await writer.assignments())[0]?.storyId ?? '';
    const reader = withFreshReports(other, (arts) => buildFallbackStoryReport(arts));
    await writer.writeTransaction(async () => {
      // `writer` holds BEGIN IMMEDIATE: `other` cannot take the write lock, and must not wait for it.
      assert.deepEqual((await reader.getStory(id))?.articleIds, ['a@wb']);
      assert.deepEqual(await other.staleStories(), [id]);
    });
    assert.deepEqual((await reader.getStory(id))?.articleIds, ['a@wb']);
    assert.deepEqual(await other.staleStories(), []);
    await reader.close();
    await writer.close();
  });
});
