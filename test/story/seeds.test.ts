import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadArticles } from '../../src/pipeline/load-articles.js';
import { buildAnalysisReport } from '../../src/pipeline/build-report.js';
import { createDefaultDeps } from '../../src/pipeline/default-deps.js';
import type { Discrepancy } from '../../src/model/claim.js';

const articles = (await loadArticles(['examples/seed-story'])).articles;
const fakeDateDiscrepancy: Discrepancy = { kind: 'publication-date', description: 'header date disagrees with the text', positions: [{ value: '2019-12-22', articleIds: ['001_848f8f51c7c0bbd8'], evidence: ['date 2019-12-22'] }] };
const report = buildAnalysisReport(articles, { ...createDefaultDeps(), publicationDates: () => ({ discrepancies: [fakeDateDiscrepancy], correctedAnchors: { '001_848f8f51c7c0bbd8': '2020-02-02' } }) });
const story = report.stories[0]!;
const short = (ids: string[]) => ids.map((i) => i.slice(0, 3)).sort();

test('one story of the five seed articles', () => {
  assert.equal(report.stories.length, 1);
  assert.deepEqual(short(story.articleIds), ['000', '001', '002', '003', '004']);
});

test('detainee estimate: a number discrepancy with the malformed equal-ended range', () => {
  const d = story.discrepancies.find((x) => x.kind === 'number' && x.positions.some((p) => /one million and one million/.test(p.value)));
  assert.ok(d, 'detainee discrepancy found');
  assert.equal(d.severity, 'malformed');
  const malformed = d.positions.find((p) => /one million and one million/.test(p.value))!;
  assert.deepEqual(short(malformed.articleIds), ['001']);
  const range = d.positions.find((p) => /one million and two million/.test(p.value))!;
  assert.deepEqual(short(range.articleIds), ['000']);
  const moreThan = d.positions.find((p) => p.articleIds.length >= 3)!;
  assert.ok(['002', '004'].every((id) => short(moreThan.articleIds).includes(id)), 'more than one million ~ over a million');
  assert.ok(d.positions.some((p) => short(p.articleIds).includes('003') && /estimated 1 million/.test(p.value)));
});

test('population of Uzbekistan: 32 vs 33 million conflict', () => {
  const d = story.discrepancies.find((x) => x.kind === 'number' && x.severity === 'conflict' && /population/.test(x.topic ?? ''));
  assert.ok(d);
  const byValue = Object.fromEntries(d.positions.map((p) => [p.value, short(p.articleIds)]));
  assert.deepEqual(byValue['32 million'], ['003']);
  assert.deepEqual(byValue['33 million'], ['004']);
  assert.match(d.topic!, /Uzbekistan/);
});

test('asylum: a statement contradiction between 004 and 002', () => {
  const d = story.discrepancies.find((x) => x.kind === 'statement' && x.topic === 'asylum');
  assert.ok(d);
  assert.deepEqual(d.positions.map((p) => short(p.articleIds)[0]).sort(), ['002', '004']);
  assert.ok(d.positions.some((p) => p.evidence.some((e) => /has not given any of them asylum/.test(e))));
  assert.ok(d.positions.some((p) => p.evidence.some((e) => /providing asylum/.test(e))));
});

test('no other statement or number discrepancy (no false alarms on the seeds)', () => {
  const others = story.discrepancies.filter((x) => x.kind === 'statement' || x.kind === 'number');
  assert.equal(others.length, 3, others.map((x) => x.description).join('\n'));
});

test('discrepancies from the publication-date checker are carried into the report', () => {
  assert.ok(story.discrepancies.some((x) => x.kind === 'publication-date' && short(x.positions[0]!.articleIds)[0] === '001'));
});

test('agreeing numbers are single claims carried by several articles', () => {
  const claim = (re: RegExp) => story.claims.find((c) => re.test(c.text));
  const killed = claim(/more than 300 people.*killed/)!;
  assert.deepEqual(short(killed.articleIds), ['000', '004']);
  assert.equal(killed.value, 300);
  const infected = claim(/14,000.*infected/)!;
  assert.deepEqual(short(infected.articleIds), ['000', '004']);
  const hosp = claim(/40 people.*hospitalised/)!;
  assert.deepEqual(short(hosp.articleIds), ['000', '004']);
  const decades = story.claims.find((c) => c.unit === 'years' && c.value === 30 && c.qualifier === 'nearly')!;
  assert.deepEqual(short(decades.articleIds), ['003', '004']);
  assert.ok(decades.variants.some((v) => v.text.startsWith('nearly 30 years')) && decades.variants.some((v) => v.text === 'nearly three decades'));
  assert.equal(story.claims.find((c) => c.subject === 'age of Toqaev')?.value, 66);
  assert.equal(story.claims.find((c) => c.subject === 'age of Nazarbaev')?.value, 79);
  assert.ok(story.claims.some((c) => c.value === 18.7e6 && c.unit === 'people'));
});

test('summary: 3-6 sentences, led by the event, every sentence cited, most by several articles', () => {
  const s = story.summary;
  assert.ok(s.length >= 3 && s.length <= 6, `length ${s.length}`);
  assert.match(s[0]!.text, /urged Kazakhstan/);
  assert.match(s[0]!.text, /Sunday|February 2|Feb 2/);
  assert.ok(s.every((x) => x.articleIds.length >= 1));
  assert.ok(s.filter((x) => x.articleIds.length >= 2).length >= Math.ceil(s.length / 2));
  assert.ok(!s.some((x) => /^NUR-SULTAN/.test(x.text)), 'dateline stripped');
  assert.ok(story.title.length > 10 && /Pompeo/.test(story.title));
});
