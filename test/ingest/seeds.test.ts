import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadArticles } from '../../src/pipeline/load-articles.js';
import type { Article } from '../../src/model/article.js';

const { articles, diagnostics } = await loadArticles(['examples/seed-story'], { now: new Date('2024-06-01T00:00:00Z') });
const byPrefix = (p: string): Article => {
  const a = articles.find((x) => x.id.startsWith(p));
  assert.ok(a, `article ${p}`);
  return a;
};

test('seeds: five articles with ids from the file names, no input diagnostics', () => {
  assert.equal(diagnostics.length, 0);
  assert.deepEqual(articles.map((a) => a.id), [
    '000_6c6a5322a511c362', '001_848f8f51c7c0bbd8', '002_e111c694129782ae', '003_2962b489ae55ff7b', '004_515d9acb9407af5b',
  ]);
});

test('seeds: header dates', () => {
  assert.equal(byPrefix('000').publishedAt, '2020-02-02');
  assert.equal(byPrefix('002').publishedAt, '2020-02-02');
  assert.equal(byPrefix('001').publishedAt, '2019-12-22');
  for (const p of ['000', '001', '002']) assert.equal(byPrefix(p).publishedAtSource, 'header');
  assert.equal(byPrefix('003').publishedAt, null);
  assert.equal(byPrefix('003').publishedAtSource, null);
});

test('seeds: boilerplate is gone from every text', () => {
  for (const a of articles) {
    for (const chrome of ['Accessibility links', 'Breaking News', '© Copyright', 'David Doyle reports', 'All rights reserved']) {
      assert.ok(!a.text.includes(chrome), `${a.id} still has "${chrome}"`);
    }
    assert.ok(!a.text.startsWith('date'), a.id);
  }
  const a1 = byPrefix('001');
  assert.ok(!a1.text.startsWith('Global'));
  assert.ok(a1.diagnostics.some((d) => d.code === 'clean/boilerplate-removed' && d.severity === 'info'));
});

test('seeds: 001 headline at most once in its text, and it is the title', () => {
  const a = byPrefix('001');
  const headline = 'Pompeo urges Kazakhstan to press China over Uighurs';
  assert.equal(a.title, headline);
  assert.ok(a.text.split(headline).length - 1 <= 1);
});

test('seeds: 003 photo caption printed twice appears at most once', () => {
  const a = byPrefix('003');
  const caption = "Mike Pompeo arrived in the Kazakhstan's capital Nur-Sultan on February 1.";
  assert.equal(a.text.split(caption).length - 1, 1);
  assert.equal(a.title, 'Pompeo Urges Kazakhstan To Press China Over Xinjiang Crackdown');
});

test('seeds: 002 tweets are embeds, not text', () => {
  const a = byPrefix('002');
  assert.equal(a.embeds.length, 2);
  for (const e of a.embeds) {
    assert.equal(e.handle, '@SecPompeo');
    assert.equal(e.date, '2020-02-02');
    assert.equal(e.platform, 'twitter');
    assert.ok(e.text.length > 50);
  }
  assert.ok(!a.text.includes('pic.twitter.com'));
  assert.ok(!a.text.includes('(@SecPompeo)'));
});

test('seeds: 000 dateline, 003 credits, agencies', () => {
  const a0 = byPrefix('000');
  assert.equal(a0.dateline?.place, 'NUR-SULTAN');
  assert.deepEqual([...(a0.dateline?.agencies ?? [])].sort(), ['AFP', 'Reuters']);
  assert.ok(a0.text.startsWith('US Secretary of State'));
  const a3 = byPrefix('003');
  assert.deepEqual([...a3.credits.flatMap((c) => c.agencies)].sort(), ['AFP', 'Reuters']);
  assert.deepEqual([...a3.agencies].sort(), ['AFP', 'Reuters']);
  assert.ok(!a3.text.includes('With reporting by'));
});

test('seeds: language detected, titles from headline-like first lines', () => {
  for (const a of articles) assert.equal(a.lang, 'en', a.id);
  assert.equal(byPrefix('004').title, "Pompeo Condemns China's Xinjiang Crackdown During Central Asia Tour");
  assert.equal(byPrefix('000').title, null);
  assert.ok(byPrefix('004').text.startsWith('US Secretary of State'));
});
