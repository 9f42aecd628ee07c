import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { FastifyInstance } from 'fastify';
import { buildApp, CSP } from '../../src/server/app.js';
import { SqliteStore } from '../../src/store/sqlite/sqlite-store.js';
import type { Store } from '../../src/store/store.js';
import { createIngestService } from '../../src/store/ingest-service.js';
import { keyDeps, keyedSeed } from '../store/conformance.js';
import { makeArticle } from '../store/fixtures.js';

describe('HTTP API (inject)', () => {
  let store: Store;
  let app: FastifyInstance;
  let storyId = '';
  before(async () => {
    store = new SqliteStore(':memory:');
    await createIngestService(store, keyDeps).ingestBatch([
      ...keyedSeed(),
      makeArticle('evil@evil', 'Text with <script>alert(1)</script> and "quotes" & <img src=x onerror=alert(2)>.', { title: '<b>Bold</b> title', outlet: 'evil.example' }),
    ]);
    storyId = (await store.assignments())[0]?.storyId ?? '';
    app = await buildApp({ store, deps: keyDeps });
  });
  after(async () => { await app.close(); await store.close(); });

  it('lists stories with paging and filters', async () => {
    const r = await app.inject({ method: 'GET', url: '/api/stories?limit=1' });
    assert.equal(r.statusCode, 200);
    const body = r.json() as { total: number; stories: { id: string }[] };
    assert.equal(body.total, 2);
    assert.equal(body.stories.length, 1);
    const q = (await app.inject({ url: '/api/stories?q=Uighur&outlet=reuters.com' })).json() as { stories: { id: string }[] };
    assert.deepEqual(q.stories.map((s) => s.id), [storyId]);
  });

  it('rejects bad parameters with 400 and a code', async () => {
    for (const url of ['/api/stories?limit=0', '/api/stories?limit=abc', '/api/stories?since=yesterday', '/api/search', '/api/search?q=%20']) {
      const r = await app.inject({ url });
      assert.equal(r.statusCode, 400, url);
      assert.equal((r.json() as { error: { code: string } }).error.code, 'CC_BAD_REQUEST');
    }
  });

  it('returns a story report, an article, and 404 with CC_NOT_FOUND for unknown ids', async () => {
    const s = (await app.inject({ url: `/api/stories/${storyId}` })).json() as { report: { articleIds: string[] }; story: { articleCount: number } };
    assert.equal(s.report.articleIds.length, 5);
    assert.equal(s.story.articleCount, 5);
    const a = await app.inject({ url: `/api/articles/${encodeURIComponent(s.report.articleIds[0] ?? '')}` });
    assert.equal(a.statusCode, 200);
    assert.equal((a.json() as { storyId: string }).storyId, storyId);
    for (const url of ['/api/stories/nope', '/api/articles/nope', '/api/nothing-here']) {
      const r = await app.inject({ url });
      assert.equal(r.statusCode, 404);
      assert.equal((r.json() as { error: { code: string } }).error.code, 'CC_NOT_FOUND');
    }
  });

  it('searches', async () => {
    const r = (await app.inject({ url: '/api/search?q=Uighur%20Muslims&limit=2' })).json() as { hits: { articleId: string }[] };
    assert.equal(r.hits.length, 2);
  });

  it('ingests JSON, JSONL, HTML and text bodies idempotently, and refuses other types', async () => {
    const rec = { id: 'posted@posted', title: 'Posted', text: 'A posted article about a harbour opening on Monday.', url: 'https://example.org/a' };
    const r1 = await app.inject({ method: 'POST', url: '/api/ingest', headers: { 'content-type': 'application/json' }, payload: JSON.stringify(rec) });
    assert.equal(r1.statusCode, 200, r1.body);
    assert.equal((r1.json() as { added: number }).added, 1);
    const r2 = await app.inject({ method: 'POST', url: '/api/ingest', headers: { 'content-type': 'application/json' }, payload: JSON.stringify([rec]) });
    assert.equal((r2.json() as { unchanged: number }).unchanged, 1);
    const lines = [{ id: 'l1@lines', text: 'Line one article.' }, { id: 'l2@lines', text: 'Line two article.' }].map((x) => JSON.stringify(x)).join('\n');
    const r3 = (await app.inject({ method: 'POST', url: '/api/ingest', headers: { 'content-type': 'application/x-ndjson' }, payload: lines })).json() as { added: number; articles: { storyId: string }[] };
    assert.equal(r3.added, 2);
    assert.equal(new Set(r3.articles.map((a) => a.storyId)).size, 1);
    const r4 = await app.inject({ method: 'POST', url: '/api/ingest?id=page@html', headers: { 'content-type': 'text/html' }, payload: '<html><body><p>An HTML page body.</p></body></html>' });
    assert.equal(r4.statusCode, 200, r4.body);
    const r5 = await app.inject({ method: 'POST', url: '/api/ingest?id=t@text', headers: { 'content-type': 'text/plain' }, payload: 'Plain text article.' });
    assert.equal((r5.json() as { articles: { id: string }[] }).articles[0]?.id, 't@text');
    const bad = await app.inject({ method: 'POST', url: '/api/ingest', headers: { 'content-type': 'application/xml' }, payload: '<a/>' });
    assert.equal(bad.statusCode, 415);
    assert.equal((bad.json() as { error: { code: string } }).error.code, 'CC_BAD_REQUEST');
    const badJson = await app.inject({ method: 'POST', url: '/api/ingest', headers: { 'content-type': 'application/json' }, payload: '{not json' });
    assert.equal(badJson.statusCode, 422);
    const empty = await app.inject({ method: 'POST', url: '/api/ingest', headers: { 'content-type': 'text/plain' }, payload: '' });
    assert.equal(empty.statusCode, 400);
  });

  it('serves an OpenAPI 3 document naming every API route', async () => {
    const doc = (await app.inject({ url: '/openapi.json' })).json() as { openapi: string; paths: Record<string, unknown> };
    assert.match(doc.openapi, /^3\./);
    assert.deepEqual(Object.keys(doc.paths).sort(), ['/api/articles/{id}', '/api/ingest', '/api/ingest/url', '/api/search', '/api/stories', '/api/stories/{id}']);
  });

  it('serves UI pages with a strict CSP, no inline script, and all article text escaped', async () => {
    const evilStory = (await store.assignments()).find((x) => x.articleId === 'evil@evil')?.storyId ?? '';
    for (const url of ['/', `/stories/${storyId}`, `/stories/${evilStory}`, '/articles/evil%40evil', '/search?q=script']) {
      const r = await app.inject({ url });
      assert.equal(r.statusCode, 200, url);
      assert.equal(r.headers['content-security-policy'], CSP);
      assert.match(CSP, /script-src 'self'/);
      assert.doesNotMatch(CSP, /unsafe-inline/);
      assert.doesNotMatch(r.body, /<script>alert|<img src=x|<b>Bold/, url);
      assert.equal((r.body.match(/<script/g) ?? []).length, 1, `only the static script tag in ${url}`);
      assert.match(r.body, /<script src="\/static\/app\.js" defer><\/script>/);
    }
    const page = await app.inject({ url: '/articles/evil%40evil' });
    assert.match(page.body, /&lt;script&gt;alert\(1\)&lt;\/script&gt;/);
    assert.equal((await app.inject({ url: '/stories/nope' })).statusCode, 404);
    const css = await app.inject({ url: '/static/app.css' });
    assert.match(String(css.headers['content-type']), /text\/css/);
  });

  it('story page shows citation chips linking to the cited articles', async () => {
    const r = await app.inject({ url: `/stories/${storyId}` });
    const chips = [...r.body.matchAll(/<a class="cite" href="\/articles\/([^"?]+)\?story=/g)].map((m) => decodeURIComponent(m[1] ?? ''));
    assert.ok(chips.length >= 3);
    const report = await store.getStory(storyId);
    assert.ok(chips.every((id) => report?.articleIds.includes(id)));
  });
});
