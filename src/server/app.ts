import Fastify, { type FastifyInstance } from 'fastify';
import { CrosscheckError, isCrosscheckError } from '../errors.js';
import type { Store } from '../store/store.js';
import { createIngestService, type IngestDeps } from '../store/ingest-service.js';
import { createStoreDeps, withDefaultReports } from '../pipeline/store-deps.js';
import { createFetcher } from '../fetch/fetcher.js';
import type { Fetcher } from '../fetch/fetch-types.js';
import { registerApiRoutes } from './api-routes.js';
import { registerUiRoutes } from './ui-routes.js';
import { startStaleReportBuilder } from './stale-report-builder.js';

export interface AppOptions {
  store: Store;
  /** Clusterer and report builder used by POST /api/ingest. */
  deps?: IngestDeps;
  /** Largest accepted request body in bytes (default 10 MB). */
  bodyLimit?: number;
  logger?: boolean;
  /** Fetcher for POST /api/ingest/url; by default one whose SSRF guard refuses loopback,
   *  private, link-local and metadata addresses (after DNS and after every redirect). */
  fetcher?: Fetcher;
  /** Build deferred story reports in the background between requests (default true). */
  buildStaleReports?: boolean;
}

/** Strict CSP: only our own static CSS/JS, nothing inline, no framing, no plugins. */
export const CSP = "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; "
  + "form-action 'self'; base-uri 'none'; frame-ancestors 'none'";

/** The HTTP API and web UI over a store; the caller decides whether and where to listen. */
export async function buildApp(opts: AppOptions): Promise<FastifyInstance> {
  const app = Fastify({ logger: opts.logger ?? false, bodyLimit: opts.bodyLimit ?? 10 * 1024 * 1024 });
  const deps = opts.deps ?? createStoreDeps();
  const ingest = createIngestService(opts.store, deps);
  // Stories ingested with deferred reports (the CLI's ingest) get theirs built on first read.
  const store = withDefaultReports(opts.store, deps);

  app.removeContentTypeParser(['application/json', 'text/plain']);
  app.addContentTypeParser(
    ['application/json', 'text/plain', 'text/html', 'application/x-ndjson', 'application/jsonl', 'application/x-jsonlines'],
    { parseAs: 'string' },
    (_req, body, done) => done(null, body),
  );

  app.addHook('onSend', async (_req, reply, payload) => {
    reply.header('content-security-policy', CSP);
    reply.header('x-content-type-options', 'nosniff');
    reply.header('referrer-policy', 'no-referrer');
    reply.header('x-frame-options', 'DENY');
    return payload;
  });

  app.setErrorHandler((err, req, reply) => {
    const e = err as Error & { statusCode?: number; code?: string; validation?: unknown };
    let status = 500;
    let code = 'CC_INTERNAL';
    let message = 'internal error';
    if (isCrosscheckError(err)) {
      status = err.statusCode;
      code = err.code;
      message = err.message;
    } else if (e.statusCode !== undefined && e.statusCode >= 400 && e.statusCode < 500) {
      status = e.statusCode;
      code = status === 404 ? 'CC_NOT_FOUND' : 'CC_BAD_REQUEST';
      message = e.message;
    } else {
      req.log.error(err);
    }
    void reply.status(status).type('application/json').send({ error: { code, message } });
  });

  app.setNotFoundHandler((req, reply) => {
    const err = new CrosscheckError('CC_NOT_FOUND', `no route for ${req.method} ${req.url.split('?')[0] ?? ''}`, { statusCode: 404 });
    void reply.status(404).type('application/json').send({ error: { code: err.code, message: err.message } });
  });

  registerApiRoutes(app, { store, ingest, fetcher: opts.fetcher ?? createFetcher({ allowPrivate: false }) });
  registerUiRoutes(app, { store });
  if (opts.buildStaleReports !== false) {
    const builder = startStaleReportBuilder(store);
    app.addHook('onClose', async () => { await builder.stop(); });
  }
  await app.ready();
  return app;
}
