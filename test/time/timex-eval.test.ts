import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { scoreDocuments, listTmlFiles } from '../../src/eval/timex-eval.js';
import { parseTml } from '../../src/eval/timex-tml-reader.js';
import { isCrosscheckError } from '../../src/errors.js';
import type { TimeExpression } from '../../src/model/time.js';

const doc = parseTml(readFileSync('fixtures/time/sample.tml', 'utf8'), 'sample');

test('reads TimeML: plain text, gold spans and values, the DCT apart', () => {
  assert.equal(doc.dct, '2013-03-22');
  assert.equal(doc.timexes.length, 5);
  for (const g of doc.timexes) assert.equal(doc.text.slice(g.start, g.end), g.text);
  assert.deepEqual(doc.timexes.map((g) => g.value), ['2013-03-22', 'P1M', '2012-12', '2009', '2014']);
  assert.ok(doc.text.includes('early & hit'));
  assert.ok(!doc.text.includes('<'));
});

test('scores relaxed, strict and value matches as TempEval-3 does', () => {
  const g = doc.timexes;
  const sys = (start: number, end: number, value: string): TimeExpression => ({ kind: 'date', start, end, text: doc.text.slice(start, end), value, certainty: 'inferred', anchor: null, sentence: 0 });
  const s = scoreDocuments([doc], () => [
    sys(g[0]!.start, g[0]!.end, '2013-03-22'), // exact span, right value
    sys(g[2]!.start + 6, g[2]!.end, '2012-12'), // "December": overlap only, right value
    sys(g[3]!.start, g[3]!.end, '2010'), // exact span, wrong value
    sys(0, 9, '2013'), // spurious ("Officials")
  ]);
  assert.equal(s.gold, 5);
  assert.equal(s.system, 4);
  assert.equal(s.relaxed.precision, 3 / 4);
  assert.equal(s.relaxed.recall, 3 / 5);
  assert.equal(s.strict.precision, 2 / 4);
  assert.equal(s.value.recall, 2 / 5);
  assert.equal(s.spurious.length, 1);
});

test('the default extractor finds every expression of the sample', () => {
  const s = scoreDocuments([doc]);
  assert.equal(s.relaxed.recall, 1);
  assert.equal(s.value.f1, 1);
});

test('a folder without .tml files is a CC_EVAL_DATA error', () => {
  assert.throws(() => listTmlFiles('test/time'), (e: unknown) => isCrosscheckError(e) && e.code === 'CC_EVAL_DATA');
  assert.throws(() => listTmlFiles('no/such/folder'), (e: unknown) => isCrosscheckError(e) && e.code === 'CC_EVAL_DATA');
});
