// Child process of multi-worker.ts: one ingest worker (SQLite path or postgres URL) writing 10 small batches.
import { openStore } from '../../src/store/open-store.js';
import { createIngestService } from '../../src/store/ingest-service.js';
import { keyDeps } from './conformance.js';
import { makeArticle } from './fixtures.js';

const [url, worker] = process.argv.slice(2) as [string, string];
const store = await openStore(url);
const svc = createIngestService(store, keyDeps);
for (let i = 0; i < 10; i++) {
  const batch = ['gamma', 'delta', 'eps', 'zeta'].map((k) => makeArticle(`w${worker}-${i}@${k}`, `Worker ${worker} batch ${i} on ${k}.`));
  await svc.ingestBatch(batch);
}
await store.close();
