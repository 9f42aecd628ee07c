import { test } from 'node:test';
import assert from 'node:assert/strict';
import { lcsLength, rouge, rougeTokens } from '../../src/eval/summary-rouge.js';
import { lexRank, textRank } from '../../src/eval/summary-baselines.js';

test('tokenizer follows rouge-score: lower-case, alphanumerics only, Porter stems for long tokens', () => {
  assert.deepEqual(rougeTokens("The cats' running, fast!"), ['the', 'cat', 'run', 'fast']);
});

test('ROUGE-1/2/L against hand-computed values', () => {
  // cand: the cat sat on the mat (6), ref: the cat lay on the mat (6)
  const r = rouge('the cat sat on the mat', 'the cat lay on the mat');
  assert.equal(r.rouge1.f1, 5 / 6);
  assert.equal(r.rouge2.precision, 3 / 5); // the cat, on the, the mat
  assert.equal(r.rougeL.f1, 5 / 6);
  assert.equal(lcsLength(['a', 'b', 'c', 'd'], ['b', 'd', 'a']), 2);
  assert.equal(rouge('', 'x y').rouge1.f1, 0);
});

test('baselines pick central sentences within the word budget', () => {
  const sents = [
    'The storm hit the coast and flooded the town.',
    'The storm flooded the coast town overnight.',
    'Residents of the coast town fled the storm.',
    'A football match was played elsewhere.',
  ];
  for (const f of [lexRank, textRank]) {
    const out = f(sents, 10);
    assert.ok(out.length >= 1 && out.length <= 2);
    assert.ok(!out.includes('A football match was played elsewhere.'));
  }
});
