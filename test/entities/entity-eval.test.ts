import { test } from 'node:test';
import assert from 'node:assert/strict';
import { fileURLToPath } from 'node:url';
import { evaluateEntities } from '../../src/eval/entity-eval.js';
import { isCrosscheckError } from '../../src/errors.js';

// A two-document topic in the ECB+ file format (fixtures/entities/ecb-mini), small enough to check by hand.
const dir = fileURLToPath(new URL('../../fixtures/entities/ecb-mini', import.meta.url));

test('ECB+ reader and scorer: gold mentions of a tiny topic are clustered exactly', () => {
  const r = evaluateEntities({ dir });
  assert.equal(r.documents, 2);
  assert.equal(r.goldMentions, 10);
  const all = r.coref.find((c) => c.setting.startsWith('gold mentions, all'))!;
  assert.equal(all.system.conll, 1, JSON.stringify(all.system));
  // The head-lemma baseline cannot join "Tokayev" and "Toqaev" nor "He" with Pompeo.
  assert.ok(all.baseline.conll < 1);
});

test('mention detection finds the names of the tiny topic', () => {
  const r = evaluateEntities({ dir });
  const hum = r.mentionDetection.system.find((s) => s.cls === 'HUM')!;
  assert.equal(hum.gold, 6);
  assert.equal(hum.exact.r, 5 / 6); // every named HUM mention, not "He"
  assert.equal(hum.exact.p, 1);
});

test('missing data is an evaluation-data error', () => {
  assert.throws(() => evaluateEntities({ dir: '/nonexistent' }), (e) => isCrosscheckError(e) && e.code === 'CC_EVAL_DATA');
});
