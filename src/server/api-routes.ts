import type { FastifyInstance } from 'fastify';
import { CrosscheckError } from '../errors.js';
import type { Store } from '../store/store.js';
import type { IngestService } from '../store/ingest-service.js';
import { ingestInBatches } from '../store/ingest-runner.js';
import { articlesFromBody, bodyKind } from './ingest-body.js';
import { badRequest, pagingFrom, requiredText, storyQueryFrom } from './request-params.js';
import { OPENAPI } from './openapi.js';
import type { Fetcher } from '../fetch/fetch-types.js';
import type { Article, RawDocument } from '../model/article.js';
import type { Diagnostic } from '../model/diagnostic.js';
import { readUrl } from '../ingest/url-reader.js';
import { cleanDocuments } from '../pipeline/load-articles.js';

type Query = Record<string, unknown>;

const notFound = (what: string, id: string): CrosscheckError =>
  new CrosscheckError('CC_NOT_FOUND', `${what} ${JSON.stringify(id)} does not exist`, { statusCode: 404 });

export function registerApiRoutes(app: FastifyInstance, ctx: { store: Store; ingest: IngestService; fetcher: Fetcher }): void {
  const { store } = ctx;

  app.get('/openapi.json', async () => OPENAPI);

  app.get('/api/stories', async (req) => {
    const q = storyQueryFrom(req.query as Query);
    const page = await store.listStories(q);
    return { total: page.total, limit: q.limit ?? 50, offset: q.offset ?? 0, stories: page.stories };
  });

  app.get<{ Params: { id: string } }>('/api/stories/:id', async (req) => {
    const report = await store.getStory(req.params.id);
    if (!report) throw notFound('story', req.params.id);
    const summary = await store.getStorySummary(req.params.id);
    return { story: summary, report };
  });

  app.get<{ Params: { id: string } }>('/api/articles/:id', async (req) => {
    const a = await store.getArticle(req.params.id);
    if (!a) throw notFound('article', req.params.id);
    return a;
  });

  app.get('/api/search', async (req) => {
    const q = req.query as Query;
    const text = requiredText(q, 'q');
    const hits = await store.search(text, pagingFrom(q));
    return { q: text, hits };
  });

  app.post('/api/ingest', async (req, reply) => {
    const kind = bodyKind(req.headers['content-type']);
    if (!kind) {
      throw new CrosscheckError('CC_BAD_REQUEST',
        'Content-Type must be application/json, application/x-ndjson, text/html or text/plain', { statusCode: 415 });
    }
    if (typeof req.body !== 'string' || req.body.trim() === '') throw badRequest('the request body is empty');
    const q = req.query as Query;
    const meta: { id?: string; url?: string; outlet?: string; title?: string } = {};
    for (const k of ['id', 'url', 'outlet', 'title'] as const) if (typeof q[k] === 'string' && q[k] !== '') meta[k] = q[k] as string;
    const { articles, diagnostics } = articlesFromBody(req.body, kind, meta);
    if (articles.length === 0) {
      return reply.status(422).send({ error: { code: 'CC_BAD_REQUEST', message: 'no article could be read from the body' }, diagnostics });
    }
    return ingestResult(articles, diagnostics);
  });

  // URLs given by a client: a page, or a feed whose items' pages are taken once. The fetcher's
  // guard refuses private and metadata addresses unless the server was configured otherwise.
  app.post('/api/ingest/url', async (req, reply) => {
    let body: { url?: unknown; urls?: unknown } | null = null;
    try {
      body = typeof req.body === 'string' ? JSON.parse(req.body) as { url?: unknown; urls?: unknown } : null;
    } catch {
      throw badRequest('the body is not JSON');
    }
    const urls = Array.isArray(body?.urls) ? body.urls : body?.url !== undefined ? [body.url] : [];
    if (urls.length === 0 || urls.length > 100 || !urls.every((u): u is string => typeof u === 'string' && /^https?:\/\//i.test(u))) {
      throw badRequest('send JSON {"url": "https://..."} or {"urls": [...]} with 1 to 100 http(s) URLs');
    }
    const docs: RawDocument[] = [];
    const diagnostics: Diagnostic[] = [];
    for (const url of urls) {
      const r = await readUrl(url, ctx.fetcher);
      docs.push(...r.docs);
      diagnostics.push(...r.diagnostics);
    }
    const cleaned = cleanDocuments(docs);
    diagnostics.push(...cleaned.diagnostics);
    if (cleaned.articles.length === 0) {
      return reply.status(422).send({ error: { code: 'CC_BAD_REQUEST', message: 'no article could be read from the URLs' }, diagnostics });
    }
    return ingestResult(cleaned.articles, diagnostics);
  });

  async function ingestResult(articles: Article[], diagnostics: Diagnostic[]): Promise<object> {
    const totals = await ingestInBatches(ctx.ingest, articles);
    const assigned = new Map((await Promise.all(articles.map(async (a) => [a.id, (await store.getArticle(a.id))?.storyId ?? null] as const))));
    return {
      read: articles.length,
      added: totals.added,
      updated: totals.updated,
      unchanged: totals.unchanged,
      articles: articles.map((a) => ({ id: a.id, storyId: assigned.get(a.id) ?? null })),
      diagnostics,
    };
  }
}
