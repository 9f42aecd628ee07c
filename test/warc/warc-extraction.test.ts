// End to end: a WARC built from real pages -> readWarc -> article extraction (readability +
// linkedom, as the HTML reader uses) gives each page's expected title and a body.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { Readability } from '@mozilla/readability';
import { readWarc } from '../../src/ingest/warc-reader.js';
import { serializeWarcRecord } from '../../src/ingest/warc-writer.js';

// Titles from readability's expected-metadata.json for these test pages.
const EXPECTED: Record<string, string> = {
  'herald-sun-1': 'Angry media won\u2019t buckle over new surveillance laws',
  'ars-1': 'Just-released Minecraft exploit makes it easy to crash game servers',
  'daringfireball-1': 'Daring Fireball: Colophon',
};

let dir: string;
let warc: string;
before(async () => {
  dir = mkdtempSync(join(tmpdir(), 'cc-warc-x-'));
  warc = join(dir, 'news.warc.gz');
  const parts = await Promise.all(Object.keys(EXPECTED).map((name) => serializeWarcRecord({
    url: `https://news.example/${name}`, date: '2015-04-16T18:15:00Z', contentType: 'text/html; charset=utf-8',
    body: readFileSync(new URL(`../../fixtures/feeds/pages/${name}.html`, import.meta.url)),
  }, { gzip: true })));
  writeFileSync(warc, Buffer.concat(parts));
});
after(() => rmSync(dir, { recursive: true, force: true }));

describe('WARC to articles', () => {
  it('extracts the expected title and a body from every page', async () => {
    const seen: string[] = [];
    for await (const doc of readWarc(warc)) {
      const name = (doc.meta.url ?? '').split('/').pop() ?? '';
      const { document } = parseHTML(doc.content);
      const article = new Readability(document as unknown as ConstructorParameters<typeof Readability>[0]).parse();
      assert.equal(article?.title, EXPECTED[name], name);
      assert.ok((article?.textContent ?? '').trim().length > 300, name);
      seen.push(name);
    }
    assert.deepEqual(seen, Object.keys(EXPECTED));
  });
});

describe('WARC through the ingestion pipeline', () => {
  it('loadArticles reads a .warc.gz into clean, dated articles with outlet and URL', async () => {
    const { loadArticles } = await import('../../src/pipeline/load-articles.js');
    const { articles, diagnostics } = await loadArticles([warc]);
    assert.deepEqual(diagnostics.filter((d) => d.severity === 'error'), []);
    assert.equal(articles.length, Object.keys(EXPECTED).length);
    for (const a of articles) {
      const name = (a.url ?? '').split('/').pop() ?? '';
      assert.equal(a.title, EXPECTED[name], name);
      assert.equal(a.outlet, 'news.example');
      assert.ok(a.text.length > 300, name);
      assert.ok(a.publishedAt !== null);
    }
  });
});
