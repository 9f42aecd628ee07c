import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { gzipSync } from 'node:zlib';
import { createFetcher, type FetcherOptions } from '../../src/fetch/fetcher.js';
import { createMemoryCache, fetchResultError } from '../../src/fetch/fetch-types.js';
import { startTestServer, send, redirect, type TestServer } from './test-server.js';

const PAGE = '<html><head><title>T</title></head><body><p>Hello</p></body></html>';
let srv: TestServer;
let inFlight = 0;
let maxInFlight = 0;

before(async () => {
  srv = await startTestServer({
    '/robots.txt': send('User-agent: *\nDisallow: /private/\nAllow: /private/ok.html\n', 'text/plain'),
    '/page.html': send(PAGE),
    '/private/secret.html': send(PAGE),
    '/private/ok.html': send(PAGE),
    '/latin1.html': send(Buffer.from('<html><body>caf\xe9</body></html>', 'latin1'), 'text/html; charset=iso-8859-1'),
    '/redirect': redirect('/page.html'),
    '/loop': redirect('/loop'),
    '/to-private': redirect('/private/secret.html'),
    '/to-other-loopback': (_req, res) => { res.writeHead(302, { location: `http://127.0.0.2:${srv.port}/page.html` }); res.end(); },
    '/to-metadata': redirect('http://169.254.169.254/latest/meta-data/'),
    '/to-ftp': redirect('ftp://example.org/x'),
    '/slow': (_req, res) => { res.writeHead(200, { 'content-type': 'text/html' }); res.write('<html>'); setTimeout(() => res.end('</html>'), 3000).unref(); },
    '/huge': (_req, res) => {
      res.writeHead(200, { 'content-type': 'text/html' });
      const chunk = Buffer.alloc(64 * 1024, 'a');
      let n = 0;
      const push = (): void => { while (n < 64 && res.write(chunk)) n++; if (n < 64) { n++; res.once('drain', push); } else res.end(); };
      push();
    },
    '/huge-declared': send(Buffer.alloc(2 * 1024 * 1024, 'a')),
    '/bomb': send(gzipSync(Buffer.alloc(20 * 1024 * 1024)), 'text/html', { 'content-encoding': 'gzip' }),
    '/gzipped': send(gzipSync(Buffer.from(PAGE)), 'text/html', { 'content-encoding': 'gzip' }),
    '/image.png': send(Buffer.from([0x89, 0x50, 0x4e, 0x47]), 'image/png'),
    '/etag': (req, res) => {
      if (req.headers['if-none-match'] === '"v1"') { res.writeHead(304); res.end(); return; }
      res.writeHead(200, { 'content-type': 'text/html', etag: '"v1"' }); res.end(PAGE);
    },
    '/busy': (_req, res) => {
      inFlight++; maxInFlight = Math.max(maxInFlight, inFlight);
      setTimeout(() => { inFlight--; res.writeHead(200, { 'content-type': 'text/html' }); res.end(PAGE); }, 40);
    },
    '/gone': (_req, res) => { res.writeHead(410); res.end(); },
  });
});
after(() => srv.close());

const base: FetcherOptions = { allowPrivate: true, perHostDelayMs: 0, timeoutMs: 2000 };

describe('createFetcher on loopback (allowPrivate)', () => {
  it('fetches a page and decodes its charset', async () => {
    const f = createFetcher(base);
    const r = await f.fetchUrl(srv.url('/page.html'));
    assert.equal(r.kind, 'ok');
    if (r.kind === 'ok') { assert.equal(r.body, PAGE); assert.equal(r.contentType, 'text/html'); }
    const l = await f.fetchUrl(srv.url('/latin1.html'));
    assert.ok(l.kind === 'ok' && l.body.includes('café'));
  });
  it('follows redirects and records them, with a limit', async () => {
    const f = createFetcher({ ...base, maxRedirects: 3 });
    const r = await f.fetchUrl(srv.url('/redirect'));
    assert.ok(r.kind === 'ok' && r.finalUrl === srv.url('/page.html') && r.redirects.length === 1);
    const loop = await f.fetchUrl(srv.url('/loop'));
    assert.ok(loop.kind === 'failed' && loop.reason === 'too-many-redirects');
    const ftp = await f.fetchUrl(srv.url('/to-ftp'));
    assert.ok(ftp.kind === 'refused' && ftp.reason === 'scheme');
  });
  it('respects robots.txt, also after a redirect, and fetches robots.txt once', async () => {
    const f = createFetcher(base);
    const before = srv.hits.get('/robots.txt') ?? 0;
    const r = await f.fetchUrl(srv.url('/private/secret.html'));
    assert.ok(r.kind === 'refused' && r.reason === 'robots');
    const viaRedirect = await f.fetchUrl(srv.url('/to-private'));
    assert.ok(viaRedirect.kind === 'refused' && viaRedirect.reason === 'robots');
    assert.equal((await f.fetchUrl(srv.url('/private/ok.html'))).kind, 'ok');
    assert.equal((srv.hits.get('/robots.txt') ?? 0) - before, 1);
    const ignoring = createFetcher({ ...base, respectRobots: false });
    assert.equal((await ignoring.fetchUrl(srv.url('/private/secret.html'))).kind, 'ok');
  });
  it('times out on a slow response', async () => {
    const r = await createFetcher({ ...base, timeoutMs: 200 }).fetchUrl(srv.url('/slow'));
    assert.ok(r.kind === 'failed' && r.reason === 'timeout');
  });
  it('stops reading a body over the size limit (streamed and declared)', async () => {
    const f = createFetcher({ ...base, maxBytes: 1024 * 1024 });
    const r = await f.fetchUrl(srv.url('/huge'));
    assert.ok(r.kind === 'failed' && r.reason === 'too-large', JSON.stringify(r));
    const d = await f.fetchUrl(srv.url('/huge-declared'));
    assert.ok(d.kind === 'failed' && d.reason === 'too-large');
  });
  it('stops a gzip bomb at the decompression limit, and decompresses normal gzip', async () => {
    const f = createFetcher({ ...base, maxBytes: 1024 * 1024, maxDecompressedBytes: 1024 * 1024 });
    const r = await f.fetchUrl(srv.url('/bomb'));
    assert.ok(r.kind === 'failed' && r.reason === 'decompression-limit', JSON.stringify(r));
    const g = await f.fetchUrl(srv.url('/gzipped'));
    assert.ok(g.kind === 'ok' && g.body === PAGE && g.rawBytes < g.bytes + 100);
  });
  it('refuses content types it does not read, and reports HTTP errors', async () => {
    const f = createFetcher(base);
    const r = await f.fetchUrl(srv.url('/image.png'));
    assert.ok(r.kind === 'refused' && r.reason === 'content-type');
    assert.equal(fetchResultError(r)?.code, 'CC_FETCH_BLOCKED');
    const g = await f.fetchUrl(srv.url('/gone'));
    assert.ok(g.kind === 'failed' && g.reason === 'http-status' && g.status === 410);
    assert.equal(fetchResultError(g)?.code, 'CC_FETCH_FAILED');
  });
  it('sends conditional requests from the cache and returns not-modified with the cached body', async () => {
    const cache = createMemoryCache();
    const f = createFetcher({ ...base, cache });
    const first = await f.fetchUrl(srv.url('/etag'));
    assert.ok(first.kind === 'ok' && first.etag === '"v1"');
    const second = await f.fetchUrl(srv.url('/etag'));
    assert.ok(second.kind === 'not-modified' && second.cached?.body === PAGE);
    const explicit = await createFetcher(base).fetchUrl(srv.url('/etag'), { etag: '"v1"' });
    assert.equal(explicit.kind, 'not-modified');
  });
  it('does not count time queued for a host slot against the timeout', async () => {
    const f = createFetcher({ ...base, perHostConcurrency: 1, perHostDelayMs: 250, timeoutMs: 400 });
    const rs = await Promise.all([1, 2, 3, 4].map((i) => f.fetchUrl(srv.url(`/page.html?q${i}`))));
    assert.deepEqual(rs.map((r) => r.kind), ['ok', 'ok', 'ok', 'ok']);
  });
  it('keeps at most perHostConcurrency requests in flight per host', async () => {
    maxInFlight = 0;
    const f = createFetcher({ ...base, perHostConcurrency: 1 });
    const rs = await Promise.all([1, 2, 3, 4].map((i) => f.fetchUrl(srv.url(`/busy?${i}`))));
    assert.ok(rs.every((r) => r.kind === 'ok'));
    assert.equal(maxInFlight, 1);
    maxInFlight = 0;
    const f2 = createFetcher({ ...base, perHostConcurrency: 2 });
    await Promise.all([1, 2, 3, 4].map((i) => f2.fetchUrl(srv.url(`/busy?b${i}`))));
    assert.equal(maxInFlight, 2);
  });
});

describe('SSRF guard (allowPrivate false)', () => {
  it('refuses a loopback IP literal without connecting', async () => {
    const before = srv.hits.get('/page.html') ?? 0;
    const r = await createFetcher({ perHostDelayMs: 0 }).fetchUrl(srv.url('/page.html'));
    assert.ok(r.kind === 'refused' && r.reason === 'private-address');
    assert.equal(srv.hits.get('/page.html') ?? 0, before);
    assert.equal(fetchResultError(r)?.code, 'CC_FETCH_BLOCKED');
  });
  it('refuses a host name that resolves to loopback (checked after DNS)', async () => {
    const r = await createFetcher({ perHostDelayMs: 0, respectRobots: false }).fetchUrl(`http://localhost:${srv.port}/page.html`);
    assert.ok(r.kind === 'refused' && r.reason === 'private-address', JSON.stringify(r));
  });
  it('refuses literal private, metadata and IPv6 addresses', async () => {
    const f = createFetcher({ perHostDelayMs: 0, timeoutMs: 500 });
    for (const u of ['http://10.0.0.1/', 'http://169.254.169.254/latest/', 'http://[::1]/', 'http://[::ffff:127.0.0.1]/', 'http://0.0.0.0/', 'http://[fd00::1]/']) {
      const r = await f.fetchUrl(u);
      assert.ok(r.kind === 'refused' && r.reason === 'private-address', `${u}: ${JSON.stringify(r)}`);
    }
  });
  it('checks again after each redirect', async () => {
    // The policy admits the test server (127.0.0.1) only, so the first hop goes through.
    const f = createFetcher({ perHostDelayMs: 0, respectRobots: false, addressPolicy: (a) => (a === '127.0.0.1' ? null : 'forbidden in test') });
    assert.equal((await f.fetchUrl(srv.url('/page.html'))).kind, 'ok');
    const r = await f.fetchUrl(srv.url('/to-other-loopback'));
    assert.ok(r.kind === 'refused' && r.reason === 'private-address', JSON.stringify(r));
    const strict = createFetcher({ perHostDelayMs: 0, respectRobots: false, addressPolicy: (a) => (a === '127.0.0.1' ? null : 'forbidden in test') });
    const m = await strict.fetchUrl(srv.url('/to-metadata'));
    assert.ok(m.kind === 'refused' && m.reason === 'private-address');
  });
});
