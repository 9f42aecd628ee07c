import { test } from 'node:test';
import assert from 'node:assert/strict';
import { renderReportHtml } from '../../src/report/html-report.js';
import { renderReportMarkdown } from '../../src/report/markdown-report.js';
import type { AnalysisReport } from '../../src/model/story.js';
import type { Article } from '../../src/model/article.js';

function art(id: string): Article {
  return { kind: 'article', id, source: { input: id }, url: null, outlet: 'Outlet <X>', title: null, byline: null, publishedAt: '2020-02-02', publishedAtSource: 'header', lang: 'en', dateline: null, credits: [], agencies: [], text: 'Body.', embeds: [], contentHash: id, diagnostics: [] };
}

const report: AnalysisReport = {
  articles: [art('a'), art('b')],
  stories: [{
    id: 's1', title: 'T', articleIds: ['a', 'b'],
    summary: [{ text: 'S <1>.', articleIds: ['a', 'b'] }],
    entities: [{ id: 'e1', name: 'Jane <Doe>', type: 'person', variants: [{ text: 'Jane Doe', articleIds: ['a'] }, { text: 'J. Doe', articleIds: ['b'] }], articleIds: ['a', 'b'], mentionCount: 3, mentions: [], roles: [] }],
    quotes: [{ text: 'We <will> act', speaker: 'Jane Doe', variants: [{ text: 'We <will> act', articleIds: ['a'] }, { text: 'We will act.', articleIds: ['b'] }], articleIds: ['a', 'b'], firstCarrier: 'a', singleSource: false, kind: 'direct', carriers: [] }],
    timeline: [{ date: '2020-02-01', text: 'arrived <late>', articleIds: ['b'], evidence: [] }],
    claims: [],
    discrepancies: [{ kind: 'publication-date', description: 'header <date>', positions: [{ value: '2019-12-22', articleIds: ['b'], evidence: ['x'] }] }],
    relations: [{ kind: 'shares-passages', a: 'a', b: 'b', similarity: 0.42, sharedPassages: [{ text: 'shared <p>', aStart: 0, bStart: 0, length: 10, bLength: 10 }], origin: { agency: 'AFP', reason: 'credit' } }],
  }],
};

test('HTML renders entities, quotes, timeline, discrepancies and shared passages, escaped and cited', () => {
  const h = renderReportHtml(report);
  for (const s of ['Jane &lt;Doe&gt;', 'J. Doe', 'We &lt;will&gt; act', 'We will act.', '2020-02-01', 'arrived &lt;late&gt;', 'header &lt;date&gt;', 'shared &lt;p&gt;', '0.42', 'Outlet &lt;X&gt;']) assert.ok(h.includes(s), s);
  assert.doesNotMatch(h, /<will>|<late>|<Doe>|<X>/);
  assert.match(h, /href="#article-b"/);
});

test('Markdown renders every section with [n] citations', () => {
  const md = renderReportMarkdown(report);
  for (const s of ['## Entities', 'Jane Doe = J. Doe', '## Quotes', 'variant: "We will act."', '## Timeline', '**2020-02-01**', '## Shared passages', '[1] and [2]', 'origin AFP']) assert.ok(md.includes(s), s);
});
