// Ingest throughput into SQLite: articles/s through the ingest service (store + clustering +
// story reports), with the real analysis (clusterer, time, quotes, entities, numbers, summary).
// With `fallback` as third argument it uses the stand-in stages of src/store/fallback-deps.ts,
// which measures the store alone.
// With `pg` as second argument it ingests into a throwaway PostgreSQL instead.
// CC_BATCH=n sets the batch size (default 500, the CLI default).
// CC_WORKERS=n sets the story-report worker threads (default: cores - 1, at least 1; 0: in-thread).
// CC_ANALYSIS_WORKERS=n sets the article-analysis worker threads of the deferred-report ingest
// (default: as `crosscheck ingest`, defaultAnalysisWorkerCount(): none on 2 cores; 0: in-thread).
// Reports are deferred as in `crosscheck ingest` (built on a story's first read); CC_EAGER=1
// builds every touched story's report in the batch instead. After the ingest, the bench builds
// every deferred report (withDefaultReports' buildStale, as a server does in the background)
// and prints that rate too: ingest + that is the whole work when every story gets read.
// Besides wall-clock throughput it prints the process CPU time per article (worker threads
// included) and, on Linux, the CPU time of the main thread alone (from /proc/self/task): the
// ingest's bottleneck when the analysis runs on other threads, and a figure a machine loaded by
// other work disturbs far less than wall time.
// Usage: npx tsx bench/store-ingest-bench.ts [articles=3000] [sqlite|pg] [real|fallback]
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { openStore } from '../src/store/open-store.js';
import { createIngestService } from '../src/store/ingest-service.js';
import { ingestInBatches } from '../src/store/ingest-runner.js';
import { fallbackDeps } from '../src/store/fallback-deps.js';
import { createStoreDeps, defaultAnalysisWorkerCount, withDefaultReports } from '../src/pipeline/store-deps.js';
import { baseArticles, mutate } from './bench-corpus.js';
import { startPgTestServer, type PgTestServer } from '../scripts/pg-test-server.js';

/** CPU ms of this process's main thread (Linux), or null. */
function mainThreadCpuMs(): number | null {
  try {
    const f = readFileSync(`/proc/self/task/${process.pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
    // utime and stime (fields 14 and 15 of stat) in clock ticks of 10 ms.
    return (Number(f[11]) + Number(f[12])) * 10;
  } catch {
    return null;
  }
}

const n = Number(process.argv[2] ?? 3000);
const BATCH = Number(process.env['CC_BATCH'] ?? 500);
const WORKERS = process.env['CC_WORKERS'] === undefined ? undefined : Number(process.env['CC_WORKERS']);
const ANALYSIS_WORKERS = Number(process.env['CC_ANALYSIS_WORKERS'] ?? defaultAnalysisWorkerCount());
const base = await baseArticles();
const articles = Array.from({ length: n }, (_, i) => mutate(base[i % base.length]!, `b${i}`, i + 1));
const backend = process.argv[3] === 'pg' ? 'PostgreSQL' : 'SQLite';
const useFallback = process.argv[4] === 'fallback';
const dir = mkdtempSync(join(tmpdir(), 'cc-bench-'));
let pg: PgTestServer | null = null;
try {
  let url = join(dir, 'bench.db');
  if (backend === 'PostgreSQL') {
    const s = await startPgTestServer();
    if ('skip' in s) throw new Error(s.skip);
    pg = s;
    url = await s.createDatabase('bench');
  }
  const store = await openStore(url);
  const deps = useFallback ? fallbackDeps : createStoreDeps(undefined, { analysisWorkers: ANALYSIS_WORKERS, ...(WORKERS === undefined ? {} : { workers: WORKERS }) });
  const eager = process.env['CC_EAGER'] === '1';
  const svc = createIngestService(store, deps, { deferReports: !eager });
  const t0 = performance.now();
  const c0 = process.cpuUsage();
  const m0 = mainThreadCpuMs();
  const totals = await ingestInBatches(svc, articles, { batchSize: BATCH });
  const secs = (performance.now() - t0) / 1000;
  const cpu = process.cpuUsage(c0);
  const m1 = mainThreadCpuMs();
  const main = m0 !== null && m1 !== null ? `, main thread ${((m1 - m0) / n).toFixed(2)} ms/article = ${(n / ((m1 - m0) / 1000)).toFixed(0)} articles per main-thread CPU second` : '';
  const t1 = performance.now();
  const again = await ingestInBatches(svc, articles, { batchSize: 100 });
  const secs2 = (performance.now() - t1) / 1000;
  const c = await store.counts();
  const t2 = performance.now();
  const reader = withDefaultReports(store, deps);
  let built = 0;
  // As a server's background builder does, in bigger chunks.
  for (let r = await reader.buildStale(100); r.written > 0; r = await reader.buildStale(100)) built += r.written;
  const secs3 = (performance.now() - t2) / 1000;
  await deps.close?.();
  await store.close();
  const mb = articles.reduce((s, a) => s + a.text.length, 0) / 1e6;
  console.log(`ingest (${backend}, ${useFallback ? 'fallback' : 'real'} analysis, batches of ${BATCH}, ${eager ? 'eager' : 'deferred'} reports): ${n} articles (${mb.toFixed(1)} M chars) in ${secs.toFixed(2)} s = ${(n / secs).toFixed(0)} articles/s; `
    + `${totals.added} new, ${c.stories} stories; process CPU ${((cpu.user + cpu.system) / 1000 / n).toFixed(2)} ms/article${main} `
    + `(${WORKERS ?? 'default'} report workers, ${ANALYSIS_WORKERS} analysis workers; load average ${loadavg()[0]!.toFixed(1)} on ${availableParallelism()} cores)`);
  console.log(`re-ingest of the same articles (all unchanged: ${again.unchanged}): ${(n / secs2).toFixed(0)} articles/s`);
  console.log(`then building every deferred report (${eager ? 'none: built at ingest' : 'from the stored analyses, written back'}): ${built} stories in ${secs3.toFixed(2)} s = ${(built / secs3).toFixed(0)} stories/s`);
} finally {
  await pg?.stop();
  rmSync(dir, { recursive: true, force: true });
}
