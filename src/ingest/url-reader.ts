/**
 * readUrl: one URL into RawDocuments. A page gives one HTML document; a feed (by media type
 * or by sniffing the body) gives one document per item, each item's page fetched once.
 */
import type { RawDocument } from '../model/article.js';
import { diagnostic, type Diagnostic } from '../model/diagnostic.js';
import type { Fetcher } from '../fetch/fetch-types.js';
import { parseFeed } from './feed-reader.js';
import { sniffFeed, isFeedMediaType } from './feed-sniffer.js';
import { feedDocuments, type FeedDocumentOptions } from './feed-documents.js';

export type ReadUrlOptions = FeedDocumentOptions;

const HTML_TYPES = new Set(['text/html', 'application/xhtml+xml', '']);

export async function readUrl(url: string, fetcher: Fetcher, opts: ReadUrlOptions = {}): Promise<{ docs: RawDocument[]; diagnostics: Diagnostic[] }> {
  const r = await fetcher.fetchUrl(url);
  if (r.kind === 'refused') return { docs: [], diagnostics: [diagnostic('ingest/blocked-url', url, r.message, 'error')] };
  if (r.kind === 'failed') return { docs: [], diagnostics: [diagnostic('ingest/fetch-failed', url, r.message, 'error')] };
  const body = r.kind === 'ok' ? r.body : r.cached?.body;
  if (body === undefined) {
    return { docs: [], diagnostics: [diagnostic('ingest/fetch-failed', url, 'not modified and no cached copy', 'info')] };
  }
  const contentType = r.kind === 'ok' ? r.contentType : (r.cached?.contentType?.split(';')[0] ?? '').trim().toLowerCase();
  const finalUrl = r.finalUrl;
  const kind = sniffFeed(body);
  if (isFeedMediaType(contentType) || (kind !== null && kind !== 'opml')) {
    const feed = parseFeed(body, finalUrl);
    const out = await feedDocuments(feed, url, fetcher, opts);
    return { docs: out.docs, diagnostics: [...feed.diagnostics, ...out.diagnostics] };
  }
  if (kind === 'opml') {
    return { docs: [], diagnostics: [diagnostic('ingest/unsupported-format', url, 'an OPML list: give it to `crosscheck watch`, or give its feeds', 'error')] };
  }
  const doc: RawDocument = {
    kind: 'raw',
    source: { input: url },
    format: HTML_TYPES.has(contentType) || contentType.endsWith('xml') ? 'html' : 'text',
    content: body,
    meta: { url: finalUrl },
    diagnostics: [],
  };
  if (r.kind === 'ok' && r.redirects.length > 0) doc.meta.extra = { redirects: r.redirects };
  if (contentType === 'application/json') {
    return { docs: [], diagnostics: [diagnostic('ingest/unsupported-format', url, 'JSON that is not a JSON Feed', 'error')] };
  }
  return { docs: [doc], diagnostics: [] };
}
