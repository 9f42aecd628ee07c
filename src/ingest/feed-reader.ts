/**
 * Feed reader: RSS 2.0, RSS 1.0 (RDF), Atom 1.0 and JSON Feed 1.x into FeedItems; OPML into
 * feed URLs. XML parsing is fast-xml-parser's; this file only maps each format's fields.
 * Malformed XML gives an `ingest/bad-feed` diagnostic (with its line) and a lenient parse.
 */
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { diagnostic, type Diagnostic } from '../model/diagnostic.js';
import type { FeedItem, ParsedFeed } from './feed-types.js';
import { sniffFeed } from './feed-sniffer.js';
import { readJsonFeed } from './feed-json-reader.js';
import { absoluteUrl, asArray, attr, first, isNode, isoDate, plain, rawInner, text, type XmlNode } from './feed-values.js';

const EMAIL_NAME_RE = /^\S+@\S+\s*\((.+)\)$/;
const ARRAY_TAGS = new Set(['item', 'entry', 'link', 'category', 'outline', 'author']);

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@_',
  textNodeName: '#text',
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: true,
  htmlEntities: true,
  processEntities: { enabled: true, maxTotalExpansions: 1_000_000 },
  stopNodes: ['feed.entry.content', 'feed.entry.summary'],
  isArray: (name) => ARRAY_TAGS.has(name),
});

function setDate(item: FeedItem, key: 'publishedAt' | 'updatedAt', raw: string | undefined, input: string, diags: Diagnostic[]): void {
  const iso = isoDate(raw);
  if (iso) item[key] = iso;
  else if (iso === null) diags.push(diagnostic('clean/bad-date', input, `item ${item.index}: cannot parse date "${raw ?? ''}"`, 'info'));
}

function put<K extends keyof FeedItem>(item: FeedItem, key: K, value: FeedItem[K] | undefined): void {
  if (value !== undefined) item[key] = value;
}

function rssItem(n: XmlNode, index: number, base: string | undefined, input: string, diags: Diagnostic[]): FeedItem {
  const item: FeedItem = { index };
  const guid = text(n['guid']);
  const permalink = attr(n['guid'], 'isPermaLink') !== 'false' && guid !== undefined && /^https?:\/\//.test(guid) ? guid : undefined;
  put(item, 'id', guid ?? attr(n, 'rdf:about'));
  put(item, 'url', absoluteUrl(text(n['link']) ?? attr(n['link'], 'href') ?? permalink ?? text(n['feedburner:origLink']), base));
  put(item, 'title', plain(text(n['title'])));
  setDate(item, 'publishedAt', text(n['pubDate']) ?? text(n['dc:date']), input, diags);
  const author = plain(text(n['dc:creator']) ?? text(n['author']));
  put(item, 'author', author === undefined ? undefined : (EMAIL_NAME_RE.exec(author)?.[1] ?? author));
  put(item, 'credit', plain(text(n['source']) ?? text(n['dc:source'])));
  put(item, 'summary', text(n['description']));
  put(item, 'contentHtml', text(n['content:encoded']));
  const cats = asArray(n['category']).map((c) => text(c)).filter((c): c is string => c !== undefined);
  if (cats.length > 0) item.categories = cats;
  return item;
}

function atomLink(n: XmlNode): string | undefined {
  const links = asArray(n['link']);
  const alt = links.find((l) => (attr(l, 'rel') ?? 'alternate') === 'alternate' && (attr(l, 'type') ?? 'text/html').includes('html'));
  return attr(alt ?? links[0], 'href');
}

function atomItem(n: XmlNode, index: number, base: string | undefined, input: string, diags: Diagnostic[]): FeedItem {
  const item: FeedItem = { index };
  put(item, 'id', text(n['id']));
  put(item, 'url', absoluteUrl(atomLink(n), attr(n, 'xml:base') ?? base));
  put(item, 'title', plain(text(n['title'])));
  setDate(item, 'publishedAt', text(n['published']) ?? text(n['updated']), input, diags);
  setDate(item, 'updatedAt', text(n['updated']), input, []);
  put(item, 'author', plain(text(first(asArray(n['author']).map((a) => (isNode(a) ? a['name'] : a))))));
  const src = n['source'];
  put(item, 'credit', isNode(first(src)) ? plain(text((first(src) as XmlNode)['title'])) : undefined);
  put(item, 'summary', rawInner(n['summary']));
  put(item, 'contentHtml', rawInner(n['content']));
  const cats = asArray(n['category']).map((c) => attr(c, 'term') ?? text(c)).filter((c): c is string => c !== undefined);
  if (cats.length > 0) item.categories = cats;
  return item;
}

/** Parses an RSS 2.0 / RSS 1.0 / Atom / JSON Feed document. `feedUrl` resolves relative links. */
export function parseFeed(xmlOrJson: string, feedUrl?: string): ParsedFeed {
  const input = feedUrl ?? 'feed';
  const kind = sniffFeed(xmlOrJson);
  if (kind === 'json') return readJsonFeed(xmlOrJson, input, feedUrl);
  const diagnostics: Diagnostic[] = [];
  if (kind === null || kind === 'opml') {
    diagnostics.push(diagnostic('ingest/bad-feed', input, 'not an RSS, Atom or JSON feed', 'error'));
    return { kind: null, items: [], diagnostics };
  }
  const valid = XMLValidator.validate(xmlOrJson);
  if (valid !== true) {
    diagnostics.push(diagnostic('ingest/bad-feed', input, `malformed XML: ${valid.err.msg}`, 'error', { line: valid.err.line }));
  }
  let doc: XmlNode;
  try {
    doc = parser.parse(xmlOrJson) as XmlNode;
  } catch (e) {
    if (valid === true) diagnostics.push(diagnostic('ingest/bad-feed', input, `cannot parse feed: ${(e as Error).message}`, 'error'));
    return { kind, items: [], diagnostics };
  }
  const out: ParsedFeed = { kind, items: [], diagnostics };
  if (kind === 'atom') {
    const feed = first(doc['feed'] ?? Object.entries(doc).find(([k]) => k.endsWith(':feed'))?.[1]);
    if (!isNode(feed)) return out;
    const base = attr(feed, 'xml:base') ?? feedUrl;
    out.items = asArray(feed['entry']).filter(isNode).map((e, i) => atomItem(e, i, base, input, diagnostics));
    const title = plain(text(feed['title']));
    if (title) out.title = title;
    const link = absoluteUrl(atomLink(feed), base);
    if (link) out.link = link;
  } else {
    const root = first(kind === 'rss' ? doc['rss'] : doc['rdf:RDF']);
    if (!isNode(root)) return out;
    const channel = first(root['channel']);
    const ch = isNode(channel) ? channel : {};
    const rawItems = kind === 'rss' ? asArray(ch['item']) : asArray(root['item']);
    out.items = rawItems.filter(isNode).map((n, i) => rssItem(n, i, feedUrl, input, diagnostics));
    const title = plain(text(ch['title']));
    if (title) out.title = title;
    const link = absoluteUrl(text(asArray(ch['link']).find((l) => typeof l === 'string')), feedUrl);
    if (link) out.link = link;
  }
  for (const it of out.items) {
    if (!it.url && !it.contentHtml) diagnostics.push(diagnostic('ingest/bad-feed', input, `item ${it.index} has neither a link nor content`, 'warning'));
  }
  return out;
}

/** Feed URLs of an OPML subscription list (every outline with an xmlUrl, nested ones too). */
export function parseOpml(xml: string): string[] {
  let doc: XmlNode;
  try { doc = parser.parse(xml) as XmlNode; } catch { return []; }
  const opml = first(doc['opml']);
  const body = isNode(opml) ? first(opml['body']) : undefined;
  const urls: string[] = [];
  const walk = (nodes: unknown[]): void => {
    for (const o of nodes) {
      if (!isNode(o)) continue;
      const u = attr(o, 'xmlUrl') ?? attr(o, 'xmlurl');
      if (u && !urls.includes(u)) urls.push(u);
      walk(asArray(o['outline']));
    }
  };
  if (isNode(body)) walk(asArray(body['outline']));
  return urls;
}
