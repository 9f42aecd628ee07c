import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Article } from '../../src/model/article.js';
import { openStore } from '../../src/store/open-store.js';
import { createIngestService, type IngestDeps } from '../../src/store/ingest-service.js';
import { ingestInBatches } from '../../src/store/ingest-runner.js';
import { buildFallbackStoryReport } from '../../src/store/fallback-deps.js';
import { createStoryClusterer } from '../../src/match/story-clusterer.js';

function art(id: string, text: string, publishedAt: string): Article {
  return {
    kind: 'article', id, source: { input: id }, url: null, outlet: null, title: null, byline: null, publishedAt,
    publishedAtSource: null, lang: null, dateline: null, credits: [], agencies: [], text, embeds: [], contentHash: id, diagnostics: [],
  };
}

const QUAKE = 'A magnitude 6.4 earthquake struck near Malatya on Tuesday, killing at least 28 people and destroying hundreds of homes, officials in Malatya said. Rescue teams from the Red Crescent searched the rubble overnight.';
const RETOLD = 'Officials in Malatya said at least 28 people died when a 6.4 magnitude quake shook the region on Tuesday; the Red Crescent sent rescue teams to search the rubble, and hundreds of homes were destroyed.';
const VOTE = 'Lawmakers in the Bundestag voted 401 to 212 on Thursday to approve the pension reform bill proposed by Chancellor Olaf Scholz, after a heated debate about retirement ages.';

test('stories split by arrival are merged in the store by the batch\'s consolidation', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'cc-consolidate-'));
  const store = await openStore(join(dir, 'x.db'));
  // A join threshold no report reaches: only consolidation can bring reports together.
  const deps: IngestDeps = {
    createClusterer: (state) => createStoryClusterer(state === undefined || state === null
      ? { joinThreshold: 0.99, mergeThreshold: 0.99, consolidateThreshold: 0.25, copyContainment: 0 }
      : { state }),
    buildStoryReport: buildFallbackStoryReport,
  };
  try {
    const svc = createIngestService(store, deps);
    await ingestInBatches(svc, [art('q1', QUAKE, '2023-03-01'), art('v1', VOTE, '2023-03-02'), art('q2', RETOLD, '2023-03-01')], { batchSize: 3 });
    const page = await store.listStories({ limit: 100 });
    const members = await Promise.all(page.stories.map(async (s) => (await store.getStory(s.id))?.articleIds.slice().sort().join(',')));
    assert.deepEqual(members.sort(), ['q1,q2', 'v1']);
  } finally {
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  }
});
