import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Relation } from '../../src/model/match.js';
import { inferGroupReprints } from '../../src/match/syndication-grouper.js';

const rel = (kind: Relation['kind'], a: string, b: string): Relation => ({ kind, a, b, similarity: 0.2, sharedPassages: [] });

test('two cuts of one wire text, each a reprint of a third, become inferred reprints', () => {
  const out = inferGroupReprints([rel('reprint', 'a', 'b'), rel('reprint', 'b', 'c'), rel('shares-passages', 'a', 'c'), rel('shares-passages', 'c', 'd')]);
  assert.equal(out[2]!.kind, 'reprint');
  assert.equal(out[2]!.certainty, 'inferred');
  assert.equal(out[2]!.via, 'b');
  assert.equal(out[3]!.kind, 'shares-passages'); // d copies nothing
  assert.equal(out[0]!.certainty, undefined);
});

test('no copy links: nothing changes', () => {
  const input = [rel('shares-passages', 'a', 'b'), rel('shares-passages', 'b', 'c'), rel('shares-passages', 'a', 'c')];
  assert.deepEqual(inferGroupReprints(input), input);
});

test('pairs in different groups are not linked', () => {
  const out = inferGroupReprints([rel('reprint', 'a', 'b'), rel('duplicate', 'c', 'd'), rel('shares-passages', 'a', 'c')]);
  assert.equal(out[2]!.kind, 'shares-passages');
});
