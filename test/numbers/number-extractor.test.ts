import { test } from 'node:test';
import assert from 'node:assert/strict';
import { splitSentences } from '../../src/analyze/sentence-splitter.js';
import { extractNumbers } from '../../src/analyze/numbers/number-extractor.js';

function nums(text: string) {
  return extractNumbers(text, splitSentences(text)).map((n) => ({ text: n.text, value: n.value, high: n.high, qualifier: n.qualifier, unit: n.unit, subject: n.subject }));
}

test('digits, words, scales and qualifiers', () => {
  const r = nums('The virus has killed more than 300 people and infected more than 14,000 in China. About 18.7 million people live there. Over a million were detained. 1M+ detained.');
  assert.deepEqual(r.map((n) => [n.value, n.qualifier, n.unit, n.subject]), [
    [300, 'more-than', 'people', 'killed'],
    [14000, 'more-than', null, 'infected'],
    [18.7e6, 'about', 'people', null],
    [1e6, 'more-than', null, 'detained'],
    [1e6, 'more-than', null, 'detained'],
  ]);
});

test('ranges, including a malformed one, and scale spread', () => {
  const r = nums('Groups estimate that between one million and two million people have been detained. Another copy says between one million and one million people. Between one and two million fled. Prices rose 300-400 dollars.');
  assert.deepEqual(r.map((n) => [n.value, n.high]), [[1e6, 2e6], [1e6, 1e6], [1e6, 2e6], [300, 400]]);
  assert.equal(r[0]!.subject, 'detained');
  assert.equal(r[3]!.unit, 'USD');
});

test('durations in decades, population and age', () => {
  const r = nums('He flew to Freedonia, a country of 33 million that is emerging from nearly three decades of isolation. Smith, 66, ruled for nearly 30 years.');
  assert.deepEqual(r.map((n) => [n.value, n.qualifier, n.unit, n.subject]), [
    [33e6, 'exact', 'people', 'population of Freedonia'],
    [30, 'nearly', 'years', null],
    [66, 'exact', 'years', 'age of Smith'],
    [30, 'nearly', 'years', null],
  ]);
});

test('years, dates, times, ordinals and glued numbers are not quantities', () => {
  const r = nums('In 2015, on February 2 and 2 March 2019, at 10:30 and 5 pm, the 3rd team met. COVID-19 and C5+1 talks, @user_12 and 2020-02-02 too. Freedom On The Net 2018 said so.');
  assert.deepEqual(r, []);
});
