import type { Diagnostic } from '../model/diagnostic.js';

/** One entry of an RSS, Atom or JSON feed, with what the feed says about it. */
export interface FeedItem {
  /** 0-based position in the feed. */
  index: number;
  /** guid / atom:id / JSON Feed id. */
  id?: string;
  /** Absolute URL of the item's page. */
  url?: string;
  title?: string;
  /** ISO 8601 (UTC) from pubDate / published / dc:date / date_published. */
  publishedAt?: string;
  updatedAt?: string;
  author?: string;
  /** The item's <source> (RSS), source/title (Atom) or a wire credit: the outlet the item comes from. */
  credit?: string;
  /** Short text (description / summary), HTML as given. */
  summary?: string;
  /** Full content when the feed carries it (content:encoded, atom content, content_html), HTML. */
  contentHtml?: string;
  categories?: string[];
}

export type FeedKind = 'rss' | 'rdf' | 'atom' | 'json';

export interface ParsedFeed {
  kind: FeedKind | null;
  title?: string;
  /** The site link of the feed. */
  link?: string;
  items: FeedItem[];
  diagnostics: Diagnostic[];
}

/** A stable key for "have we seen this item": id, else URL, else title + date. */
export function feedItemKey(item: FeedItem): string {
  return item.id ?? item.url ?? `${item.title ?? ''}|${item.publishedAt ?? ''}|${item.index}`;
}
