import type { FastifyInstance, FastifyReply } from 'fastify';
import type { Store } from '../store/store.js';
import { DEFAULT_PAGE } from '../store/row-mapping.js';
import { APP_CSS, APP_JS } from './ui/assets.js';
import { renderStoryListPage } from './html/story-list-page.js';
import { renderStoryPage } from './html/story-page.js';
import { renderArticlePage } from './html/article-page.js';
import { renderNotFoundPage, renderSearchPage } from './html/search-page.js';
import { pagingFrom, storyQueryFrom } from './request-params.js';

type Query = Record<string, unknown>;

const page = (reply: FastifyReply, body: string, status = 200): FastifyReply =>
  reply.status(status).type('text/html; charset=utf-8').send(body);

export function registerUiRoutes(app: FastifyInstance, ctx: { store: Store }): void {
  const { store } = ctx;
  app.get('/static/app.css', async (_req, reply) => reply.type('text/css; charset=utf-8').header('cache-control', 'public, max-age=3600').send(APP_CSS));
  app.get('/static/app.js', async (_req, reply) => reply.type('text/javascript; charset=utf-8').header('cache-control', 'public, max-age=3600').send(APP_JS));

  app.get('/', async (req, reply) => {
    const q = storyQueryFrom(req.query as Query);
    const list = await store.listStories(q);
    return page(reply, renderStoryListPage(list, q, q.limit ?? DEFAULT_PAGE));
  });

  app.get<{ Params: { id: string } }>('/stories/:id', async (req, reply) => {
    const report = await store.getStory(req.params.id);
    if (!report) return page(reply, renderNotFoundPage('story', req.params.id), 404);
    const articles = await store.getArticles(report.articleIds);
    return page(reply, renderStoryPage(report, articles));
  });

  app.get<{ Params: { id: string } }>('/articles/:id', async (req, reply) => {
    const stored = await store.getArticle(req.params.id);
    if (!stored) return page(reply, renderNotFoundPage('article', req.params.id), 404);
    const report = stored.storyId ? await store.getStory(stored.storyId) : null;
    return page(reply, renderArticlePage(stored, report));
  });

  app.get('/search', async (req, reply) => {
    const query = req.query as Query;
    const q = typeof query['q'] === 'string' ? query['q'] : '';
    const hits = q.trim() ? await store.search(q, pagingFrom(query)) : [];
    return page(reply, renderSearchPage(q, hits));
  });
}
