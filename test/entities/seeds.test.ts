import { test } from 'node:test';
import assert from 'node:assert/strict';
import { fileURLToPath } from 'node:url';
import { extractMentions } from '../../src/analyze/entities/index.js';
import { splitSentences } from '../../src/analyze/sentence-splitter.js';
import type { AnalyzedArticle } from '../../src/model/analyzed.js';
import type { StoryEntity } from '../../src/model/entity.js';
import { loadArticles } from '../../src/pipeline/load-articles.js';
import { canonicalizeEntities } from '../../src/story/entity-canonicalizer.js';

// The seed story (examples/seed-story): every group under "Entities" in EXPECTED.md is one entity.
const dir = fileURLToPath(new URL('../../examples/seed-story', import.meta.url));
const items: AnalyzedArticle[] = (await loadArticles([dir])).articles.map((article) => {
  const sentences = splitSentences(article.text);
  return { article, sentences, mentions: extractMentions(article.text, sentences), timexes: [], quotes: [], numbers: [] };
});
const entities = canonicalizeEntities(items);

function entityWith(variant: string): StoryEntity {
  const e = entities.filter((x) => x.variants.some((v) => v.text === variant));
  assert.equal(e.length, 1, `one entity has the variant "${variant}" (found ${e.length})`);
  return e[0]!;
}

const GROUPS: [string, string[]][] = [
  ['person', ['Kassym-Jomart Tokayev', 'Toqaev', 'Qasym-Zhomart Toqaev']],
  ['person', ['Nursultan Nazarbayev', 'Nazarbaev', 'Nursultan Nazarbaev']],
  ['person', ['Shavkat Mirziyoyev', 'Mirziyoev', 'Mirziyoyev', 'Shavkat Mirziyoev']],
  // The bare "Tileuberdi" is only in 002's embedded tweet, which cleaning keeps apart from the text.
  ['person', ['Mukhtar Tleuberdi', 'Tleuberdi', 'Mukhtar Tileuberdi']],
  ['group', ['Uighur', 'Uighurs', 'Uyghurs']],
  ['place', ['Nur-Sultan', 'Nur Sultan']],
  ['person', ['Mike Pompeo', 'Pompeo']],
];

for (const [type, variants] of GROUPS) {
  test(`seed entity: ${variants.join(' = ')}`, () => {
    const e = entityWith(variants[0]!);
    for (const v of variants.slice(1)) assert.equal(entityWith(v).id, e.id, `${v} is ${e.name}`);
    assert.equal(e.type, type);
    assert.ok(variants.includes(e.name), `canonical name ${e.name} is one of the variants`);
    for (const v of e.variants) assert.ok(v.articleIds.length > 0);
  });
}

test('seed: "Secretary Pompeo" is the same entity (the title is not part of the name)', () => {
  const e = entityWith('Mike Pompeo');
  assert.ok(e.articleIds.length === 5);
  assert.ok(!entities.some((x) => x.id !== e.id && x.variants.some((v) => /Pompeo$/.test(v.text) && v.text !== 'SecPompeo')));
});

test('seed: no wrong merges (Nursultan the person, Nur-Sultan the city, Kazakh vs Kazakhstan)', () => {
  assert.notEqual(entityWith('Nursultan Nazarbayev').id, entityWith('Nur-Sultan').id);
  assert.notEqual(entityWith('Kazakhs').id, entityWith('Kazakhstan').id);
  assert.notEqual(entityWith('Toqaev').id, entityWith('Nazarbaev').id);
  assert.equal(entityWith('Kazakhstan').type, 'place');
  assert.equal(entityWith('Kazakhs').type, 'group');
  for (const e of entities) {
    // Types from a lexicon or an explicit cue never mix within one entity.
    const found = e.mentions.map((m) => items.find((i) => i.article.id === m.articleId)!.mentions.find((x) => x.start === m.start)!);
    const types = new Set(found.filter((x) => x.evidence === 'lexicon').map((x) => x.type));
    types.delete('other');
    assert.ok(types.size <= 1, `${e.name} mixes ${[...types].join(', ')}`);
  }
});

test('every mention is in exactly one entity, with its article and span', () => {
  const total = items.reduce((n, i) => n + i.mentions.length, 0);
  assert.equal(entities.reduce((n, e) => n + e.mentionCount, 0), total);
  for (const e of entities) for (const m of e.mentions) {
    const a = items.find((i) => i.article.id === m.articleId)!;
    assert.equal(a.article.text.slice(m.start, m.end), m.text);
  }
});

test('seed: roles linked by the text are listed on the entity', () => {
  const roles = (v: string): string[] => entityWith(v).roles.map((r) => r.text.toLowerCase());
  assert.ok(roles('Mike Pompeo').includes('secretary of state'));
  assert.ok(roles('Mukhtar Tleuberdi').includes('foreign minister'));
  assert.ok(roles('Toqaev').includes('president'));
});
