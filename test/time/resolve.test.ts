import { test } from 'node:test';
import assert from 'node:assert/strict';
import { splitSentences } from '../../src/analyze/sentence-splitter.js';
import { dateOfValue, extractTimeExpressions } from '../../src/analyze/time/index.js';
import type { TimeExpression } from '../../src/model/time.js';

// 2020-02-02 is a Sunday; 2013-03-22 a Friday.
function all(text: string, anchor: string | null): TimeExpression[] {
  return extractTimeExpressions(text, splitSentences(text), anchor);
}
function one(text: string, anchor: string | null, expr: string): TimeExpression {
  const t = all(text, anchor).find((x) => x.text === expr);
  assert.ok(t, `no "${expr}" in: ${text} (found ${all(text, anchor).map((x) => x.text).join(', ')})`);
  return t;
}

test('weekdays follow the tense: past -> the last one, future -> the next one, same day when it is today', () => {
  assert.equal(one('The minister arrived on Thursday.', '2020-02-02', 'Thursday').value, '2020-01-30');
  assert.equal(one('The minister will arrive on Thursday.', '2020-02-02', 'Thursday').value, '2020-02-06');
  assert.equal(one('He spoke on Sunday.', '2020-02-02', 'Sunday').value, '2020-02-02');
  assert.equal(one('He will fly out on Sunday evening.', '2020-02-02', 'Sunday evening').value, '2020-02-02TEV');
  assert.equal(one('Talks are scheduled to resume on Monday.', '2013-03-22', 'Monday').value, '2013-03-25');
  assert.equal(one('They met last Friday.', '2013-03-22', 'last Friday').value, '2013-03-15');
});

test('a weekday with an explicit date takes the date and records both', () => {
  const t = one('He said on Sunday (Feb 2) that talks went well.', '2019-12-22', 'Sunday (Feb 2)');
  assert.equal(t.value, '2020-02-02');
  assert.deepEqual(t.stated, { month: 2, day: 2, weekday: 0 });
  assert.equal(one('It happened on Tuesday, March 5, 2019.', '2020-02-02', 'Tuesday, March 5, 2019').value, '2019-03-05');
});

test('year-less months follow the tense with a three-month margin', () => {
  assert.equal(one('He was inaugurated in June.', '2020-02-02', 'June').value, '2019-06');
  assert.equal(one('Elections will be held in June.', '2020-02-02', 'June').value, '2020-06');
  assert.equal(one('The law took effect in January.', '2013-03-22', 'January').value, '2013-01');
  assert.equal(one('The vote is set for Dec. 15.', '1989-11-02', 'Dec. 15').value, '1989-12-15');
});

test('units relative to the anchor keep their granularity', () => {
  const text = 'This week prices rose. Earlier this month they fell. Last year sales grew; next month they will slow. The third quarter was weak.';
  const v = Object.fromEntries(all(text, '2013-03-22').map((t) => [t.text, t.value]));
  assert.equal(v['This week'], '2013-W12');
  assert.equal(v['Earlier this month'], '2013-03');
  assert.equal(v['Last year'], '2012');
  assert.equal(v['next month'], '2013-04');
  assert.equal(v['The third quarter'], '2012-Q3');
  assert.equal(one('Four years ago the plant closed.', '2013-03-22', 'Four years ago').value, '2009');
  assert.equal(one('He came back three days ago.', '2013-03-22', 'three days ago').value, '2013-03-19');
  assert.equal(one('She left yesterday.', '2013-03-22', 'yesterday').value, '2013-03-21');
  assert.equal(one('They arrived last summer.', '2013-03-22', 'last summer').value, '2012-SU');
});

test('modifiers widen the span and set mod', () => {
  const t = one('Rains began in early December.', '2013-03-22', 'early December');
  assert.equal(t.value, '2012-12');
  assert.equal(t.mod, 'START');
  assert.equal(one('The plant opened in mid-2011.', '2013-03-22', 'mid-2011').mod, 'MID');
});

test('durations, decades, centuries, references and sets', () => {
  const text = 'He ruled for almost seven years, through the 1990s and the 20th century. Several days passed. Prices are now high and have risen in recent weeks. Meetings take place every week.';
  const v = Object.fromEntries(all(text, '2013-03-22').map((t) => [t.text, [t.kind, t.value]]));
  assert.deepEqual(v['almost seven years'], ['duration', 'P7Y']);
  assert.deepEqual(v['the 1990s'], ['date', '199']);
  assert.deepEqual(v['the 20th century'], ['date', '19']);
  assert.deepEqual(v['Several days'], ['duration', 'PXD']);
  assert.deepEqual(v['now'], ['date', 'PRESENT_REF']);
  assert.deepEqual(v['recent weeks'], ['duration', 'PXW']);
  assert.deepEqual(v['every week'], ['set', 'P1W']);
  assert.equal(one('It lasted half an hour.', '2013-03-22', 'half an hour').value, 'PT30M');
  assert.equal(one('The 18-month inquiry ended.', '2013-03-22', '18-month').value, 'P18M');
});

test('explicit vs inferred, offsets and sentence indices', () => {
  const text = 'The deal was signed on 2 Feb 2020. It takes effect next year.';
  const ts = all(text, '2020-02-02');
  const [a, b] = ts;
  assert.equal(a!.certainty, 'explicit');
  assert.equal(b!.certainty, 'inferred');
  for (const t of ts) assert.equal(text.slice(t.start, t.end), t.text);
  assert.deepEqual(ts.map((t) => t.sentence), [0, 1]);
  assert.equal(a!.anchor, '2020-02-02');
});

test('with no anchor, relative values are partial and flagged inferred', () => {
  const ts = all('He left on Sunday and returns next year. He was born in 1961.', null);
  const v = Object.fromEntries(ts.map((t) => [t.text, [t.value, t.certainty]]));
  assert.deepEqual(v['Sunday'], ['XXXX-WXX-7', 'inferred']);
  assert.deepEqual(v['next year'], ['FUTURE_REF', 'inferred']);
  assert.deepEqual(v['1961'], ['1961', 'explicit']);
  for (const t of ts) assert.equal(t.anchor, null);
});

test('dateOfValue strips times and rejects non-dates', () => {
  assert.equal(dateOfValue('2020-02-02TEV'), '2020-02-02');
  assert.equal(dateOfValue('2019-06'), '2019-06');
  assert.equal(dateOfValue('2020-W05'), '2020-W05');
  assert.equal(dateOfValue('P30Y'), null);
  assert.equal(dateOfValue('PRESENT_REF'), null);
});

test('articles not in English get only language-neutral years', () => {
  const text = 'Le ministre est arrivé en mars 2019, Sunday 2015.';
  const ts = extractTimeExpressions(text, splitSentences(text), '2020-02-02', { lang: 'fr' });
  assert.deepEqual(ts.map((t) => t.value), ['2019', '2015']);
});

test('"that year", "the next day" resolve against the date the text mentioned last', () => {
  const text = 'The treaty was signed on 5 March 1998. The next day protests began, and later that year the government fell.';
  const v = Object.fromEntries(all(text, '2013-03-22').map((t) => [t.text, t.value]));
  assert.equal(v['The next day'], '1998-03-06');
  assert.equal(v['later that year'], '1998');
  assert.equal(one('The following year he left.', '2013-03-22', 'The following year').value, '2014');
});

test('a weekday written with the date in any order is recorded', () => {
  for (const [text, expr] of [['It opened on Sunday, Feb. 2, in the capital.', 'Sunday, Feb. 2'], ['It opened on Sunday (February 2).', 'Sunday (February 2)'], ['It opened on February 2 (Sunday).', 'February 2 (Sunday)']] as const) {
    const t = one(text, '2019-12-22', expr);
    assert.equal(t.stated?.weekday, 0, text);
    assert.equal(t.stated?.day, 2, text);
  }
});

test('"the weekend" is the one just gone in a past clause, the coming one in a future clause', () => {
  // 2013-03-20 is a Wednesday, in ISO week 12
  assert.equal(one('Protests spread over the weekend.', '2013-03-20', 'the weekend').value, '2013-W11-WE');
  assert.equal(one('Talks will continue over the weekend.', '2013-03-20', 'the weekend').value, '2013-W12-WE');
});
