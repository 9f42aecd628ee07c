import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { createFetcher } from '../../src/fetch/fetcher.js';
import { createFeedWatcher, type FeedWatcherState } from '../../src/watch/feed-watcher.js';
import { parseInterval } from '../../src/watch/interval-parser.js';
import type { RawDocument } from '../../src/model/article.js';
import { startTestServer, send, type TestServer } from '../fetch/test-server.js';
import { page } from './feed-server.js';

// A feed whose items the test changes between polls; served with an ETag over its content.
let items: { id: string; path: string }[] = [];
let srv: TestServer;
function feedXml(): string {
  const body = items.map((it) => `<item><title>${it.id}</title><guid>${it.id}</guid><link>${srv.origin}${it.path}</link><pubDate>Mon, 01 Jun 2020 10:00:00 GMT</pubDate><source url="x">Wire</source></item>`).join('');
  return `<?xml version="1.0"?><rss version="2.0"><channel><title>Live</title>${body}</channel></rss>`;
}
function serveFeed(req: IncomingMessage, res: ServerResponse): void {
  const xml = feedXml();
  const etag = `"${createHash('sha1').update(xml).digest('hex').slice(0, 12)}"`;
  if (req.headers['if-none-match'] === etag) { res.writeHead(304, { etag }); res.end(); return; }
  res.writeHead(200, { 'content-type': 'application/rss+xml', etag });
  res.end(xml);
}

before(async () => {
  srv = await startTestServer({
    '/live.xml': serveFeed,
    '/a.html': send(page('ars-1')),
    '/b.html': send(page('herald-sun-1')),
    '/c.html': send(page('daringfireball-1')),
    '/d.html': send(page('ars-1')),
  });
});
after(() => srv.close());

describe('createFeedWatcher', () => {
  it('picks up a new item on the next poll, does not refetch an unchanged feed, resumes from saved state', async () => {
    items = [{ id: 'a', path: '/a.html' }, { id: 'b', path: '/b.html' }];
    const got: RawDocument[] = [];
    const fetcher = createFetcher({ allowPrivate: true, perHostDelayMs: 0 });
    const w = createFeedWatcher({ feeds: [srv.url('/live.xml')], fetcher, interval: 60_000, sink: async (docs) => { got.push(...docs); } });

    const first = await w.pollOnce();
    assert.equal(first.feeds[0]?.status, 'ok');
    assert.deepEqual(got.map((d) => d.meta.title), ['a', 'b']);
    assert.equal(got[0]?.meta.credit, 'Wire');
    assert.equal(got[0]?.meta.publishedAtSource, 'feed');

    const second = await w.pollOnce();
    assert.equal(second.feeds[0]?.status, 'not-modified');
    assert.equal(srv.hits.get('/a.html'), 1);

    items = [{ id: 'c', path: '/c.html' }, ...items];
    const third = await w.pollOnce();
    assert.equal(third.feeds[0]?.newItems, 1);
    assert.deepEqual(got.map((d) => d.meta.title), ['a', 'b', 'c']);
    assert.equal(srv.hits.get('/a.html'), 1, 'seen items are not fetched again');
    assert.equal(srv.hits.get('/c.html'), 1);

    // The state is plain JSON: a new watcher with the saved state sends If-None-Match at once.
    const saved = JSON.parse(JSON.stringify(w.state)) as FeedWatcherState;
    const again: RawDocument[] = [];
    const w2 = createFeedWatcher({ feeds: [srv.url('/live.xml')], fetcher, interval: 60_000, state: saved, sink: async (d) => { again.push(...d); } });
    assert.equal((await w2.pollOnce()).feeds[0]?.status, 'not-modified');
    items = [{ id: 'd', path: '/d.html' }, ...items];
    await w2.pollOnce();
    assert.deepEqual(again.map((d) => d.meta.title), ['d']);
  });

  it('takes a page listed by two feeds once', async () => {
    items = [{ id: 'p', path: '/b.html' }];
    const before = srv.hits.get('/b.html') ?? 0;
    const got: RawDocument[] = [];
    const w = createFeedWatcher({
      feeds: [srv.url('/live.xml'), srv.url('/live.xml?copy')], fetcher: createFetcher({ allowPrivate: true, perHostDelayMs: 0 }), interval: 60_000,
      sink: async (docs) => { got.push(...docs); },
    });
    const r = await w.pollOnce();
    assert.deepEqual(r.feeds.map((f) => f.docs), [1, 0]);
    assert.equal(got.length, 1);
    assert.equal((srv.hits.get('/b.html') ?? 0) - before, 1);
  });

  it('does not mark items seen when the sink fails, so they are delivered later', async () => {
    items = [{ id: 'x', path: '/a.html' }];
    let fail = true;
    const got: string[] = [];
    const w = createFeedWatcher({
      feeds: [srv.url('/live.xml')], fetcher: createFetcher({ allowPrivate: true, perHostDelayMs: 0 }), interval: 60_000,
      sink: async (docs) => { if (fail) throw new Error('store down'); got.push(...docs.map((d) => d.meta.title ?? '')); },
    });
    await assert.rejects(w.pollOnce(), /store down/);
    fail = false;
    await w.pollOnce();
    assert.deepEqual(got, ['x']);
  });

  it('start() polls and stop() waits for the poll in flight', async () => {
    items = [{ id: 'y', path: '/b.html' }];
    let resolvePoll: () => void = () => undefined;
    const polled = new Promise<void>((r) => { resolvePoll = r; });
    const w = createFeedWatcher({
      feeds: [srv.url('/live.xml')], fetcher: createFetcher({ allowPrivate: true, perHostDelayMs: 0 }), interval: 60_000,
      sink: async () => undefined, onPoll: () => resolvePoll(),
    });
    w.start();
    await polled;
    await w.stop();
    assert.equal(w.state.feeds[srv.url('/live.xml')]?.lastStatus, 'ok');
  });
});

describe('parseInterval', () => {
  it('accepts 30s, 10m, 1h, bare seconds and ms', () => {
    assert.equal(parseInterval('30s'), 30_000);
    assert.equal(parseInterval('10m'), 600_000);
    assert.equal(parseInterval('1h'), 3_600_000);
    assert.equal(parseInterval('1.5h'), 5_400_000);
    assert.equal(parseInterval('45'), 45_000);
    assert.equal(parseInterval('2000ms'), 2000);
  });
  it('refuses bad values with CC_BAD_OPTION', () => {
    for (const bad of ['', 'soon', '10x', '-5m', '100ms']) assert.throws(() => parseInterval(bad), { code: 'CC_BAD_OPTION' });
  });
});
