// Time-expression extraction speed: articles per second on one core.
// Input: the texts of ../shared/data/dev-stories.jsonl (real news excerpts) when present,
// else the seed story; each article is extracted against its own date.
// Usage: npx tsx bench/time-bench.ts [seconds] [--seeds]
import { existsSync, readFileSync } from 'node:fs';
import { splitSentences } from '../src/analyze/sentence-splitter.js';
import { extractTimeExpressions } from '../src/analyze/time/index.js';
import { loadArticles } from '../src/pipeline/load-articles.js';

interface Doc { text: string; date: string | null }

async function loadDocs(seeds: boolean): Promise<{ docs: Doc[]; source: string }> {
  const path = '../shared/data/dev-stories.jsonl';
  if (!seeds && existsSync(path)) {
    const docs = readFileSync(path, 'utf8').split('\n').filter((l) => l.trim()).map((l) => {
      const r = JSON.parse(l) as { text?: string; date?: string; lang?: string };
      return { text: r.text ?? '', date: r.date ?? null };
    });
    return { docs, source: path };
  }
  return { docs: (await loadArticles(['examples/seed-story'])).articles.map((a) => ({ text: a.text, date: a.publishedAt })), source: 'examples/seed-story' };
}

const args = process.argv.slice(2);
const seconds = Number(args.find((a) => /^\d/.test(a)) ?? 3);
const { docs, source } = await loadDocs(args.includes('--seeds'));
const prepared = docs.map((d) => ({ ...d, sentences: splitSentences(d.text) }));
const chars = docs.reduce((n, d) => n + d.text.length, 0);
// warm-up
for (const d of prepared) extractTimeExpressions(d.text, d.sentences, d.date);
let n = 0;
let found = 0;
const cpu0 = process.cpuUsage();
const t0 = performance.now();
while (performance.now() - t0 < seconds * 1000) {
  for (const d of prepared) found += extractTimeExpressions(d.text, d.sentences, d.date).length;
  n += prepared.length;
}
const ms = performance.now() - t0;
const cpu = process.cpuUsage(cpu0);
const cpuMs = (cpu.user + cpu.system) / 1000;
console.log(`input: ${source} (${docs.length} articles, mean ${Math.round(chars / docs.length)} chars)`);
// CPU time is what one core spends; wall time also counts waiting for a busy machine.
console.log(`time expressions: ${(n / (cpuMs / 1000)).toFixed(0)} articles/s of CPU time (one core), ${(n / (ms / 1000)).toFixed(0)} articles/s wall, ${((n * chars) / docs.length / (ms / 1000) / 1e6).toFixed(2)} MB/s, ${(found / n).toFixed(1)} expressions/article (sentence split excluded)`);
