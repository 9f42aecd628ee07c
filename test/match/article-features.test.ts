import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Article } from '../../src/model/article.js';
import { extractFeatures } from '../../src/match/article-features.js';
import { signArticle } from '../../src/match/fingerprint-builder.js';

function art(id: string, text: string, title: string | null = null, lang: string | null = null): Article {
  return {
    kind: 'article', id, source: { input: id }, url: null, outlet: null, title, byline: null, publishedAt: null,
    publishedAtSource: null, lang, dateline: null, credits: [], agencies: [], text, embeds: [], contentHash: id, diagnostics: [],
  };
}

const TEXTS = [
  ' date 2021-03-06 PARIS (Reuters) - French President Emmanuel Macron met Japan\'s Prime Minister in Tokyo on Monday, Sept. 19.\n'
    + 'The vote passed 432 votes to 202, said "Jean-Luc Mélenchon". Macron, Macron and the United States: 12,500 people in 2019.',
  'HEADLINE WORDS IN TITLE CASE FOR A CAPTION\nBody text names Lisbon, Portugal, and 44 people on 19 de septiembre de 2019.',
  'تجمع مشجعو ليفربول في لشبونة بالبرتغال حيث أصيب ٤٤ شخصا.',
  'フランスのマクロン大統領は東京で412人と会談した',
];

test('features are the same from tokens and from the scanner, and on repeated extraction', () => {
  for (const [i, text] of TEXTS.entries()) {
    const a = art(`a${i}`, text, i === 0 ? 'Macron in Tokyo' : null);
    const scanned = extractFeatures(a);
    const fromTokens = extractFeatures(a, undefined, signArticle(a));
    assert.deepEqual([...scanned.terms], [...fromTokens.terms]);
    assert.deepEqual({ ...scanned, terms: null }, { ...fromTokens, terms: null });
    assert.deepEqual([...extractFeatures(a).terms], [...scanned.terms], 'cached word facts give the same features');
  }
  const f = extractFeatures(art('x', TEXTS[0]!));
  assert.ok(f.terms.has('n:macron') && f.terms.has('d:wd1') && f.terms.has('d:9-19') && f.terms.has('#:12500'), [...f.terms.keys()].join(' '));
  assert.ok(!f.terms.has('#:2019'), 'years are not counts');
  assert.deepEqual(f.tallies, ['432-202']);
  assert.equal(f.terms.get('w:macron'), 1 + Math.log(3));
});
