import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadArticles } from '../../src/pipeline/load-articles.js';
import { readHtmlMeta } from '../../src/ingest/html-metadata.js';
import { parseHTML } from 'linkedom';

const NOW = new Date('2024-06-01T00:00:00Z');

test('html: main text by Readability, metadata from meta, JSON-LD @graph and canonical link', async () => {
  const { articles, diagnostics } = await loadArticles(['fixtures/ingest/news-article.html'], { now: NOW });
  assert.equal(diagnostics.length, 0);
  const a = articles[0]!;
  assert.equal(a.id, 'news-article');
  assert.equal(a.title, 'Typhoon lashes Japan, two dead');
  assert.equal(a.url, 'https://www.example-news.co.uk/world/2019/10/12/typhoon-lashes-japan');
  assert.equal(a.outlet, 'example-news.co.uk');
  assert.equal(a.siteName, 'Example News');
  assert.equal(a.byline, 'Jane Doe');
  assert.equal(a.publishedAt, '2019-10-12T09:30:00+01:00');
  assert.equal(a.publishedAtSource, 'json-ld');
  assert.equal(a.lang, 'en');
  assert.equal(a.dateline?.place, 'TOKYO');
  assert.deepEqual(a.agencies, ['Reuters']);
  assert.equal(a.credits[0]?.people.length, 2);
  assert.ok(a.text.startsWith('A powerful typhoon'), a.text.slice(0, 60));
  assert.equal(a.text.split('\n\n').length, 5);
  for (const bad of ['SCRIPT TEXT', 'INLINE SCRIPT', 'Advertisement', 'Skip to main', 'color:red', 'Reporting by']) assert.ok(!a.text.includes(bad), bad);
});

test('html: metadata reader handles arrays of JSON-LD, meta names and <time>', () => {
  const { document } = parseHTML(`<html><head>
    <script type="application/ld+json">[{"@type":"Organization","name":"X"},{"@type":["NewsArticle"],"headline":"H1","datePublished":"2020-02-02","author":{"name":"A B"},"publisher":{"name":"Pub"}}]</script>
    <script type="application/ld+json">{ broken json </script>
    <meta name="pubdate" content="2019-01-01"></head><body></body></html>`);
  const m = readHtmlMeta(document as never);
  assert.equal(m.title, 'H1');
  assert.equal(m.publishedAt, '2020-02-02');
  assert.equal(m.publishedAtSource, 'json-ld');
  assert.equal(m.author, 'A B');
  assert.equal(m.siteName, 'Pub');
  const { document: d2 } = parseHTML('<html><head><meta name="pubdate" content="2019-01-01"><title>T</title></head><body></body></html>');
  const m2 = readHtmlMeta(d2 as never);
  assert.equal(m2.publishedAt, '2019-01-01');
  assert.equal(m2.publishedAtSource, 'meta');
  assert.equal(m2.title, 'T');
});

test('html: a page with no article gets clean/no-article and no article', async () => {
  const { articles, diagnostics } = await loadArticles(['fixtures/ingest/no-article.html'], { now: NOW });
  assert.equal(articles.length, 0);
  assert.deepEqual(diagnostics.map((d) => d.code), ['clean/no-article']);
  assert.equal(diagnostics[0]!.input, 'fixtures/ingest/no-article.html');
});

test('html: a hostile page (huge attributes, scripts, deep nesting) gives prose only', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'cc-html-'));
  const big = 'x'.repeat(100_000);
  const paras = Array.from({ length: 8 }, (_, i) => `<p>Paragraph ${i} of the hostile page has enough ordinary words in it to count as article text for the extractor, as long prose usually does.</p><script>alert("SCRIPT ${i}")</script><style>p{color:red}</style>`).join('');
  const nested = '<div>'.repeat(3000) + 'deep' + '</div>'.repeat(3000);
  writeFileSync(join(dir, 'hostile.html'), `<!doctype html><html lang="en"><head><title>Hostile</title><meta name="description" content="${big}"></head><body data-x="${big}"><article>${paras}<img src="x" onerror="alert(1)" alt="${big}"><iframe>IFRAME TEXT</iframe><noscript>NOSCRIPT TEXT</noscript></article>${nested}</body></html>`);
  const { articles } = await loadArticles([dir], { now: NOW });
  assert.equal(articles.length, 1);
  const t = articles[0]!.text;
  assert.ok(t.includes('Paragraph 7 of the hostile page'));
  for (const bad of ['SCRIPT', 'alert', 'color:red', 'IFRAME TEXT', 'xxxxxxxx']) assert.ok(!t.includes(bad), bad);
});

test('html: HTML content inside a JSON record is extracted; record fields win over the page', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'cc-htmljson-'));
  const page = '<html><head><title>Page title</title></head><body><article>' + '<p>The council approved the new budget on Tuesday after a long debate about the cost of schools and roads in the district.</p>'.repeat(3) + '</article></body></html>';
  writeFileSync(join(dir, 'r.jsonl'), JSON.stringify({ id: 'r1', html: page, title: 'Record title', url: 'https://news.example.org/2021/03/04/budget', language: 'en' }) + '\n');
  const { articles } = await loadArticles([dir], { now: NOW });
  const a = articles[0]!;
  assert.equal(a.id, 'r1');
  assert.equal(a.title, 'Record title');
  assert.equal(a.outlet, 'news.example.org');
  assert.equal(a.publishedAt, '2021-03-04');
  assert.equal(a.publishedAtSource, 'url');
  assert.ok(a.text.startsWith('The council approved'));
});
