import type { FeedKind } from './feed-types.js';

const PROLOG_RE = /^(?:\uFEFF|\s|<\?[^>]*\?>|<!--[\s\S]*?-->|<!DOCTYPE[^>[]*(?:\[[\s\S]*?\])?\s*>)*/i;
const ROOT_RE = /^<([A-Za-z_][\w.:-]*)/;
const FEED_MEDIA_TYPES = new Set(['application/rss+xml', 'application/atom+xml', 'application/rdf+xml', 'application/feed+json']);

/** Which kind of feed a document is, by its root element or JSON Feed version; null if none. */
export function sniffFeed(text: string): FeedKind | 'opml' | null {
  const head = text.slice(0, 4096);
  const trimmed = head.replace(/^\uFEFF?\s*/, '');
  if (trimmed.startsWith('{')) return /"version"\s*:\s*"https?:\/\/jsonfeed\.org\/version\//.test(head) ? 'json' : null;
  const rest = head.replace(PROLOG_RE, '');
  const root = ROOT_RE.exec(rest)?.[1]?.toLowerCase();
  if (root === 'rss') return 'rss';
  if (root === 'feed' || root?.endsWith(':feed')) return 'atom';
  if (root === 'rdf:rdf') return 'rdf';
  if (root === 'opml') return 'opml';
  return null;
}

/** True when a Content-Type names a feed (generic XML/JSON types need sniffing). */
export function isFeedMediaType(contentType: string): boolean {
  return FEED_MEDIA_TYPES.has(contentType);
}
