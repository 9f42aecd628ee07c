import { test } from 'node:test';
import assert from 'node:assert/strict';
import { checkPublicationDates } from '../../src/story/publication-date-checker.js';
import { article } from './story-helpers.js';

// 2021-03-14 is a Sunday.
const A = article('a', '2021-03-14', 'The ministers met on Sunday (March 14) in Geneva. Talks resume next week.');
const B = article('b', '2021-03-15', 'The ministers met in Geneva on Sunday, officials said on Monday.');

test('articles that agree raise no discrepancy', () => {
  const r = checkPublicationDates([A, B]);
  assert.deepEqual(r.discrepancies, []);
  assert.deepEqual(r.correctedAnchors, {});
  assert.equal(r.anchors.a!.source, 'header');
});

test('a header far from the weekday+date of its own text is flagged and corrected', () => {
  const bad = article('c', '2020-11-02', 'The ministers met on Sunday (March 14) in Geneva and agreed to meet again.');
  const r = checkPublicationDates([A, B, bad]);
  assert.equal(r.discrepancies.length, 1);
  const d = r.discrepancies[0]!;
  assert.equal(d.kind, 'publication-date');
  assert.equal(d.positions[0]!.value, '2020-11-02');
  assert.equal(d.positions[1]!.value, '2021-03-14');
  assert.ok(d.positions[1]!.articleIds.includes('a'));
  assert.equal(r.correctedAnchors.c, '2021-03-14');
});

test('a year-less date after the header that matches the story is evidence', () => {
  const bad = article('d', '2020-12-01', 'The ministers met in Geneva on March 14 and agreed to meet again.');
  const r = checkPublicationDates([A, B, bad]);
  assert.equal(r.discrepancies.length, 1);
  assert.equal(r.correctedAnchors.d, '2021-03-14');
});

test('a report a few days after the event is not flagged', () => {
  const late = article('e', '2021-03-18', 'The ministers met on Sunday (March 14) in Geneva.');
  assert.deepEqual(checkPublicationDates([A, B, late]).discrepancies, []);
});

test('an article without a date takes the story date; alone it gets none', () => {
  const none = article('f', null, 'On Monday the ministers will meet again.');
  const r = checkPublicationDates([A, B, none]);
  assert.deepEqual(r.anchors.f, { date: '2021-03-14', source: 'story' });
  assert.equal(r.correctedAnchors.f, '2021-03-14');
  assert.deepEqual(checkPublicationDates([none]).anchors.f, { date: null, source: 'none' });
});

test('"yesterday" in a statement another article dates implies the date', () => {
  const late = article('g', '2020-06-01', 'Foreign ministers met in Geneva yesterday to discuss the ceasefire.');
  const src = article('h', '2021-03-15', 'The foreign ministers met in Geneva on March 14 to discuss the ceasefire.');
  const r = checkPublicationDates([src, late]);
  assert.equal(r.discrepancies.length, 1);
  assert.equal(r.correctedAnchors.g, '2021-03-15');
  assert.ok(r.discrepancies[0]!.description.includes('yesterday'));
  const ok = article('i', '2021-03-15', 'Foreign ministers met in Geneva yesterday to discuss the ceasefire.');
  assert.deepEqual(checkPublicationDates([src, ok]).discrepancies, []);
  const other = article('j', '2020-06-01', 'Farmers protested in Lyon yesterday over fuel prices.');
  assert.deepEqual(checkPublicationDates([src, other]).discrepancies, []);
});
