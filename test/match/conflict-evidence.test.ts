import { test } from 'node:test';
import assert from 'node:assert/strict';
import { tokenize } from '../../src/match/match-tokenizer.js';
import { tallyPairs, talliesConflict } from '../../src/match/tally-pairs.js';
import { articleYearBounds, storyYearHigh, storyYearLow, titleYears, yearsConflict } from '../../src/match/year-bounds.js';
import { nameKey } from '../../src/match/name-key.js';
import { explicitDays } from '../../src/match/calendar-terms.js';

const tallies = (s: string): string[] => tallyPairs(tokenize(s), s);

test('tallies: falling count pairs joined by a connector, ranges and years left out', () => {
  assert.deepEqual(tallies('MPs rejected the deal by 432 votes to 202 on Tuesday.'), ['432-202']);
  assert.deepEqual(tallies('Les députés ont voté par 391 voix contre 242.'), ['391-242']);
  assert.deepEqual(tallies('Posłowie odrzucili umowę stosunkiem głosów 432 do 202.'), ['432-202']);
  assert.deepEqual(tallies('Депутаты проголосовали 391 голосами против 242.'), ['391-242']);
  assert.deepEqual(tallies('رفض النواب الاتفاق بأغلبية 432 صوتا مقابل 202'), ['432-202']);
  assert.deepEqual(tallies('议员以432票对202票否决了协议'), ['432-202']);
  assert.deepEqual(tallies('試合は3対1で終わった'), ['3-1']);
  assert.deepEqual(tallies('Lawmakers rejected the deal 391-242, ignoring her pleas.'), ['391-242']);
  // A dashed date, and game scores (every goal changes them), are no tallies.
  assert.deepEqual(tallies('On 15-01-2019 they met; the hosts won 3–1 after leading 2-1.'), []);
  assert.deepEqual(tallies('Forecasters expect 6 to 12 inches of rain.'), []);
  assert.deepEqual(tallies('From 2017 to 2022 he governed.'), []);
  assert.equal(talliesConflict(['391-242'], { '432-202': 2 }), true);
  assert.equal(talliesConflict(['432-202'], { '432-202': 1, '391-242': 1 }), false);
  assert.equal(talliesConflict([], { '432-202': 1 }), false);
  // The story's own tally is its most frequent: a member's other tally does not open it.
  assert.equal(talliesConflict(['391-242'], { '432-202': 3, '391-242': 1 }), true);
});

test('year bounds: a dated side against an undated side naming a later year', () => {
  const dated2017 = articleYearBounds([2017], 2017);
  const undated2022 = articleYearBounds([2017, 2022], null);
  const undated2017 = articleYearBounds([2017], null);
  assert.deepEqual(undated2022, { low: 2022, high: null });
  assert.equal(yearsConflict(undated2022, dated2017), true);
  assert.equal(yearsConflict(undated2017, dated2017), false);
  assert.equal(yearsConflict(undated2017, { low: 2022, high: 2022 }), false);
  assert.equal(storyYearLow({ 2017: 3, 2030: 1 }), 2017);
});

test('years: the year a headline names bounds an undated article from above', () => {
  assert.deepEqual(titleYears('Elections 2017 : the results, and the 2012 comparison'), [2017, 2012]);
  assert.deepEqual(titleYears('Flight 20177 and 12017 votes'), []);
  const undated = articleYearBounds([2012, 2017], null, titleYears('Elections 2017: the results'));
  assert.deepEqual(undated, { low: 2017, high: 2017 });
  assert.equal(yearsConflict(undated, { low: 2022, high: 2022 }), true);
  // The text names a later year than the title: the title is background, no upper bound.
  assert.deepEqual(articleYearBounds([2022], null, [2017]), { low: 2022, high: null });
  // A dated article is about its publication year whatever its title names.
  assert.deepEqual(articleYearBounds([2017], 2022, [2017]), { low: 2022, high: 2022 });
  assert.equal(storyYearHigh({ 2017: 1, 2019: 1 }), 2019);
  assert.equal(storyYearHigh({}), null);
});

test('name keys fold romanisations', () => {
  assert.equal(nameKey('tokio'), nameKey('tokyo'));
  assert.equal(nameKey('zhomart'), nameKey('jomart'));
});

test('name keys romanise Cyrillic and Greek', () => {
  assert.equal(nameKey('путин'), nameKey('putin'));
  assert.equal(nameKey('зеленский'), nameKey('zelensky'));
  assert.equal(nameKey('τσιπρας'), nameKey('tsipras'));
});

test('explicit full dates read from a text', () => {

  const norms = (s: string): string[] => tokenize(s).map((t) => t.norm);
  const day = (iso: string): number => Date.parse(iso) / 86_400_000;
  assert.deepEqual(explicitDays(norms('The vote on March 12, 2019 failed; the deadline was 29 March 2019.')), [day('2019-03-12'), day('2019-03-29')]);
  assert.deepEqual(explicitDays(norms('El 12 de marzo de 2019 votaron.')), [day('2019-03-12')]);
  assert.deepEqual(explicitDays(norms('On March 12 they voted; in 2019 again.')), []);
  assert.deepEqual(explicitDays(norms('Update: 2017-09-12 21:29 GMT. Earlier, 2016-13-01 was no date.')), [day('2017-09-12')]);
  assert.deepEqual(explicitDays(norms('In 2017 9 12 people died.')), []);
});

test('calendar words of many languages (from the runtime\'s ICU data) give the same date keys', async () => {
  const { calendarKeys, WEEKDAY_OF } = await import('../../src/match/calendar-terms.js');
  const keys = (s: string): string[] => calendarKeys(tokenize(s).map((t) => t.norm));
  const en = keys('It hit on Saturday, September 5.');
  assert.deepEqual(en, ['d:wd6', 'd:9-5']);
  assert.deepEqual(keys('Это случилось в субботу, 5 сентября.').slice(-1), ['d:9-5']);
  assert.deepEqual(keys('Stało się to w sobotę, 5 września.').slice(-1), ['d:9-5']);
  assert.deepEqual(keys('حدث ذلك يوم السبت ٥ سبتمبر'), en);
  assert.deepEqual(keys('Cumartesi günü, 5 Eylül'), en);
  assert.equal(WEEKDAY_OF.get('maj'), undefined, 'short words are not taken from ICU');
});
