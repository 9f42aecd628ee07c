import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadArticles } from '../../src/pipeline/load-articles.js';

const RSS = `<?xml version="1.0"?><rss version="2.0"><channel><title>Wire</title>
<item><title>Storm hits coast</title><link>https://news.example/2024/storm</link><pubDate>Tue, 04 Nov 2014 09:30:00 GMT</pubDate>
<source url="https://wire.example/rss">Reuters</source>
<description><![CDATA[<p>A storm hit the coast on Tuesday, officials said. Thousands were left without power.</p>]]></description></item>
<item><title>Second item</title><link>https://news.example/2024/second</link>
<description><![CDATA[<p>Another report with enough words to be an article body.</p>]]></description></item>
</channel></rss>`;

test('a feed file given as input yields one article per item, offline, with the feed date', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'cc-feed-'));
  const path = join(dir, 'wire.rss');
  writeFileSync(path, RSS);
  const { articles } = await loadArticles([path]);
  assert.deepEqual(articles.map((a) => a.url), ['https://news.example/2024/storm', 'https://news.example/2024/second']);
  assert.equal(articles[0]!.publishedAtSource, 'feed');
  assert.equal(articles[0]!.publishedAt?.slice(0, 10), '2014-11-04');
  assert.equal(articles[0]!.outlet, 'news.example');
  assert.match(articles[0]!.text, /storm hit the coast/);
});
