import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildTimeline, timelineSortKey } from '../../src/story/timeline-builder.js';
import { article } from './story-helpers.js';

test('partial dates sort at their start: year, then month, then day; weeks at their Monday', () => {
  const dates = ['2019-03-05', '2020-W05', '2019', '2019-03', '2018-SU', '2019-Q2', '2020-02-02'];
  const sorted = [...dates].sort((a, b) => (timelineSortKey(a) < timelineSortKey(b) ? -1 : timelineSortKey(a) > timelineSortKey(b) ? 1 : 0));
  assert.deepEqual(sorted, ['2018-SU', '2019', '2019-03', '2019-03-05', '2019-Q2', '2020-W05', '2020-02-02']);
  assert.equal(timelineSortKey('2020-W05'), '2020-01-27');
});

test('entries stating the same thing on the same date merge and cite every article', () => {
  const a = article('a', '2021-03-14', 'The foreign ministers met in Geneva on Sunday to discuss the ceasefire. The war began in 2014.');
  const b = article('b', '2021-03-15', 'Foreign ministers met in Geneva on Sunday and discussed a ceasefire, officials said.');
  const c = article('c', null, 'In March 2019 the president resigned after three decades in power.');
  const tl = buildTimeline([a, b, c]);
  assert.deepEqual(tl.map((e) => e.date), ['2014', '2019-03', '2021-03-14']);
  const meet = tl[2]!;
  assert.deepEqual(meet.articleIds, ['a', 'b']);
  assert.deepEqual(meet.evidence.map((e) => e.expression), ['Sunday', 'Sunday']);
  assert.deepEqual(tl[1]!.articleIds, ['c']);
});

test('different events of one date stay apart; bare datelines are not events', () => {
  const a = article('a', '2021-03-14', 'March 14, 2021\n\nThe ministers met in Geneva on Sunday. Separately, a storm flooded the harbour on Sunday.');
  const tl = buildTimeline([a]);
  assert.equal(tl.length, 2);
  assert.ok(tl.every((e) => e.date === '2021-03-14' && !e.text.startsWith('March 14, 2021')));
});
