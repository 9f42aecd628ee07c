import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildAnalysisReport } from '../../src/pipeline/build-report.js';
import { storyAnchors } from '../../src/pipeline/analyze-anchors.js';
import type { Article } from '../../src/model/article.js';

function art(id: string, publishedAt: string | null, text = 'The river flooded the town on Monday. Officials said 300 homes were damaged.'): Article {
  return { kind: 'article', id, source: { input: id }, url: null, outlet: null, title: null, byline: null, publishedAt, publishedAtSource: null, lang: 'en', dateline: null, credits: [], agencies: [], text, embeds: [], contentHash: id, diagnostics: [] };
}

test('anchors: corrected anchors first, an undated article gets the most common date', () => {
  const a = storyAnchors([art('a', '2020-02-02'), art('b', '2020-02-02'), art('c', '2019-12-22'), art('d', null)], { c: '2020-02-02' });
  assert.deepEqual([...a.entries()].sort(), [['c', '2020-02-02'], ['d', '2020-02-02']]);
});

test('fallbacks: one story of all articles, empty lists; the time analyzer re-runs with the corrected anchor', () => {
  const seen: [string, string | null][] = [];
  const report = buildAnalysisReport([art('a', '2020-02-02'), art('b', null)], {
    analyzers: { time: (text, _s, anchor) => { seen.push([text.slice(0, 9), anchor]); return []; } },
  });
  assert.equal(report.stories.length, 1);
  const s = report.stories[0]!;
  assert.deepEqual(s.articleIds, ['a', 'b']);
  assert.deepEqual([s.summary, s.entities, s.quotes, s.timeline, s.claims, s.discrepancies, s.relations], [[], [], [], [], [], [], []]);
  assert.deepEqual(seen.map((x) => x[1]), ['2020-02-02', null, '2020-02-02']);
});

test('clusters and relations from deps are used per story; a failing analyzer becomes a diagnostic', () => {
  const report = buildAnalysisReport([art('a', null), art('b', null), art('c', null)], {
    cluster: () => ({
      stories: [{ id: 's1', title: 'One', articleIds: ['a', 'b'] }, { id: 's2', title: 'Two', articleIds: ['c'] }],
      relations: [{ kind: 'shares-passages', a: 'a', b: 'b', similarity: 0.5, sharedPassages: [] }, { kind: 'duplicate', a: 'b', b: 'c', similarity: 1, sharedPassages: [] }],
    }),
    analyzers: { quotes: () => { throw new Error('boom'); } },
  });
  assert.deepEqual(report.stories.map((s) => [s.id, s.title, s.relations.length]), [['s1', 'One', 1], ['s2', 'Two', 0]]);
  assert.ok(report.articles.every((a) => a.diagnostics.some((d) => d.code === 'analyze/failed')));
});
