/**
 * Streams N articles (default 100,000) through fingerprinting, copy detection and story
 * clustering, and prints articles/s and memory. Articles are real dev-set texts varied by
 * mutation so they are not copies: sentences shuffled and dropped, words replaced by other
 * corpus words, names and numbers perturbed. Each simulated day renames the names of every
 * base text and swaps half of its other words through a per-day word map (the same within a day),
 * so a base text makes a new story each day, like a real stream; 1,000 articles a day.
 * Usage: npx tsx bench/cluster-bench.ts [N] [dev-stories.jsonl]
 * For live-heap figures (a GC before each sample): node --expose-gc --import tsx bench/cluster-bench.ts
 * Clusterer options can be overridden with CLUSTER_OPTS='{"maxCandidates":5}'; CONSOLIDATE=0 leaves out the
 * per-batch consolidation that the store's ingest runs (on by default).
 * The last line is a digest of every assignment (story id, merges, similarity), so that a change
 * meant only for speed can be checked to change no result on a long stream.
 */
import type { Article } from '../src/model/article.js';
import { loadArticles } from '../src/pipeline/load-articles.js';
import { createStoryClusterer } from '../src/match/story-clusterer.js';
import { rng } from './bench-corpus.js';
import { createHash } from 'node:crypto';

const N = Number(process.argv[2] ?? 100_000);
const DATA = process.argv[3] ?? '../shared/data/dev-stories.jsonl';
const PER_DAY = 1000;


const base = (await loadArticles([DATA])).articles;
const vocab = [...new Set(base.flatMap((a) => a.text.split(/\s+/)).filter((w) => /^[a-z]{4,}$/.test(w)))];
const sentencesOf = base.map((a) => a.text.replace(/^\s*date \S+\s*/, '').split(/(?<=[.!?])\s+/));
const rand = rng(42);
const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)]!;

/** The word a day's map puts for `w`: itself for half the words, another corpus word for the rest. */
function dayWord(day: number, w: string): string {
  let h = day * 0x9e3779b1;
  for (let i = 0; i < w.length; i++) h = Math.imul(h ^ w.charCodeAt(i), 0x01000193);
  h >>>= 0;
  return (h & 1) === 0 ? w : vocab[(h >>> 1) % vocab.length]!;
}

function mutate(i: number): Article {
  const day = Math.floor(i / PER_DAY);
  const b = Math.floor(rand() * base.length);
  const src = base[b]!;
  const sents = sentencesOf[b]!.filter(() => rand() > 0.15);
  for (let k = sents.length - 1; k > 0; k--) {
    if (rand() < 0.3) { const j = Math.floor(rand() * (k + 1)); [sents[k], sents[j]] = [sents[j]!, sents[k]!]; }
  }
  const tag = day.toString(36);
  const text = sents
    .join(' ')
    .replace(/\b[A-Z][a-z]{2,}\b/g, (w) => `${w}${tag}`)
    .replace(/\b\d+\b/g, (n) => (rand() < 0.3 ? String(Number(n) + 1 + Math.floor(rand() * 9)) : n))
    .replace(/\b[a-z]{4,}\b/g, (w) => (rand() < 0.08 ? pick(vocab) : dayWord(day, w)));
  const d = new Date(Date.UTC(2024, 0, 1) + day * 86_400_000).toISOString().slice(0, 10);
  return { ...src, id: `m${i}`, text, publishedAt: d, title: null, contentHash: `m${i}` };
}

let frozenStories = 0;
const clusterer = createStoryClusterer({ freezeAfterDays: 2, freezeAfterArticles: 5000, maxVocabulary: 200_000, retainFrozen: false, ...JSON.parse(process.env["CLUSTER_OPTS"] ?? "{}"), onFreeze: () => { frozenStories++; } });
let busy = 0;
/** CPU milliseconds (less sensitive than wall time to other processes on a shared machine). */
let cpu = 0;
let peakRss = 0;
let peakHeap = 0;
const rows: string[] = [];
const stories = new Set<string>();
const digest = createHash('sha256');
// Articles are made a batch ahead and the clock read around each batch: mutating is not what is
// measured, and reading the CPU clock per article cost more than a tenth of an add().
const BATCH = 1000;
// CONSOLIDATE=0 leaves out the per-batch consolidation (StoryClusterer.consolidate).
const CONSOLIDATE = process.env['CONSOLIDATE'] !== '0';
let consolidated = 0;
for (let b0 = 0; b0 < N; b0 += BATCH) {
  const batch: Article[] = [];
  for (let i = b0; i < Math.min(N, b0 + BATCH); i++) batch.push(mutate(i));
  const t0 = performance.now();
  const c0 = process.cpuUsage();
  const results = batch.map((a) => clusterer.add(a));
  // As the store's ingest does at the end of each batch: a second look at the stories touched.
  const merges = CONSOLIDATE ? clusterer.consolidate?.(results.map((r) => r.storyId)) ?? [] : [];
  consolidated += merges.length;
  busy += performance.now() - t0;
  const c = process.cpuUsage(c0);
  cpu += (c.user + c.system) / 1000;
  for (const r of results) {
    stories.add(r.storyId);
    digest.update(`${r.articleId} ${r.storyId} ${r.merged.join(',')} ${r.similarity}\n`);
  }
  const done = b0 + batch.length;
  if (done % 10_000 === 0 || done === N) {
    (globalThis as { gc?: () => void }).gc?.();
    const m = process.memoryUsage();
    peakRss = Math.max(peakRss, m.rss);
    peakHeap = Math.max(peakHeap, m.heapUsed);
    rows.push(`${String(done).padStart(8)} articles  ${((done / busy) * 1000).toFixed(0).padStart(6)} art/s  rss ${(m.rss / 2 ** 20).toFixed(0).padStart(5)} MB  heap ${(m.heapUsed / 2 ** 20).toFixed(0).padStart(5)} MB  active stories ${clusterer.stories().length}  frozen ${frozenStories}`);
    console.log(rows[rows.length - 1]);
  }
}
console.log(`\n${N} articles in ${(busy / 1000).toFixed(1)} s of clustering time: ${((N / busy) * 1000).toFixed(0)} articles/s (one core)`);
console.log(`CPU time ${(cpu / 1000).toFixed(1)} s: ${((N / cpu) * 1000).toFixed(0)} articles per CPU second`);
console.log(`peak rss ${(peakRss / 2 ** 20).toFixed(0)} MB, peak heap ${(peakHeap / 2 ** 20).toFixed(0)} MB; stories seen ${stories.size}, frozen ${frozenStories}`);
console.log(`stories merged by consolidation: ${consolidated}${CONSOLIDATE ? '' : ' (off)'}`);
console.log(`assignments digest ${digest.digest('hex').slice(0, 16)}`);
