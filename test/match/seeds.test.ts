import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Article } from '../../src/model/article.js';
import { loadArticles } from '../../src/pipeline/load-articles.js';
import { clusterArticles } from '../../src/match/cluster-articles.js';

const { articles } = await loadArticles(['examples/seed-story']);
const { stories, relations } = clusterArticles(articles);
const rel = (x: string, y: string) => relations.find((r) => (r.a.startsWith(x) && r.b.startsWith(y)) || (r.a.startsWith(y) && r.b.startsWith(x)));

test('seed story: the five reports form one story', () => {
  assert.equal(stories.length, 1);
  assert.equal(stories[0]!.articleIds.length, 5);
});

test('seed story: 000 shares passages with 001, 003 and 004; 001 is a reprint', () => {
  for (const other of ['001', '003', '004']) {
    const r = rel('000', other);
    assert.ok(r, `000-${other}`);
    assert.ok(r.sharedPassages.length > 0);
    const aId: string = r.a;
    const bId: string = r.b;
    const a: Article = articles.find((x) => x.id === aId)!;
    const b: Article = articles.find((x) => x.id === bId)!;
    for (const p of r.sharedPassages) {
      assert.equal(a.text.slice(p.aStart, p.aStart + p.length), p.text);
      assert.equal(b.text.slice(p.bStart, p.bStart + p.bLength).toLowerCase().replace(/\W+/g, ' '), p.text.toLowerCase().replace(/\W+/g, ' '));
    }
  }
  assert.equal(rel('000', '001')!.kind, 'reprint');
  assert.ok(rel('000', '003')!.sharedPassages.some((p) => p.text.includes('focused instead on economic and security cooperation')));
});

test('seed story: none of the five is a duplicate of another', () => {
  assert.equal(relations.filter((r) => r.kind === 'duplicate').length, 0);
  assert.ok(relations.every((r) => (r.aOnlyWords ?? 0) > 0 && (r.bOnlyWords ?? 0) > 0));
});
