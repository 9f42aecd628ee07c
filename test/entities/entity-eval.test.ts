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

test('typing score: a found name counts for the gold class it overlaps, exact span first', async () => {
  const { scoreTyping } = await import('../../src/eval/entity-typing-eval.js');
  const gold = [
    { docId: 'd', sent: 0, first: 0, last: 1, text: 'Mike Pompeo', mentionType: 'HUM', chain: 'a' },
    { docId: 'd', sent: 0, first: 5, last: 5, text: 'Almaty', mentionType: 'LOC', chain: 'b' },
    { docId: 'd', sent: 0, first: 4, last: 6, text: 'in Almaty city', mentionType: 'NON', chain: 'c' },
    { docId: 'd', sent: 1, first: 0, last: 0, text: 'x', mentionType: 'TIM', chain: 'd' },
  ];
  const span = (first: number, last: number, type: 'person' | 'place' | 'other', sent = 0) => ({
    doc: 'd', sent, first, last, start: 0, end: 0, mention: { start: 0, end: 0, text: '', type, sentence: sent },
  });
  const r = scoreTyping([span(0, 1, 'person'), span(5, 5, 'place'), span(9, 9, 'place'), span(0, 0, 'other', 1)], gold);
  // The unaligned name (tokens 9) and the one on a TIM mention do not count; "Almaty" meets its exact LOC span.
  assert.equal(r.aligned, 2);
  assert.equal(r.agree, 2);
  const wrong = scoreTyping([span(0, 1, 'place'), span(5, 5, 'other')], gold);
  assert.equal(wrong.agree, 0);
  assert.equal(wrong.byClass.LOC.aligned, 1);
});
