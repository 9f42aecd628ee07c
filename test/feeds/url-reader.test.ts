import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { createFetcher } from '../../src/fetch/fetcher.js';
import { readUrl } from '../../src/ingest/url-reader.js';
import { feedDocuments, readFeedDocuments } from '../../src/ingest/feed-documents.js';
import { parseFeed } from '../../src/ingest/feed-reader.js';
import { redirect, type TestServer } from '../fetch/test-server.js';
import { fixture, page, startFeedServer } from './feed-server.js';

let srv: TestServer;
before(async () => {
  srv = await startFeedServer({
    '/moved': redirect('/pages/ars-1.html', 301),
    '/broken-feed': (_req, res) => {
      res.writeHead(200, { 'content-type': 'application/rss+xml' });
      res.end(`<rss version="2.0"><channel><title>B</title>
        <item><title>Gone</title><link>${srv.origin}/missing.html</link><description>&lt;p&gt;Only the summary.&lt;/p&gt;</description></item>
        <item><title>Dup</title><link>${srv.origin}/pages/ars-1.html</link></item>
        <item><title>Dup again</title><link>${srv.origin}/pages/ars-1.html</link></item>
      </channel></rss>`);
    },
  });
});
after(() => srv.close());

const fetcher = () => createFetcher({ allowPrivate: true, perHostDelayMs: 0, timeoutMs: 3000 });

describe('readUrl on loopback', () => {
  it('reads a page into one HTML document with its final URL', async () => {
    const { docs, diagnostics } = await readUrl(srv.url('/moved'), fetcher());
    assert.deepEqual(diagnostics, []);
    assert.equal(docs.length, 1);
    assert.equal(docs[0]?.format, 'html');
    assert.equal(docs[0]?.content, page('ars-1'));
    assert.equal(docs[0]?.meta.url, srv.url('/pages/ars-1.html'));
  });
  for (const [path, expected] of [['/rss.xml', 3], ['/atom.xml', 2], ['/rss-as-xml', 3]] as const) {
    it(`reads the pages of a feed's items (${path}), once each, with the item's metadata`, async () => {
      const before = srv.hits.get('/pages/herald-sun-1.html') ?? 0;
      const { docs, diagnostics } = await readUrl(srv.url(path), fetcher());
      assert.equal(docs.length, expected);
      assert.ok(docs.every((d) => d.format === 'html' && /<html/i.test(d.content)));
      assert.equal(diagnostics.filter((d) => d.severity === 'error').length, 0);
      if (path !== '/atom.xml') {
        const hs = docs.find((d) => d.meta.url === srv.url('/pages/herald-sun-1.html'));
        assert.equal(hs?.meta.credit, 'Reuters');
        assert.equal(hs?.meta.publishedAt, '2014-11-03T22:30:00.000Z');
        assert.equal(hs?.meta.publishedAtSource, 'feed');
        assert.equal(hs?.meta.title, 'Angry media won\u2019t buckle over new surveillance laws');
        assert.equal((srv.hits.get('/pages/herald-sun-1.html') ?? 0) - before, 1);
      } else {
        assert.equal(docs[0]?.meta.credit, 'Associated Press');
      }
    });
  }
  it('reads a JSON Feed: fetched page for the linked item, item content for the other', async () => {
    const { docs } = await readUrl(srv.url('/feed.json'), fetcher());
    assert.equal(docs.length, 2);
    assert.equal(docs[0]?.content, page('herald-sun-1'));
    assert.equal(docs[1]?.content, '<p>First paragraph.</p><p>Second paragraph.</p>');
  });
  it('falls back to the item summary when its page fails, and fetches a duplicate link once', async () => {
    const before = srv.hits.get('/pages/ars-1.html') ?? 0;
    const { docs, diagnostics } = await readUrl(srv.url('/broken-feed'), fetcher());
    assert.equal(docs.length, 2);
    assert.equal(docs[0]?.content, '<p>Only the summary.</p>');
    assert.deepEqual(diagnostics.map((d) => [d.code, d.severity]), [['ingest/fetch-failed', 'warning']]);
    assert.equal((srv.hits.get('/pages/ars-1.html') ?? 0) - before, 1);
  });
  it('gives diagnostics for malformed feeds, refused and failed URLs', async () => {
    const bad = await readUrl(srv.url('/malformed.xml'), fetcher());
    assert.ok(bad.diagnostics.some((d) => d.code === 'ingest/bad-feed'));
    assert.equal(bad.docs.length, 1);
    const guarded = await readUrl(srv.url('/rss.xml'), createFetcher({ perHostDelayMs: 0 }));
    assert.deepEqual(guarded.diagnostics.map((d) => d.code), ['ingest/blocked-url']);
    const missing = await readUrl(srv.url('/nope.html'), fetcher());
    assert.deepEqual(missing.diagnostics.map((d) => d.code), ['ingest/fetch-failed']);
  });
  it('reads a feed file with a fetcher: item pages fetched, diagnostics named after the file', async () => {
    const { docs, diagnostics } = await readFeedDocuments(fixture('rss.xml', srv.origin), 'feeds/rss.xml', fetcher());
    assert.equal(docs.length, 3);
    assert.equal(docs[0]?.content, page('herald-sun-1'));
    assert.deepEqual(diagnostics.map((d) => [d.code, d.input]), [['clean/bad-date', 'feeds/rss.xml']]);
  });
  it('reads a feed file offline from the items own content', async () => {
    const feed = parseFeed(fixture('atom.xml', 'http://news.example'));
    const { docs } = await feedDocuments(feed, 'atom.xml', null);
    assert.equal(docs.length, 2);
    assert.equal(docs[1]?.content, '<p>Daring Fireball is written by John Gruber.</p>');
    assert.equal(docs[1]?.meta.publishedAtSource, 'feed');
  });
});
