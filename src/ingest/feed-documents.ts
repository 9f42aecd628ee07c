/**
 * Turns feed items into RawDocuments: each item's page is fetched once (deduplicated by URL,
 * a few at a time; the fetcher enforces per-host politeness), and the item's metadata (title,
 * date, author, <source> credit) rides along. When a page cannot be fetched, or no fetcher is
 * given (a feed read from a file offline), the item's own content is used if the feed has it.
 */
import type { RawDocument } from '../model/article.js';
import { diagnostic, type Diagnostic } from '../model/diagnostic.js';
import type { Fetcher } from '../fetch/fetch-types.js';
import type { FeedItem, ParsedFeed } from './feed-types.js';
import { mapPool } from './url-pool.js';
import { parseFeed } from './feed-reader.js';

export interface FeedDocumentOptions {
  /** Items taken from the feed, first ones first (default: all). */
  maxItems?: number;
  /** Item pages fetched at once (default 4). */
  concurrency?: number;
  /** 'fallback' (default): use the item's content when its page fails; 'prefer': use it
   *  whenever present, fetching only items without content; 'never'. */
  embeddedContent?: 'fallback' | 'prefer' | 'never';
}

/** A RawDocument for one feed item whose HTML is `html` (its page, or the item's content). */
export function feedItemDocument(item: FeedItem, html: string, ctx: { input: string; feedUrl?: string; feedTitle?: string; pageUrl?: string }): RawDocument {
  const doc: RawDocument = {
    kind: 'raw',
    source: { input: ctx.input, index: item.index },
    format: 'html',
    content: html,
    meta: {},
    diagnostics: [],
  };
  const url = ctx.pageUrl ?? item.url;
  if (url) doc.meta.url = url;
  if (item.title) doc.meta.title = item.title;
  if (item.publishedAt) { doc.meta.publishedAt = item.publishedAt; doc.meta.publishedAtSource = 'feed'; }
  if (item.author) doc.meta.author = item.author;
  if (item.credit) doc.meta.credit = item.credit;
  const extra: Record<string, unknown> = {};
  if (ctx.feedUrl) extra['feedUrl'] = ctx.feedUrl;
  if (ctx.feedTitle) extra['feedTitle'] = ctx.feedTitle;
  if (item.id) extra['feedItemId'] = item.id;
  if (item.categories) extra['categories'] = item.categories;
  if (item.updatedAt) extra['updatedAt'] = item.updatedAt;
  if (Object.keys(extra).length > 0) doc.meta.extra = extra;
  return doc;
}

function embedded(item: FeedItem): string | undefined {
  return item.contentHtml ?? item.summary;
}

/** Documents for the items of a parsed feed; `fetcher` null reads item content only. */
export async function feedDocuments(
  feed: ParsedFeed, input: string, fetcher: Fetcher | null, opts: FeedDocumentOptions = {},
): Promise<{ docs: RawDocument[]; diagnostics: Diagnostic[] }> {
  const mode = opts.embeddedContent ?? 'fallback';
  const items = feed.items.slice(0, opts.maxItems ?? feed.items.length);
  const ctxBase = { input, ...(feed.title ? { feedTitle: feed.title } : {}), ...(/^https?:/.test(input) ? { feedUrl: input } : {}) };
  const diagnostics: Diagnostic[] = [];
  const seenUrls = new Set<string>();
  const results = await mapPool(items, opts.concurrency ?? 4, async (item): Promise<RawDocument | null> => {
    const own = mode === 'never' ? undefined : embedded(item);
    if (item.url && seenUrls.has(item.url)) return null;
    if (item.url) seenUrls.add(item.url);
    if (fetcher && item.url && !(mode === 'prefer' && own)) {
      const r = await fetcher.fetchUrl(item.url);
      const body = r.kind === 'ok' ? r.body : r.kind === 'not-modified' ? r.cached?.body : undefined;
      if (body !== undefined) {
        return feedItemDocument(item, body, { ...ctxBase, input: item.url, pageUrl: r.kind === 'ok' ? r.finalUrl : item.url });
      }
      const msg = r.kind === 'refused' || r.kind === 'failed' ? r.message : 'not modified and no cached copy';
      const code = r.kind === 'refused' ? 'ingest/blocked-url' : 'ingest/fetch-failed';
      diagnostics.push(diagnostic(code, item.url, `feed item ${item.index}: ${msg}${own ? '; using the feed content' : ''}`, own ? 'warning' : 'error'));
    }
    if (own) return feedItemDocument(item, own, { ...ctxBase, input: item.url ?? input });
    return null;
  });
  return { docs: results.filter((d): d is RawDocument => d !== null), diagnostics };
}

/**
 * A feed given as text (a file): its items' pages are fetched when a fetcher is given,
 * otherwise the items' own content is used. Feed diagnostics come first.
 */
export async function readFeedDocuments(
  text: string, input: string, fetcher: Fetcher | null, opts: FeedDocumentOptions = {},
): Promise<{ docs: RawDocument[]; diagnostics: Diagnostic[] }> {
  const feed = parseFeed(text, /^https?:/.test(input) ? input : undefined);
  const out = await feedDocuments(feed, input, fetcher, opts);
  return { docs: out.docs, diagnostics: [...feed.diagnostics.map((d) => ({ ...d, input })), ...out.diagnostics] };
}
