import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { AnalyzedArticle } from '../../src/model/analyzed.js';
import type { EntityMention, EntityType } from '../../src/model/entity.js';
import { canonicalizeEntities } from '../../src/story/entity-canonicalizer.js';

type M = [text: string, type: EntityType, evidence?: EntityMention['evidence']];

function article(id: string, ms: M[]): AnalyzedArticle {
  const mentions: EntityMention[] = ms.map(([text, type, evidence], i) => ({
    start: i * 100, end: i * 100 + text.length, text, type, sentence: i, evidence: evidence ?? 'lexicon',
  }));
  return { article: { id } as AnalyzedArticle['article'], sentences: [], mentions, timexes: [], quotes: [], numbers: [] };
}

const groups = (items: AnalyzedArticle[]): string[][] =>
  canonicalizeEntities(items).map((e) => e.variants.map((v) => v.text).sort()).sort((a, b) => a[0]!.localeCompare(b[0]!));

test('full name, surname and spelling variants are one person; canonical name is the most complete common form', () => {
  const e = canonicalizeEntities([
    article('a', [['Kassym-Jomart Tokayev', 'person'], ['Tokayev', 'person', 'context']]),
    article('b', [['Qasym-Zhomart Toqaev', 'person'], ['Toqaev', 'person', 'context']]),
    article('c', [['Kassym-Jomart Tokayev', 'person']]),
  ]);
  assert.equal(e.length, 1);
  assert.equal(e[0]!.name, 'Kassym-Jomart Tokayev');
  assert.deepEqual(e[0]!.articleIds, ['a', 'b', 'c']);
  assert.deepEqual(e[0]!.variants.find((v) => v.text === 'Toqaev')!.articleIds, ['b']);
});

test('negative: a person and a city with the same letters stay apart', () => {
  const g = groups([article('a', [['Nursultan Nazarbayev', 'person'], ['Nur-Sultan', 'place'], ['Nazarbayev', 'person', 'context'], ['Nur Sultan', 'place', 'context']])]);
  assert.deepEqual(g, [['Nazarbayev', 'Nursultan Nazarbayev'], ['Nur Sultan', 'Nur-Sultan']]);
});

test('negative: a nationality group and its country stay apart; group plurals join', () => {
  const g = groups([article('a', [['Kazakhs', 'group'], ['Kazakhstan', 'place'], ['Kazakh', 'group'], ['Uighur', 'group'], ['Uyghurs', 'group', 'context']])]);
  assert.deepEqual(g, [['Kazakh', 'Kazakhs'], ['Kazakhstan'], ['Uighur', 'Uyghurs']]);
});

test('negative: two people with the same surname and different first names stay apart', () => {
  const g = groups([article('a', [['Bill Clinton', 'person'], ['Hillary Clinton', 'person'], ['Clinton', 'person', 'context'], ['Bill Clinton', 'person']])]);
  assert.equal(g.length, 2);
  assert.ok(g.some((x) => x.includes('Bill Clinton') && x.includes('Clinton')), 'a lone surname joins the most mentioned full name');
});

test('acronyms join the organisation they abbreviate; titles are not part of names', () => {
  const g = groups([article('a', [['United Nations', 'organization'], ['UN', 'organization'], ['Secretary Mike Pompeo', 'person'], ['Pompeo', 'person']])]);
  assert.deepEqual(g, [['Pompeo', 'Secretary Mike Pompeo'], ['UN', 'United Nations']]);
});

test('pronouns and role phrases link where the text links them (labelled mentions)', () => {
  const a = article('a', [['President Barack Obama', 'person'], ['he', 'person'], ['the president', 'person'], ['Chicago', 'place']]);
  const e = canonicalizeEntities([a]);
  assert.equal(e.length, 2);
  assert.equal(e.find((x) => x.type === 'person')!.mentionCount, 3);
});
