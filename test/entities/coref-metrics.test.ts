import { test } from 'node:test';
import assert from 'node:assert/strict';
import { scoreCoref } from '../../src/eval/entity-coref-metrics.js';

const close = (a: number, b: number): void => assert.ok(Math.abs(a - b) < 1e-9, `${a} != ${b}`);

test('MUC, B-cubed and CEAF-e on a worked example', () => {
  const s = scoreCoref([['a', 'b', 'c'], ['d', 'e']], [['a', 'b'], ['c', 'd', 'e']]);
  close(s.muc.r, 2 / 3);
  close(s.muc.p, 2 / 3);
  close(s.b3.r, 11 / 15);
  close(s.b3.p, 11 / 15);
  close(s.ceafe.f, 0.8);
  close(s.conll, (2 / 3 + 11 / 15 + 0.8) / 3);
});

test('perfect response scores 1, all-singletons response has MUC recall 0', () => {
  const key = [['a', 'b'], ['c']];
  close(scoreCoref(key, key).conll, 1);
  const s = scoreCoref(key, [['a'], ['b'], ['c']]);
  close(s.muc.r, 0);
  close(s.b3.p, 1);
  close(s.b3.r, (1 / 2 + 1 / 2 + 1) / 3);
});

test('mentions missing from the response lower recall only', () => {
  const s = scoreCoref([['a', 'b'], ['c']], [['a', 'b']]);
  close(s.b3.p, 1);
  close(s.b3.r, 2 / 3);
});
