import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { AnalyzedArticle } from '../../src/model/analyzed.js';
import type { EntityMention } from '../../src/model/entity.js';
import { canonicalizeEntities } from '../../src/story/entity-canonicalizer.js';

function article(id: string, ms: Partial<EntityMention>[]): AnalyzedArticle {
  const mentions: EntityMention[] = ms.map((m, i) => ({
    start: i * 100, end: i * 100 + m.text!.length, text: m.text!, type: m.type ?? 'person', sentence: i, evidence: 'shape', ...m,
  } as EntityMention));
  return { article: { id } as AnalyzedArticle['article'], sentences: [], mentions, timexes: [], quotes: [], numbers: [] };
}

test('a lone word typed person only by its shape, never with a first name in the story, is not a person', () => {
  const e = canonicalizeEntities([
    article('a', [{ text: 'Zorbex', rule: 'shape-single', certainty: 'inferred' }, { text: 'Ned Segal', rule: 'first-name', certainty: 'explicit' }]),
    article('b', [{ text: 'Zorbex', rule: 'shape-single', certainty: 'inferred' }, { text: 'Segal', rule: 'shape-single', certainty: 'inferred' }]),
  ]);
  assert.equal(e.find((x) => x.name === 'Zorbex')?.type, 'other');
  assert.equal(e.find((x) => x.name === 'Ned Segal')?.type, 'person');
});

test('a lone word with an explicit person cue stays a person', () => {
  const e = canonicalizeEntities([article('a', [{ text: 'Camilla', rule: 'role-before', certainty: 'explicit', role: 'wife' }])]);
  assert.equal(e[0]?.type, 'person');
});
