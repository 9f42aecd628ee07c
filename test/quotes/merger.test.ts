import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extractQuotes } from '../../src/analyze/quotes/index.js';
import { splitSentences } from '../../src/analyze/sentence-splitter.js';
import type { AnalyzedArticle } from '../../src/model/analyzed.js';
import { mergeQuotes } from '../../src/story/quote-merger.js';
import { containment, quoteTokens } from '../../src/story/quote-tokens.js';

function item(id: string, text: string, publishedAt: string | null): AnalyzedArticle {
  const sentences = splitSentences(text);
  return {
    article: { kind: 'article', id, source: { input: id }, url: null, outlet: null, title: null, byline: null, publishedAt, publishedAtSource: null, lang: 'en', dateline: null, credits: [], agencies: [], text, embeds: [], contentHash: id, diagnostics: [] },
    sentences, timexes: [], quotes: extractQuotes(text, sentences), mentions: [], numbers: [],
  };
}

test('quote tokens expand contractions and drop punctuation', () => {
  assert.deepEqual(quoteTokens("Just do what's right - now!"), ['just', 'do', 'what', 'is', 'right', 'now']);
  assert.equal(containment(quoteTokens('provide refuge to those who flee'), quoteTokens('they provide refuge for those who flee today')), 5 / 6);
});

test('variants of one quote merge; a sub-part of a longer quote joins it; first carrier by date, null last', () => {
  const items = [
    item('a', '"We will not leave. We will rebuild every house that was lost," Mayor Tom Hill said.', null),
    item('b', '"We will rebuild every house that was lost," said Mayor Tom Hill.', '2020-01-03'),
    item('c', '"We\'ll rebuild every house which was lost" - Tom Hill told reporters.', '2020-01-02'),
  ];
  const qs = mergeQuotes(items);
  const q = qs.find((x) => x.text.includes('rebuild'))!;
  assert.deepEqual([...q.articleIds].sort(), ['a', 'b', 'c']);
  assert.equal(q.firstCarrier, 'c');
  assert.equal(q.singleSource, false);
  assert.equal(q.speaker, 'Tom Hill');
  assert.equal(q.variants.length, 2);
  assert.equal(q.text, 'We will rebuild every house that was lost');
  assert.ok(q.variants.some((v) => v.articleIds.includes('c') && v.text.startsWith("We'll")));
  const leave = qs.find((x) => x.text.startsWith('We will not leave'))!;
  assert.equal(leave.singleSource, true);
  assert.deepEqual(leave.articleIds, ['a']);
});

test('different quotes stay apart; short terms merge only when equal', () => {
  const items = [
    item('a', 'He praised the "quick action" of the team. "Taxes will go down next year for every family," Ann Lee said.', '2020-01-01'),
    item('b', 'She criticised the "quick response" of the team. "Taxes will go up next year for every family," Bo Chan said.', '2020-01-01'),
    item('c', 'They welcomed the "quick action" of the team.', '2020-01-01'),
  ];
  const qs = mergeQuotes(items);
  const quick = qs.filter((x) => x.text.startsWith('quick'));
  assert.equal(quick.length, 2);
  assert.deepEqual(quick.find((x) => x.text === 'quick action')!.articleIds, ['a', 'c']);
  const taxes = qs.filter((x) => x.text.startsWith('Taxes'));
  assert.equal(taxes.length, 2, 'one content word changed ("up"/"down") keeps two quotes apart');
});

test('reported speech is not merged', () => {
  const qs = mergeQuotes([item('a', 'Prime Minister Ana Costa said that the economy would grow next year.', null)]);
  assert.equal(qs.length, 0);
});

test('embedded posts (kept apart by cleaning) become post quotes with their author', async () => {
  const { loadArticles } = await import('../../src/pipeline/load-articles.js');
  const { buildAnalysisReport } = await import('../../src/pipeline/build-report.js');
  const { createDefaultDeps } = await import('../../src/pipeline/default-deps.js');
  const { articles } = await loadArticles(['examples/seed-story/002_e111c694129782ae.txt']);
  const report = buildAnalysisReport(articles, createDefaultDeps());
  const posts = report.stories[0]!.quotes.filter((q) => q.kind === 'post');
  assert.equal(posts.length, 2);
  for (const p of posts) {
    assert.equal(p.speaker, 'Secretary Pompeo');
    assert.deepEqual(p.articleIds, ['002_e111c694129782ae']);
  }
});

test('a long quote printed the same way by every carrier is one story quote again; a different cut keeps sentences apart', () => {
  const long = '"We will not leave this town. We will rebuild every house that was lost. Nobody will be left behind," Mayor Tom Hill said.';
  const same = mergeQuotes([item('a', long, '2020-01-01'), item('b', long.replace('every house', 'every, house'), '2020-01-02')]);
  assert.equal(same.length, 1);
  assert.deepEqual([...same[0]!.articleIds].sort(), ['a', 'b']);
  assert.match(same[0]!.text, /^We will not leave this town\. We will rebuild .* left behind/);
  assert.equal(same[0]!.carriers.length, 2);
  assert.equal(same[0]!.carriers[0]!.text.split('. ').length, 3);
  assert.deepEqual(Object.keys(same[0]!.carriers[0]!).sort(), ['articleId', 'end', 'kind', 'outlet', 'publishedAt', 'speaker', 'start', 'text']);
  const cut = mergeQuotes([item('a', long, null), item('c', '"We will rebuild every house that was lost," said Tom Hill.', null)]);
  assert.equal(cut.length, 3, 'the sentence printed alone by c stays its own quote; the others do not join across it');
  assert.deepEqual([...cut.find((q) => q.text.includes('rebuild'))!.articleIds].sort(), ['a', 'c']);
});
