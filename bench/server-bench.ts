// Story page latency with 100,000 stored articles. Seeds a SQLite store with mutated real texts
// (stories of 10 articles, reports shaped like real ones), starts the server in a second process
// on loopback, then a closed-loop load generator (keep-alive, fixed concurrency) requests random
// story pages, bounded in count and time, and prints p50/p95/p99.
// The story page is measured at concurrency 1 and at the given concurrency.
// Usage: npx tsx bench/server-bench.ts [articles=100000] [requests=3000] [concurrency=8]
// CC_BENCH_DB=path keeps (and reuses) the seeded SQLite file.
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import http from 'node:http';
import { openStore } from '../src/store/open-store.js';
import { summarizeStory } from '../src/store/story-summary.js';
import { baseArticles, mutate, rng, syntheticReport } from './bench-corpus.js';

const N = Number(process.argv[2] ?? 100_000);
const REQUESTS = Number(process.argv[3] ?? 3000);
const CONCURRENCY = Number(process.argv[4] ?? 8);
const TIME_LIMIT_MS = 120_000;
const PER_STORY = 10;
const keep = process.env['CC_BENCH_DB'];
const dir = keep ? null : mkdtempSync(join(tmpdir(), 'cc-srv-'));
const path = keep ?? join(dir ?? '', 'bench.db');

async function seed(): Promise<void> {
  const base = await baseArticles();
  const store = await openStore(path);
  const t0 = performance.now();
  const now = new Date().toISOString();
  for (let s0 = 0; s0 < N / PER_STORY; s0 += 100) {
    await store.writeTransaction(async (tx) => {
      for (let s = s0; s < Math.min(N / PER_STORY, s0 + 100); s++) {
        const b = base[s % base.length]!;
        const members = Array.from({ length: PER_STORY }, (_, k) => mutate(b, `a${s}-${k}`, s * PER_STORY + k + 1));
        await tx.putArticles(members);
        const id = `st${s}`;
        await tx.assign(members.map((a) => ({ articleId: a.id, storyId: id })));
        const report = syntheticReport(id, members, s + 1);
        await tx.putStoryReport(report, summarizeStory(report, members, now));
      }
    });
  }
  const c = await store.counts();
  await store.close();
  console.log(`seeded ${c.articles} articles in ${c.stories} stories in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
}

function startServer(): Promise<{ url: string; stop: () => Promise<void> }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'bench/server-bench-server.ts', path], { stdio: ['ignore', 'pipe', 'inherit'] });
    child.stdout.once('data', (b: Buffer) => resolve({
      url: b.toString().trim(),
      stop: () => new Promise((r) => { child.once('exit', () => r()); child.kill('SIGTERM'); }),
    }));
    child.once('exit', (code) => reject(new Error(`server exited ${code}`)));
  });
}

const agent = new http.Agent({ keepAlive: true, maxSockets: CONCURRENCY });
function get(url: string): Promise<{ ms: number; status: number; bytes: number }> {
  const t = performance.now();
  return new Promise((resolve, reject) => {
    http.get(url, { agent }, (res) => {
      let bytes = 0;
      res.on('data', (c: Buffer) => { bytes += c.length; });
      res.on('end', () => resolve({ ms: performance.now() - t, status: res.statusCode ?? 0, bytes }));
    }).on('error', reject);
  });
}

async function load(base: string, label: string, pathFor: (r: () => number) => string, concurrency = CONCURRENCY): Promise<void> {
  const r = rng(42);
  const times: number[] = [];
  let bad = 0;
  let bytes = 0;
  const t0 = performance.now();
  let issued = 0;
  const worker = async (): Promise<void> => {
    while (issued < REQUESTS && performance.now() - t0 < TIME_LIMIT_MS) {
      issued++;
      const res = await get(base + pathFor(r));
      times.push(res.ms);
      bytes += res.bytes;
      if (res.status !== 200) bad++;
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
  const secs = (performance.now() - t0) / 1000;
  times.sort((a, b) => a - b);
  const q = (p: number): string => (times[Math.min(times.length - 1, Math.floor(p * times.length))] ?? NaN).toFixed(1);
  console.log(`${label}: ${times.length} requests, concurrency ${concurrency}, ${(times.length / secs).toFixed(0)} req/s, `
    + `p50 ${q(0.5)} ms, p95 ${q(0.95)} ms, p99 ${q(0.99)} ms, avg ${(bytes / times.length / 1024).toFixed(1)} KB, non-200: ${bad}`);
}

try {
  if (!keep || !existsSync(path)) await seed();
  const server = await startServer();
  try {
    const stories = N / PER_STORY;
    await load(server.url, 'warm-up', (r) => `/stories/st${Math.floor(r() * stories)}`);
    await load(server.url, `story page (${N} articles stored)`, (r) => `/stories/st${Math.floor(r() * stories)}`, 1);
    await load(server.url, `story page (${N} articles stored)`, (r) => `/stories/st${Math.floor(r() * stories)}`);
    await load(server.url, 'article page', (r) => `/articles/a${Math.floor(r() * stories)}-${Math.floor(r() * PER_STORY)}`);
    await load(server.url, 'GET /api/stories?limit=50', () => '/api/stories?limit=50');
  } finally {
    await server.stop();
    agent.destroy();
  }
} finally {
  if (dir) rmSync(dir, { recursive: true, force: true });
}
