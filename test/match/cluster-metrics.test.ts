import { test } from 'node:test';
import assert from 'node:assert/strict';
import { bcubed, closurePairs, pairKey, pairSetPrf, pairwise } from '../../src/eval/cluster-metrics.js';

const m = (o: Record<string, string>) => new Map(Object.entries(o));

test('B-cubed on a hand case', () => {
  // gold {a,b,c} {d}; predicted {a,b} {c,d}
  const r = bcubed(m({ a: '1', b: '1', c: '2', d: '2' }), m({ a: 'x', b: 'x', c: 'x', d: 'y' }));
  // precision: a 1, b 1, c 1/2, d 1/2 -> 0.75; recall: a 2/3, b 2/3, c 1/3, d 1 -> 2/3
  assert.equal(r.precision, 0.75);
  assert.ok(Math.abs(r.recall - 2 / 3) < 1e-12);
  assert.ok(Math.abs(r.f1 - (2 * 0.75 * (2 / 3)) / (0.75 + 2 / 3)) < 1e-12);
});

test('perfect clustering scores 1 and all-in-one has low precision', () => {
  const gold = m({ a: 'x', b: 'x', c: 'y' });
  assert.equal(bcubed(gold, gold).f1, 1);
  assert.equal(pairwise(gold, gold).f1, 1);
  const one = bcubed(m({ a: '1', b: '1', c: '1' }), gold);
  assert.equal(one.recall, 1);
  assert.ok(Math.abs(one.precision - 5 / 9) < 1e-12);
});

test('pairwise and pair sets', () => {
  const r = pairwise(m({ a: '1', b: '1', c: '1' }), m({ a: 'x', b: 'x', c: 'y' }));
  assert.ok(Math.abs(r.precision - 1 / 3) < 1e-12);
  assert.equal(r.recall, 1);
  assert.deepEqual(pairSetPrf(new Set(), new Set()), { precision: 1, recall: 1, f1: 1 });
  assert.equal(pairSetPrf(new Set([pairKey('a', 'b')]), new Set()).precision, 0);
});

test('closure pairs join links into groups', () => {
  const s = closurePairs([['a', 'b'], ['c', 'b'], ['d', 'e']]);
  assert.deepEqual([...s].sort(), [pairKey('a', 'b'), pairKey('a', 'c'), pairKey('b', 'c'), pairKey('d', 'e')].sort());
  assert.equal(pairKey('b', 'a'), pairKey('a', 'b'));
});

test('missing prediction is a fault', () => {
  assert.throws(() => bcubed(m({}), m({ a: 'x' })), RangeError);
});

test('cross-language pairwise scores count only pairs of two languages', async () => {
  const { crossLanguagePairwise } = await import('../../src/eval/cluster-metrics.js');
  const gold = new Map([['e1', 'A'], ['e2', 'A'], ['f1', 'A'], ['e3', 'B'], ['f2', 'B']]);
  const pred = new Map([['e1', 's1'], ['e2', 's1'], ['f1', 's2'], ['e3', 's3'], ['f2', 's3']]);
  const lang = new Map<string, string | null>([['e1', 'en'], ['e2', 'en'], ['f1', 'fr'], ['e3', 'en'], ['f2', 'fr']]);
  // Gold cross pairs: e1-f1, e2-f1, e3-f2; predicted cross pairs: e3-f2 only.
  const s = crossLanguagePairwise(pred, gold, lang);
  assert.equal(s.precision, 1);
  assert.equal(s.recall, 1 / 3);
});
