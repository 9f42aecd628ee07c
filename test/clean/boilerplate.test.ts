import { test } from 'node:test';
import assert from 'node:assert/strict';
import { chromeFamily, removeChrome } from '../../src/clean/chrome-lines.js';
import { removeRepeats } from '../../src/clean/repeat-filter.js';
import { fixture } from './fixtures.js';

const data = fixture<{ chrome: string[]; firstLineChrome: string[]; content: string[] }>('boilerplate.json');

test('boilerplate: chrome paragraphs are recognised', () => {
  for (const line of data.chrome) assert.notEqual(chromeFamily(line, 3), null, line);
});

test('boilerplate: a lone section word is chrome only as the first paragraph', () => {
  for (const word of data.firstLineChrome) {
    assert.notEqual(chromeFamily(word, 0), null, word);
    assert.equal(chromeFamily(word, 2), null, word);
  }
});

test('boilerplate (negative cases): sentences that contain chrome words stay', () => {
  for (const line of data.content) {
    assert.equal(chromeFamily(line, 0), null, line);
    assert.equal(chromeFamily(line, 5), null, line);
  }
  assert.deepEqual(removeChrome(data.content).lines, data.content);
});

test('repeats: the title is dropped everywhere, other repeats keep their first occurrence', () => {
  const title = 'Pompeo urges Kazakhstan to press China over Uighurs';
  const lines = [title, title, 'The first paragraph of the report is here.', title, 'A caption printed twice under the photo.', 'A caption printed twice under the photo.', 'Yes.', 'Later text.', 'Yes.'];
  const r = removeRepeats(lines, title);
  assert.deepEqual(r.lines, ['The first paragraph of the report is here.', 'A caption printed twice under the photo.', 'Yes.', 'Later text.', 'Yes.']);
  assert.equal(r.removed.length, 4);
});

test('repeats: without a title the first occurrence stays', () => {
  const h = 'A headline that the template printed three times';
  const r = removeRepeats([h, h, h, 'Body text of the article follows here.'], null);
  assert.deepEqual(r.lines, [h, 'Body text of the article follows here.']);
});

test('boilerplate: date lines near the top give the text date', () => {
  const r = removeChrome(['Fri | Nov 16, 2018', 'Strong typhoon slams western Japan; 2 dead, airport flooded', 'Published:Tuesday | September 4, 2018 | 8:56 AM', 'Body.']);
  assert.deepEqual(r.dates, ['Tuesday September 4, 2018 8:56 AM', 'Fri Nov 16, 2018']);
  assert.deepEqual(r.lines, ['Strong typhoon slams western Japan; 2 dead, airport flooded', 'Body.']);
  assert.deepEqual(removeChrome(['Body one.', 'Body two.', 'Body three.', 'August 30, 2018']).dates, [], 'a date stamp far down is not the article date');
});
