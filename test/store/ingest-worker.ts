// Child process of multi-worker.ts: one ingest worker (SQLite path or postgres URL) writing 10 small batches.
// Worker 2 defers story reports (and stores stand-in analyses), so eager and deferred writers mix.
import { openStore } from '../../src/store/open-store.js';
import { createIngestService } from '../../src/store/ingest-service.js';
import { keyDeps } from './conformance.js';
import { makeArticle } from './fixtures.js';

const [url, worker] = process.argv.slice(2) as [string, string];
const store = await openStore(url);
const svc = worker === '2'
  ? createIngestService(store, { ...keyDeps, analyzeArticle: (a) => ({ chars: a.text.length }) }, { deferReports: true })
  : createIngestService(store, keyDeps);
for (let i = 0; i < 10; i++) {
  const batch = ['gamma', 'delta', 'eps', 'zeta'].map((k) => makeArticle(`w${worker}-${i}@${k}`, `Worker ${worker} batch ${i} on ${k}.`));
  await svc.ingestBatch(batch);
}
await store.close();
