import { test } from 'node:test';
import assert from 'node:assert/strict';
import { kthLargest, packUnits, rankSort } from '../../src/match/rank-sort.js';

test('rank sort: decreasing score, ties in string order, as Array.prototype.sort gives', () => {
  let x = 17;
  const next = (n: number) => { x = (Math.imul(x, 1103515245) + 12345) >>> 0; return (x >>> 8) % n; };
  for (const n of [0, 1, 7, 8, 9, 33, 170, 600]) {
    const keys = [...new Set(Array.from({ length: n * 2 }, () => `${'wnN#'[next(4)]}:${'abcdé'.repeat(next(3))}${next(50)}${next(2) ? 'ß' : ''}`))].slice(0, n);
    const m = keys.length;
    const score = Float64Array.from({ length: m }, () => next(4) / 3);
    const p = (at: number) => Float64Array.from(keys, (k) => packUnits(k, at));
    const order = Int32Array.from({ length: m }, (_, i) => i);
    rankSort(order, new Int32Array(m), m, { score, p1: p(0), p2: p(3), p3: p(6), keys });
    const expected = keys.map((_, i) => i).sort((a, b) => score[b]! - score[a]! || (keys[a]! < keys[b]! ? -1 : 1));
    assert.deepEqual([...order], expected);
    // Without the third prefix, keys alike in their first six units are compared as strings.
    const order2 = Int32Array.from({ length: m }, (_, i) => i);
    rankSort(order2, new Int32Array(m), m, { score, p1: p(0), p2: p(3), keys });
    assert.deepEqual([...order2], expected);
  }
});

test('kthLargest: the k-th value of a decreasing sort, with many ties and all k', () => {
  let x = 7;
  const next = (n: number): number => { x = (Math.imul(x, 1103515245) + 12345) >>> 0; return (x >>> 8) % n; };
  for (let trial = 0; trial < 60; trial++) {
    const n = 1 + next(300);
    const vals = Float64Array.from({ length: n }, () => (trial % 3 === 0 ? next(4) : next(1000) / 7));
    const sorted = [...vals].sort((a, b) => b - a);
    for (let k = 0; k < n; k += 1 + next(5)) {
      assert.equal(kthLargest(Float64Array.from(vals), n, k), sorted[k]);
    }
  }
});
