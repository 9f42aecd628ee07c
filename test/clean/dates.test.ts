import { test } from 'node:test';
import assert from 'node:assert/strict';
import { dateFromUrl, parseDateString } from '../../src/clean/date-parser.js';
import { resolvePublishedAt } from '../../src/clean/publication-date.js';

const NOW = new Date('2024-06-01T00:00:00Z');

test('dates: metadata forms to ISO 8601', () => {
  const cases: [string, string | null][] = [
    ['2020-02-02', '2020-02-02'],
    ['2020-02', '2020-02'],
    ['2015-07-24T05:36:09+01:00', '2015-07-24T05:36:09+01:00'],
    ['2021-11-01T10:52:50+0100', '2021-11-01T10:52:50+01:00'],
    ['2019-01-03T07:00:02.000Z', '2019-01-03T07:00:02Z'],
    ['2017-11-03 03:01:00.000000', '2017-11-03T03:01:00'],
    ['February 2, 2020', '2020-02-02'],
    ['Feb. 2, 2020', '2020-02-02'],
    ['2 February 2020', '2020-02-02'],
    ['Sun, 02 Feb 2020 10:15:00 GMT', '2020-02-02T10:15:00Z'],
    ['Tuesday September 4, 2018 8:56 AM', '2018-09-04T08:56:00'],
    ['2018/12/21', '2018-12-21'],
    ['20200202', '2020-02-02'],
    ['2020-13-45', null],
    ['2019-02-29', null],
    ['yesterday', null],
    ['', null],
  ];
  for (const [input, want] of cases) assert.equal(parseDateString(input), want, input);
});

test('dates: from URL paths', () => {
  assert.equal(dateFromUrl('https://www.example.com/news/2020/02/02/pompeo-visit'), '2020-02-02');
  assert.equal(dateFromUrl('https://example.com/2019-12-22/story.html'), '2019-12-22');
  assert.equal(dateFromUrl('https://example.com/a/20200202/story'), '2020-02-02');
  assert.equal(dateFromUrl('https://example.com/story-2020-13-45'), null);
  assert.equal(dateFromUrl('https://example.com/id/123456789'), null);
  assert.equal(dateFromUrl('not a url'), null);
});

test('dates: an impossible date is reported, not kept, and the next source is tried', () => {
  const r = resolvePublishedAt([{ value: '2020-13-45', source: 'meta' }], 'x.html', NOW);
  assert.equal(r.publishedAt, null);
  assert.equal(r.publishedAtSource, null);
  assert.deepEqual(r.diagnostics.map((d) => d.code), ['clean/bad-date']);
  const old = resolvePublishedAt([{ value: '1700-01-01', source: 'record' }, { value: '2020-02-02', source: 'url' }], 'x', NOW);
  assert.equal(old.publishedAt, '2020-02-02');
  assert.equal(old.publishedAtSource, 'url');
  assert.equal(old.diagnostics.length, 1);
});

test('dates: a date in the future of the run is kept with a warning; two days of slack', () => {
  const far = resolvePublishedAt([{ value: '2031-01-01', source: 'header' }], 'x', NOW);
  assert.equal(far.publishedAt, '2031-01-01');
  assert.deepEqual(far.diagnostics.map((d) => d.code), ['clean/bad-date']);
  const near = resolvePublishedAt([{ value: '2024-06-02', source: 'header' }], 'x', NOW);
  assert.equal(near.diagnostics.length, 0);
  assert.equal(resolvePublishedAt([], 'x', NOW).publishedAt, null);
});
