import { test } from 'node:test';
import assert from 'node:assert/strict';
import { featureKey, indexedKey, pairKey, startArticle } from '../../src/match/feature-key-cache.js';
import { minhashInto, minhashSignature } from '../../src/match/minhash-signer.js';
import { shinglesInto, shinglesOf } from '../../src/match/shingle-hasher.js';
import { extractFeatures } from '../../src/match/article-features.js';
import type { Article } from '../../src/model/article.js';

test('feature keys: one object per key string, short and long, pair and indexed keys the same objects', () => {
  const made = new Map<string, unknown>();
  for (let i = 0; i < 3000; i++) {
    const s = i % 3 === 0 ? `w:${i % 700}` : `n:${'name'.repeat(1 + (i % 5))}${i % 900}`;
    const k = featureKey(s);
    assert.equal(k.key, s);
    if (made.has(s)) assert.equal(k, made.get(s));
    made.set(s, k);
  }
  const a = featureKey('n:macron');
  const b = featureKey('n:emmanuelmacronlongname');
  const p = pairKey(a, b);
  assert.equal(p.key, 'N:macron_emmanuelmacronlongname');
  assert.equal(pairKey(a, b), p);
  assert.equal(featureKey('N:macron_emmanuelmacronlongname'), p);
  assert.notEqual(pairKey(b, a), p);
  // Many pairs: the memo grows and still finds each.
  const names = Array.from({ length: 60 }, (_, i) => featureKey(`n:x${i}`));
  for (const x of names) for (const y of names) assert.equal(pairKey(x, y), featureKey(`N:${x.key.slice(2)}_${y.key.slice(2)}`));
  const d = indexedKey(5, (i) => `d:wd${i}`);
  assert.equal(d, featureKey('d:wd5'));
  assert.equal(indexedKey(5, (i) => `d:wd${i}`), d);
  assert.equal(startArticle().cleared, false);
});

test('minhashInto and shinglesInto give what the allocating versions give, in reused buffers', () => {
  let x = 7;
  const next = (): number => { x = (Math.imul(x, 1103515245) + 12345) >>> 0; return x; };
  const out = new Uint32Array(128);
  const bins = new Uint32Array(128);
  let sh = new Uint32Array(4);
  for (const n of [0, 1, 3, 5, 9, 40, 300, 2000]) {
    const th = Uint32Array.from({ length: n }, next);
    if (sh.length < n) sh = new Uint32Array(n);
    const s = shinglesInto(th, sh);
    assert.deepEqual([...s], [...shinglesOf(th)]);
    assert.deepEqual([...minhashInto(s, out, bins)], [...minhashSignature(shinglesOf(th))]);
  }
});

test('an extracted feature list reads its title when asked; extractFeatures keeps it', () => {
  const a: Article = {
    kind: 'article', id: 't', source: { input: 't' }, url: null, outlet: null, title: null, byline: null, publishedAt: null,
    publishedAtSource: null, lang: 'en', dateline: null, credits: [], agencies: [], text: 'The minister arrived in the capital on Monday for talks.', embeds: [], contentHash: 't', diagnostics: [],
  };
  const f = extractFeatures(a);
  assert.equal(f.title, 'The minister arrived in the capital on Monday for talks.');
  assert.equal(extractFeatures({ ...a, title: 'A title' }).title, 'A title');
  assert.ok(f.terms.has('d:wd1'));
});
