import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extractMentions } from '../../src/analyze/entities/index.js';
import { splitSentences } from '../../src/analyze/sentence-splitter.js';
import type { EntityType } from '../../src/model/entity.js';

function mentions(text: string): [string, EntityType][] {
  return extractMentions(text, splitSentences(text)).map((m) => [m.text, m.type]);
}
const typeOf = (text: string, name: string): EntityType | undefined => mentions(text).find(([t]) => t === name)?.[1];

test('titles mark people and are not part of the name', () => {
  const m = mentions('US Secretary of State Mike Pompeo met Foreign Minister Mukhtar Tleuberdi in Nur-Sultan.');
  assert.deepEqual(m, [['US', 'place'], ['Mike Pompeo', 'person'], ['Mukhtar Tleuberdi', 'person'], ['Nur-Sultan', 'place']]);
});

test('a person named like a city stays a person; the hyphenated city is a place', () => {
  const text = 'President Kassym-Jomart Tokayev, 66, succeeded his predecessor Nursultan Nazarbayev. The capital Nur-Sultan was renamed.';
  assert.equal(typeOf(text, 'Nursultan Nazarbayev'), 'person');
  assert.equal(typeOf(text, 'Kassym-Jomart Tokayev'), 'person');
  assert.equal(typeOf(text, 'Nur-Sultan'), 'place');
});

test('organisations by suffix and acronym; groups by nationality, religion and cue', () => {
  const text = 'The Chinese Communist Party denied it. NATO said ethnic Kazakhs and Uighur Muslims were held. The Foreign Ministry of Kazakhstan spoke.';
  assert.equal(typeOf(text, 'Chinese Communist Party'), 'organization');
  assert.equal(typeOf(text, 'NATO'), 'organization');
  assert.equal(typeOf(text, 'Kazakhs'), 'group');
  assert.equal(typeOf(text, 'Uighur'), 'group');
  assert.equal(typeOf(text, 'Muslims'), 'group');
  assert.equal(typeOf(text, 'Foreign Ministry of Kazakhstan'), 'organization');
});

test('the surname alone takes the type of the full name in the article', () => {
  const text = 'Shavkat Mirziyoyev took office in 2016. Mirziyoyev has opened the economy.';
  assert.deepEqual(mentions(text).filter(([t]) => t === 'Mirziyoyev'), [['Mirziyoyev', 'person']]);
});

test('negative: sentence-initial common words, weekdays, months are not entities', () => {
  const text = 'However, the talks went on. The minister left on Sunday. In February officials met. Meanwhile nothing changed. Officials said so.';
  assert.deepEqual(mentions(text), []);
});

test('negative: nationality adjectives before a noun are not mentions', () => {
  assert.deepEqual(mentions('Kazakh officials and Chinese diplomats met American lawmakers.'), []);
});

test('negative: headline case does not turn every word into a name', () => {
  const text = 'Pompeo Urges Kazakhstan To Press China On Rights\n\nMike Pompeo urged Kazakhstan on Sunday to press China.';
  const m = mentions(text);
  assert.ok(!m.some(([t]) => /Urges|Press|Rights/.test(t)), JSON.stringify(m));
  assert.ok(m.some(([t, ty]) => t === 'China' && ty === 'place'));
});

test('spans are offsets into the text', () => {
  const text = 'He met Angela Merkel in Berlin.';
  for (const m of extractMentions(text, splitSentences(text))) assert.equal(text.slice(m.start, m.end), m.text);
});

test('the title before a name is kept as the person\'s role, also after "Mr." with a dot', () => {
  const text = 'US Secretary of State Mike Pompeo met Foreign Minister Mukhtar Tleuberdi. Later Mr. Tleuberdi spoke.';
  const ms = extractMentions(text, splitSentences(text));
  assert.deepEqual(ms.filter((m) => m.role).map((m) => [m.text, m.role]), [['Mike Pompeo', 'Secretary of State'], ['Mukhtar Tleuberdi', 'Foreign Minister'], ['Tleuberdi', 'Mr']]);
});
