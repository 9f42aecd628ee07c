import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { parseFeed, parseOpml } from '../../src/ingest/feed-reader.js';
import { sniffFeed } from '../../src/ingest/feed-sniffer.js';
import { readFeedList } from '../../src/watch/feed-list-reader.js';
import { isoDate } from '../../src/ingest/feed-values.js';
import { fixture } from './feed-server.js';

const O = 'http://news.example';

describe('parseFeed', () => {
  it('reads RSS 2.0 items: link, guid, date, author, <source> credit, content', () => {
    const f = parseFeed(fixture('rss.xml', O), `${O}/rss.xml`);
    assert.equal(f.kind, 'rss');
    assert.equal(f.title, 'Test Wire & Co');
    assert.equal(f.items.length, 3);
    const [a, b, c] = f.items;
    assert.equal(a?.url, `${O}/pages/herald-sun-1.html`);
    assert.equal(a?.id, 'hs-1');
    assert.equal(a?.title, 'Angry media won\u2019t buckle over new surveillance laws');
    assert.equal(a?.publishedAt, '2014-11-03T22:30:00.000Z');
    assert.equal(a?.credit, 'Reuters');
    assert.equal(a?.author, 'Joe Hildebrand');
    assert.deepEqual(a?.categories, ['Media']);
    assert.equal(b?.url, `${O}/pages/ars-1.html`, 'relative link resolved against the feed URL');
    assert.equal(b?.author, 'Dan Goodin');
    assert.match(b?.contentHtml ?? '', /^<p>Two-year-old bug/);
    assert.equal(c?.publishedAt, undefined);
    assert.deepEqual(f.diagnostics.map((d) => d.code), ['clean/bad-date']);
  });
  it('reads Atom entries: alternate link with xml:base, published, source title, xhtml content', () => {
    const f = parseFeed(fixture('atom.xml', O));
    assert.equal(f.kind, 'atom');
    const [a, b] = f.items;
    assert.equal(a?.url, `${O}/pages/ars-1.html`);
    assert.equal(a?.title, 'Just-released Minecraft exploit');
    assert.equal(a?.publishedAt, '2015-04-16T18:15:00.000Z');
    assert.equal(a?.updatedAt, '2015-04-17T08:00:00.000Z');
    assert.equal(a?.credit, 'Associated Press');
    assert.equal(a?.summary, '<p>Two-year-old bug &amp; servers.</p>');
    assert.match(a?.contentHtml ?? '', /<p>Full <b>text<\/b> here\.<\/p>/);
    assert.equal(b?.publishedAt, '2015-05-01T10:00:00.000Z', 'updated stands in for a missing published');
    assert.equal(b?.contentHtml, '<p>Daring Fireball is written by John Gruber.</p>');
    assert.deepEqual(f.diagnostics, []);
  });
  it('reads JSON Feed items, content_text turned into paragraphs', () => {
    const f = parseFeed(fixture('feed.json', O), `${O}/feed.json`);
    assert.equal(f.kind, 'json');
    assert.equal(f.items[0]?.author, 'Joe Hildebrand');
    assert.equal(f.items[0]?.publishedAt, '2014-11-03T22:30:00.000Z');
    assert.equal(f.items[1]?.contentHtml, '<p>First paragraph.</p><p>Second paragraph.</p>');
  });
  it('reports malformed XML with a line, and keeps what it can read', () => {
    const f = parseFeed(fixture('malformed.xml', O), `${O}/malformed.xml`);
    const bad = f.diagnostics.find((d) => d.code === 'ingest/bad-feed' && d.severity === 'error');
    assert.ok(bad && typeof bad.line === 'number');
    assert.equal(f.items[0]?.url, `${O}/pages/ars-1.html`);
  });
  it('refuses documents that are not feeds', () => {
    const f = parseFeed('<html><body>hi</body></html>');
    assert.equal(f.kind, null);
    assert.deepEqual(f.diagnostics.map((d) => d.code), ['ingest/bad-feed']);
    assert.deepEqual(parseFeed('{"version": "https://jsonfeed.org/version/1", "items": [').diagnostics.map((d) => d.code), ['ingest/bad-feed']);
  });
  it('reads a large feed of escaped HTML, and keeps an entity bomb bounded', () => {
    const item = (i: number): string => `<item><title>T ${i} &amp; co</title><link>${O}/${i}</link><description>${'&lt;p&gt;A &amp;amp; B&lt;/p&gt;'.repeat(50)}</description></item>`;
    const big = parseFeed(`<?xml version="1.0"?><rss version="2.0"><channel>${Array.from({ length: 400 }, (_, i) => item(i)).join('')}</channel></rss>`);
    assert.equal(big.items.length, 400);
    assert.equal(big.items[399]?.title, 'T 399 & co');
    assert.ok(big.items[399]?.summary?.startsWith('<p>A &amp; B</p>'));
    const lol = '<!ENTITY a "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;"><!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;"><!ENTITY d "&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;">';
    const bomb = parseFeed(`<?xml version="1.0"?><!DOCTYPE rss [${lol}]><rss version="2.0"><channel><title>${'&d;'.repeat(50)}</title><item><title>x</title><link>${O}/x</link></item></channel></rss>`);
    assert.equal(bomb.kind, 'rss');
    assert.ok((bomb.title ?? '').length < 100_000);
  });
  it('reads RSS 1.0 (RDF)', () => {
    const rdf = `<?xml version="1.0"?><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/" xmlns:dc="http://purl.org/dc/elements/1.1/">
      <channel rdf:about="${O}/"><title>R</title><link>${O}/</link></channel>
      <item rdf:about="${O}/a"><title>A</title><link>${O}/a</link><dc:date>2020-01-02T03:04:05Z</dc:date></item></rdf:RDF>`;
    const f = parseFeed(rdf);
    assert.equal(f.kind, 'rdf');
    assert.equal(f.items[0]?.url, `${O}/a`);
    assert.equal(f.items[0]?.id, `${O}/a`);
    assert.equal(f.items[0]?.publishedAt, '2020-01-02T03:04:05.000Z');
  });
});

describe('isoDate', () => {
  it('reads RFC 822 dates with offsets and zone names, and RFC 3339', () => {
    assert.equal(isoDate('Tue, 04 Nov 2014 09:30:00 +1100'), '2014-11-03T22:30:00.000Z');
    assert.equal(isoDate('Tue, 04 Nov 2014 09:30:00 EST'), '2014-11-04T14:30:00.000Z');
    assert.equal(isoDate('Tue, 04 Nov 2014 09:30:00 CET'), '2014-11-04T08:30:00.000Z');
    assert.equal(isoDate('Mon, 07 Jul 2014 09:30:00 AEST'), '2014-07-06T23:30:00.000Z');
    assert.equal(isoDate('2014-11-04T09:30:00+01:00'), '2014-11-04T08:30:00.000Z');
    assert.equal(isoDate('sometime last week'), null);
    assert.equal(isoDate('Tue, 04 Nov 2014 09:30:00 XYZ'), null);
  });
});

describe('OPML and feed lists', () => {
  it('collects nested outline xmlUrls once each', () => {
    assert.deepEqual(parseOpml(fixture('subscriptions.opml', O)), [`${O}/rss.xml`, `${O}/atom.xml`, `${O}/feed.json`]);
    assert.deepEqual(readFeedList(fixture('subscriptions.opml', O)).length, 3);
  });
  it('reads a text list with comments', () => {
    assert.deepEqual(readFeedList(`# feeds\n${O}/a.xml\n\n${O}/b.xml  # second\n${O}/a.xml\n`), [`${O}/a.xml`, `${O}/b.xml`]);
  });
  it('sniffs feed kinds', () => {
    assert.equal(sniffFeed('\uFEFF<?xml version="1.0"?>\n<!-- c --><rss version="2.0">'), 'rss');
    assert.equal(sniffFeed('<feed xmlns="http://www.w3.org/2005/Atom">'), 'atom');
    assert.equal(sniffFeed('<!DOCTYPE html><html>'), null);
    assert.equal(sniffFeed('{"items": []}'), null);
  });
});
