// Child process of reliability.test.ts: ingests `total` synthetic articles in batches of 50 into
// a SQLite file, printing a line after each committed batch. With `deferred` as third argument,
// story reports are deferred and each article's analysis (a stand-in) is stored instead.
import { openStore } from '../../src/store/open-store.js';
import { createIngestService } from '../../src/store/ingest-service.js';
import { fallbackDeps } from '../../src/store/fallback-deps.js';
import { otherArticles } from './fixtures.js';

const [path, total, mode] = process.argv.slice(2) as [string, string, string | undefined];
const store = await openStore(path);
const deferred = mode === 'deferred';
const svc = deferred
  ? createIngestService(store, { ...fallbackDeps, analyzeArticle: (a) => ({ chars: a.text.length }) }, { deferReports: true })
  : createIngestService(store, fallbackDeps);
const articles = otherArticles(Number(total), 'k');
for (let i = 0; i < articles.length; i += 50) {
  const r = await svc.ingestBatch(articles.slice(i, i + 50));
  process.stdout.write(`committed ${i + 50} added ${r.added}\n`);
}
await store.close();
process.stdout.write('done\n');
