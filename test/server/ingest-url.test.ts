import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { readFileSync } from 'node:fs';
import type { FastifyInstance } from 'fastify';
import { buildApp } from '../../src/server/app.js';
import { SqliteStore } from '../../src/store/sqlite/sqlite-store.js';
import type { Store } from '../../src/store/store.js';
import { createFetcher } from '../../src/fetch/fetcher.js';
import { keyDeps } from '../store/conformance.js';

const PAGE = readFileSync(new URL('../../fixtures/feeds/pages/ars-1.html', import.meta.url));

describe('POST /api/ingest/url', () => {
  let server: Server;
  let origin = '';
  let store: Store;
  before(async () => {
    server = createServer((req, res) => {
      if (req.url === '/robots.txt') { res.writeHead(404).end(); return; }
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(PAGE);
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    store = new SqliteStore(':memory:');
  });
  after(async () => { await store.close(); await new Promise((r) => server.close(r)); });

  it('refuses a loopback URL by default (SSRF guard) with 422 and an ingest/blocked-url diagnostic', async () => {
    const app: FastifyInstance = await buildApp({ store, deps: keyDeps });
    try {
      const r = await app.inject({ method: 'POST', url: '/api/ingest/url', headers: { 'content-type': 'application/json' }, payload: JSON.stringify({ url: `${origin}/page` }) });
      assert.equal(r.statusCode, 422);
      const body = r.json() as { error: { code: string }; diagnostics: { code: string }[] };
      assert.equal(body.error.code, 'CC_BAD_REQUEST');
      assert.deepEqual(body.diagnostics.map((d) => d.code), ['ingest/blocked-url']);
    } finally {
      await app.close();
    }
  });

  it('fetches and ingests a page when the server is configured to allow private addresses', async () => {
    const app = await buildApp({ store, deps: keyDeps, fetcher: createFetcher({ allowPrivate: true, perHostDelayMs: 0 }) });
    try {
      const r = await app.inject({ method: 'POST', url: '/api/ingest/url', headers: { 'content-type': 'application/json' }, payload: JSON.stringify({ urls: [`${origin}/2015/04/exploit`] }) });
      assert.equal(r.statusCode, 200, r.body);
      const body = r.json() as { added: number; articles: { id: string }[] };
      assert.equal(body.added, 1);
      const stored = await store.getArticle(body.articles[0]!.id);
      assert.match(stored?.article.title ?? '', /Minecraft/);
    } finally {
      await app.close();
    }
  });

  it('rejects a body without http(s) URLs with 400', async () => {
    const app = await buildApp({ store, deps: keyDeps });
    try {
      for (const payload of ['{}', '{"url": "file:///etc/passwd"}', 'not json']) {
        const r = await app.inject({ method: 'POST', url: '/api/ingest/url', headers: { 'content-type': 'application/json' }, payload });
        assert.equal(r.statusCode, 400, payload);
      }
    } finally {
      await app.close();
    }
  });
});
