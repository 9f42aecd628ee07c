// Speed of `analyze` (load excluded): 1,000 articles built from the dev-stories texts (285 real
// excerpts, cycled with a suffix so ids differ), run through buildAnalysisReport with the default
// deps in one run. Prints articles/s and total time for per-article analysis + story stages.
// Usage: npx tsx bench/analyze-bench.ts [count]
import { loadArticles } from '../src/pipeline/load-articles.js';
import { buildAnalysisReport } from '../src/pipeline/build-report.js';
import { createDefaultDeps } from '../src/pipeline/default-deps.js';
import { createArticleAnalyzer } from '../src/pipeline/analyze-article.js';

function cpuMs(u: NodeJS.CpuUsage): number {
  return (u.user + u.system) / 1000;
}

const N = Number(process.argv[2] ?? 1000);
const base = (await Promise.resolve(loadArticles(['../shared/data/dev-stories.jsonl']))).articles;
if (base.length === 0) throw new Error('no dev-stories articles');
const articles = Array.from({ length: N }, (_, i) => {
  const a = base[i % base.length]!;
  return { ...a, id: `${a.id}-${Math.floor(i / base.length)}`, diagnostics: [] };
});
const chars = articles.reduce((s, a) => s + a.text.length, 0);
const deps = createDefaultDeps();

// Per-article stages alone (sentences, time, quotes, entities, numbers).
const analyze = createArticleAnalyzer(deps.analyzers ?? {});
let t0 = performance.now();
let cpu = process.cpuUsage();
let numbers = 0;
for (const a of articles) numbers += analyze(a).numbers.length;
const perArticleMs = performance.now() - t0;
const perArticleCpu = cpuMs(process.cpuUsage(cpu));

// The whole report. Without the clustering module (stub deps) all articles form ONE story, the
// worst case for the story-level stages (claims, statements, summary over 1,000 articles).
t0 = performance.now();
cpu = process.cpuUsage();
const report = buildAnalysisReport(articles, deps);
const totalMs = performance.now() - t0;
const totalCpu = cpuMs(process.cpuUsage(cpu));

const story = report.stories[0]!;
console.log(`articles: ${N} (${(chars / 1e6).toFixed(2)} M chars), numbers found: ${numbers}`);
// Wall time depends on other load on the machine; CPU time of this process is printed too.
const rate = (ms: number) => ((N / ms) * 1000).toFixed(0);
console.log(`per-article analysis (sentences, time, quotes, entities, numbers): wall ${perArticleMs.toFixed(0)} ms = ${rate(perArticleMs)} articles/s; cpu ${perArticleCpu.toFixed(0)} ms = ${rate(perArticleCpu)} articles/s`);
console.log(`analyze, whole report (clustering + ${report.stories.length} stories): wall ${totalMs.toFixed(0)} ms = ${rate(totalMs)} articles/s; cpu ${totalCpu.toFixed(0)} ms = ${rate(totalCpu)} articles/s`);
console.log(`story: ${story.claims.length} claims, ${story.discrepancies.length} discrepancies, ${story.summary.length} summary sentences`);
