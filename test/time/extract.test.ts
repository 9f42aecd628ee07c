import { test } from 'node:test';
import assert from 'node:assert/strict';
import { splitSentences } from '../../src/analyze/sentence-splitter.js';
import { extractTimeExpressions } from '../../src/analyze/time/index.js';

const ANCHOR = '2020-02-02'; // a Sunday

function values(text: string, anchor: string | null = ANCHOR): Record<string, string> {
  const out: Record<string, string> = {};
  for (const t of extractTimeExpressions(text, splitSentences(text), anchor)) out[t.text] = t.value;
  return out;
}

test('absolute dates keep their stated parts', () => {
  assert.deepEqual(values('The talks ended on 2 Feb 2020 and resumed in March 2019.'), { '2 Feb 2020': '2020-02-02', 'March 2019': '2019-03' });
  assert.equal(values('He died in September 2016.')['September 2016'], '2016-09');
  assert.equal(values('Kerry toured the region in 2015.')['2015'], '2015');
});

test('relative expressions resolve against the anchor', () => {
  const v = values('He arrived yesterday. Last week he was in Kyiv. Two years ago he met them. Next year they will vote.');
  assert.equal(v['yesterday'], '2020-02-01');
  assert.equal(v['Last week'], '2020-W04');
  assert.equal(v['Two years ago'], '2018');
  assert.equal(v['Next year'], '2021');
});

test('durations', () => {
  const v = values('He ruled for nearly 30 years, three decades in all.');
  assert.equal(v['nearly 30 years'], 'P30Y');
  assert.equal(v['three decades'], 'P30Y');
});
