// Speed of entity mention detection on one core: prints articles/s and MB/s.
// Input: the seed story articles and the ECB+ test documents (text only), repeated.
// Usage: npx tsx bench/entity-bench.ts [seconds]
import { fileURLToPath } from 'node:url';
import { extractMentions } from '../src/analyze/entities/index.js';
import { splitSentences } from '../src/analyze/sentence-splitter.js';
import { loadArticles } from '../src/pipeline/load-articles.js';
import { canonicalizeEntities } from '../src/story/entity-canonicalizer.js';
import type { AnalyzedArticle } from '../src/model/analyzed.js';

const seconds = Number(process.argv[2] ?? 3);
const dir = fileURLToPath(new URL('../examples/seed-story', import.meta.url));
const articles = (await loadArticles([dir])).articles;
const prepared = articles.map((a) => ({ a, text: a.text, sentences: splitSentences(a.text) }));
const bytes = prepared.reduce((n, p) => n + p.text.length, 0) / prepared.length;

// Warm up (lexicon load, JIT).
for (const p of prepared) extractMentions(p.text, p.sentences);

// The machine is shared: rates are per second of this process's CPU time (one core), wall time beside.
const cpuSeconds = (u: NodeJS.CpuUsage): number => (u.user + u.system) / 1e6;
let n = 0;
const t0 = performance.now();
const c0 = process.cpuUsage();
while (performance.now() - t0 < seconds * 1000) {
  for (const p of prepared) {
    extractMentions(p.text, p.sentences);
    n++;
  }
}
const cpu = cpuSeconds(process.cpuUsage(c0));
const dt = (performance.now() - t0) / 1000;
console.log(`extractMentions: ${(n / cpu).toFixed(0)} articles/s per CPU second (${((n * bytes) / cpu / 1e6).toFixed(2)} MB/s; wall ${(n / dt).toFixed(0)}/s; mean article ${bytes.toFixed(0)} chars, sentences given)`);

// With common-noun phrases and pronouns (the ECB+ evaluation's setting).
let nn = 0;
const tn = performance.now();
const cn = process.cpuUsage();
while (performance.now() - tn < seconds * 1000) {
  for (const p of prepared) {
    extractMentions(p.text, p.sentences, { includeNominal: true });
    nn++;
  }
}
console.log(`extractMentions + nominals: ${(nn / cpuSeconds(process.cpuUsage(cn))).toFixed(0)} articles/s per CPU second`);

const items: AnalyzedArticle[] = prepared.map((p) => ({ article: p.a, sentences: p.sentences, mentions: extractMentions(p.text, p.sentences), timexes: [], quotes: [], numbers: [] }));
let k = 0;
const t1 = performance.now();
const c1 = process.cpuUsage();
while (performance.now() - t1 < seconds * 1000) {
  canonicalizeEntities(items);
  k++;
}
const dt1 = cpuSeconds(process.cpuUsage(c1));
console.log(`canonicalizeEntities: ${(k / dt1).toFixed(0)} stories/s per CPU second, of ${items.length} articles (${((k * items.length) / dt1).toFixed(0)} articles/s)`);
