import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadArticles } from '../../src/pipeline/load-articles.js';
import { buildAnalysisReport } from '../../src/pipeline/build-report.js';
import { createDefaultDeps } from '../../src/pipeline/default-deps.js';
import { renderReportJson } from '../../src/report/json-report.js';
import { renderReportMarkdown } from '../../src/report/markdown-report.js';
import { renderReportHtml } from '../../src/report/html-report.js';
import type { Article } from '../../src/model/article.js';

const report = buildAnalysisReport((await loadArticles(['examples/seed-story'])).articles, createDefaultDeps());

test('JSON has the documented shape, every item with article ids', () => {
  const j = JSON.parse(renderReportJson(report)) as Record<string, unknown[]>;
  assert.equal(j.articles!.length, 5);
  const s = j.stories![0] as Record<string, unknown>;
  for (const k of ['id', 'title', 'articleIds', 'summary', 'entities', 'quotes', 'timeline', 'claims', 'discrepancies', 'relations']) assert.ok(k in s, k);
  for (const x of s.summary as { text: string; articleIds: string[] }[]) assert.ok(x.text && x.articleIds.length > 0);
  for (const c of s.claims as { text: string; value: number; unit: unknown; articleIds: string[] }[]) assert.ok(typeof c.value === 'number' && 'unit' in c && c.articleIds.length > 0);
  for (const d of s.discrepancies as { kind: string; description: string; positions: { value: string; articleIds: string[]; evidence: string[] }[] }[]) {
    assert.ok(d.kind && d.description && d.positions.every((p) => p.value && p.articleIds.length > 0 && p.evidence.length > 0));
  }
});

test('Markdown lists the summary with citations and the discrepancies', () => {
  const md = renderReportMarkdown(report);
  assert.match(md, /^# /);
  assert.match(md, /## Summary\n\n- .+\[\d\]/);
  assert.match(md, /\*\*number \(conflict\)\*\*/);
  assert.match(md, /\*\*statement \(conflict\)\*\*/);
});

test('HTML is self-contained, cites articles in the page, and escapes all article text', () => {
  const html = renderReportHtml(report);
  assert.doesNotMatch(html, /<script|<link|src=|https?:\/\/(?!www\.w3)/i);
  const hrefs = [...html.matchAll(/href="#(article-[^"]+)"/g)].map((m) => m[1]);
  assert.ok(hrefs.length > 5);
  for (const h of new Set(hrefs)) assert.ok(html.includes(`id="${h}"`), `anchor ${h} exists`);
  const evil: Article = { ...report.articles[0]!, id: 'x<1>"', title: '<img src=x onerror=alert(1)>', text: 'Attack <script>alert("x")</script> & more than 300 people were killed on Monday in Paris by "bad" people.', outlet: '<b>o</b>' };
  const h2 = renderReportHtml(buildAnalysisReport([evil], createDefaultDeps()));
  assert.doesNotMatch(h2, /<script>|<img|<b>o<\/b>/);
  assert.match(h2, /&lt;script&gt;/);
  assert.match(h2, /id="article-x-1--"/);
});

test('summary sources point at the sentence each citing article states, and the HTML marks them', () => {
  const byId = new Map(report.articles.map((a) => [a.id, a]));
  for (const s of report.stories[0]!.summary) {
    assert.deepEqual([...new Set(s.sources!.map((x) => x.articleId))].sort(), [...s.articleIds].sort());
    for (const src of s.sources!) {
      const said = byId.get(src.articleId)!.text.slice(src.start, src.end);
      const words = (t: string) => new Set(t.toLowerCase().match(/[a-z]{5,}/g) ?? []);
      const shared = [...words(s.text)].filter((w) => words(said).has(w)).length;
      assert.ok(shared >= 3, `${src.articleId}: "${said}" vs "${s.text}"`);
    }
  }
  const html = renderReportHtml(report);
  const marked = (html.match(/<mark class="cited">/g) ?? []).length;
  assert.equal(marked, new Set(report.stories[0]!.summary.flatMap((s) => s.sources!.map((x) => `${x.articleId}:${x.start}`))).size);
});
