// Prints quote extraction throughput (articles/s, MB/s) and story merge time.
// Input: PolNeAR dev texts (real news) when present, else the seed story; run with `npx tsx bench/quote-bench.ts [dir]`.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { extractQuotes } from '../src/analyze/quotes/index.js';
import { splitSentences } from '../src/analyze/sentence-splitter.js';
import type { AnalyzedArticle } from '../src/model/analyzed.js';
import { mergeQuotes } from '../src/story/quote-merger.js';

const dir = process.argv[2] ?? '../shared/data/polnear/data/dev/text';
const src = existsSync(dir) ? dir : 'examples/seed-story';
const texts = readdirSync(src).filter((f) => f.endsWith('.txt')).sort().map((f) => readFileSync(join(src, f), 'utf8'));
const bytes = texts.reduce((n, t) => n + Buffer.byteLength(t), 0);
const sentences = texts.map((t) => splitSentences(t));

for (let i = 0; i < 2; i++) texts.forEach((t, k) => extractQuotes(t, sentences[k]!)); // warm-up
const rounds = Math.max(1, Math.ceil(2000 / texts.length));
let quotes = 0;
const t0 = performance.now();
const c0 = process.cpuUsage();
for (let r = 0; r < rounds; r++) texts.forEach((t, k) => { quotes += extractQuotes(t, sentences[k]!).length; });
const ms = performance.now() - t0;
// CPU time of this process: the machine is often shared, and wall-clock rates then mislead.
const cpu = process.cpuUsage(c0);
const cpuMs = (cpu.user + cpu.system) / 1000;
const n = rounds * texts.length;
console.log(`extractQuotes: ${n} articles from ${src} in ${ms.toFixed(0)} ms -> ${(n / (ms / 1000)).toFixed(0)} articles/s, ${((bytes * rounds) / 1e6 / (ms / 1000)).toFixed(2)} MB/s, ${(quotes / n).toFixed(1)} quotes/article; CPU ${cpuMs.toFixed(0)} ms -> ${(n / (cpuMs / 1000)).toFixed(0)} articles per CPU-second`);

const items: AnalyzedArticle[] = texts.map((text, k) => ({
  article: { kind: 'article', id: String(k), source: { input: String(k) }, url: null, outlet: null, title: null, byline: null, publishedAt: null, publishedAtSource: null, lang: 'en', dateline: null, credits: [], agencies: [], text, embeds: [], contentHash: String(k), diagnostics: [] },
  sentences: sentences[k]!, timexes: [], quotes: extractQuotes(text, sentences[k]!), mentions: [], numbers: [],
}));
const t1 = performance.now();
const merged = mergeQuotes(items);
console.log(`mergeQuotes: ${items.length} articles, ${items.reduce((s, a) => s + a.quotes.length, 0)} quotes -> ${merged.length} story quotes in ${(performance.now() - t1).toFixed(0)} ms`);
