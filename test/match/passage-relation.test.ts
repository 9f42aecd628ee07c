import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Article } from '../../src/model/article.js';
import { fingerprintArticle } from '../../src/match/fingerprint-builder.js';
import { findSharedPassages } from '../../src/match/passage-finder.js';
import { classifyContainment, relateArticles } from '../../src/match/relation-classifier.js';
import { resolveOrigin } from '../../src/match/origin-resolver.js';

function art(id: string, text: string, extra: Partial<Article> = {}): Article {
  return {
    kind: 'article', id, source: { input: id }, url: null, outlet: null, title: null, byline: null, publishedAt: null,
    publishedAtSource: null, lang: null, dateline: null, credits: [], agencies: [], text, embeds: [], contentHash: id, diagnostics: [], ...extra,
  };
}

const WIRE = 'The storm made landfall near the coastal town early on Saturday, bringing winds of 150 miles per hour and heavy rain across the region.';
const LOCAL = 'Residents of the valley said they had never seen anything like it and several schools will stay closed until further notice.';
const OTHER = 'Officials from the transport ministry met union leaders in the capital to discuss a new pay offer for train drivers next month.';

const FILLER_A = 'A spokesman for the regional council confirmed that emergency shelters had been opened in three districts overnight.';
const FILLER_B = 'Insurers expect claims to run into hundreds of millions once the damage to homes and farms has been counted.';
const FILLER_C = 'Forecasters warned that a second weather system could follow within days, although its track remains uncertain.';

test('passage offsets point at the same words in both texts', () => {
  const a = fingerprintArticle(art('a', `${LOCAL}\n\n${WIRE}`));
  const b = fingerprintArticle(art('b', `Breaking: ${WIRE.toUpperCase()} More later.`));
  const ps = findSharedPassages(a, b);
  assert.equal(ps.length, 1);
  const p = ps[0]!;
  assert.equal(p.text, a.text.slice(p.aStart, p.aStart + p.length));
  assert.equal(p.text, WIRE.slice(0, -1));
  assert.equal(b.text.slice(p.bStart, p.bStart + p.bLength), WIRE.toUpperCase().slice(0, -1));
});

test('runs shorter than a sentence are not passages', () => {
  const a = fingerprintArticle(art('a', 'the storm made landfall near the town and then it left quickly'));
  const b = fingerprintArticle(art('b', 'officials said the storm made landfall near the harbour overnight'));
  assert.deepEqual(findSharedPassages(a, b), []);
});

test('classification: duplicate, reprint, shares-passages, nothing', () => {
  const wire = art('w', `${WIRE} ${LOCAL}`);
  assert.equal(relateArticles(fingerprintArticle(wire), fingerprintArticle(art('d', `${WIRE} ${LOCAL}`)))!.kind, 'duplicate');
  const reprint = relateArticles(fingerprintArticle(wire), fingerprintArticle(art('r', `${WIRE} ${OTHER} ${OTHER.replace('pay', 'wage')}`)))!;
  assert.equal(reprint.kind, 'reprint');
  const x = `${WIRE} ${FILLER_A} ${FILLER_B} ${FILLER_C}`;
  const sharesOnly = relateArticles(fingerprintArticle(art('x', x)), fingerprintArticle(art('y', `${OTHER} ${WIRE} ${LOCAL}`)))!;
  assert.equal(sharesOnly.kind, 'shares-passages');
  assert.equal(relateArticles(fingerprintArticle(art('p', WIRE)), fingerprintArticle(art('q', OTHER))), null);
});

test('shared quotations alone do not make a reprint', () => {
  const quote = '"We will rebuild the cathedral even more beautifully, and we will do it within five years," the president said.';
  const a = art('a', `${quote} The blaze began in the attic on Monday evening.`);
  const b = art('b', `Speaking in the capital late on Tuesday, ${quote}`);
  const r = relateArticles(fingerprintArticle(a), fingerprintArticle(b))!;
  assert.equal(r.kind, 'shares-passages');
});

test('containment thresholds', () => {
  assert.equal(classifyContainment(0.95, 0.92, 0.95, 0.95, 3), 'duplicate');
  assert.equal(classifyContainment(0.95, 0.5, 0.95, 0.95, 3), 'reprint');
  assert.equal(classifyContainment(1 / 3, 0.2, 1 / 3, 1 / 3, 1), 'reprint');
  assert.equal(classifyContainment(0.32, 0.2, 0.32, 0.32, 1), 'shares-passages');
  assert.equal(classifyContainment(0.5, 0.2, 0.5, 0.1, 1), 'shares-passages');
  assert.equal(classifyContainment(0.01, 0.01, 0.01, 0.01, 0), null);
});

test('origin: shared agency, one-sided credit, earliest article', () => {
  const a = { id: 'a', publishedAt: '2020-02-02', agencies: ['AFP'] };
  assert.deepEqual(resolveOrigin(a, { id: 'b', publishedAt: null, agencies: ['AFP', 'Reuters'] }), { agency: 'AFP', reason: 'wire agency credited by both articles' });
  assert.equal(resolveOrigin(a, { id: 'b', publishedAt: null, agencies: [] })!.articleId, 'a');
  assert.equal(resolveOrigin({ ...a, agencies: [] }, { id: 'b', publishedAt: '2020-02-01', agencies: [] })!.articleId, 'b');
  assert.equal(resolveOrigin({ ...a, agencies: [] }, { id: 'b', publishedAt: null, agencies: [] }), null);
});
