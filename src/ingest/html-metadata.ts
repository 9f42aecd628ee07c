/**
 * Article metadata from an HTML page: <meta> tags (Open Graph, article:*, Dublin Core, parsely,
 * sailthru, plain name=date/pubdate/author), JSON-LD (NewsArticle/Article, with @graph and arrays),
 * <link rel=canonical>, <html lang> and <title>.
 * Hand-written: Readability gives title/byline/siteName/publishedTime, but not the URL, and it
 * does not say where a date came from; this reader records the source of every value.
 */
import type { DateSource } from '../model/article.js';

export interface HtmlMeta {
  title?: string;
  url?: string;
  siteName?: string;
  author?: string;
  lang?: string;
  publishedAt?: string;
  publishedAtSource?: DateSource;
}

/** Minimal DOM surface used here (linkedom's document satisfies it). */
interface DomLike {
  querySelectorAll(sel: string): ArrayLike<{ getAttribute(n: string): string | null; textContent: string | null }>;
  querySelector(sel: string): { getAttribute(n: string): string | null; textContent: string | null } | null;
  documentElement: { getAttribute(n: string): string | null } | null;
}

// Ordered by trust: the first key found wins.
const META_TITLE = ['og:title', 'twitter:title', 'parsely-title', 'sailthru.title', 'dc.title', 'headline'];
const META_SITE = ['og:site_name', 'application-name', 'twitter:site:name', 'publisher'];
const META_DATE = [
  'article:published_time', 'og:article:published_time', 'article.published', 'datepublished', 'date', 'pubdate', 'publishdate',
  'publish-date', 'parsely-pub-date', 'sailthru.date', 'dc.date.issued', 'dc.date', 'dcterms.created', 'dcterms.date', 'og:published_time',
  'published_time', 'article_date_original', 'original-publish-date', 'cxenseparse:recs:publishtime', 'citation_publication_date',
];
const META_AUTHOR = ['author', 'article:author', 'parsely-author', 'sailthru.author', 'dc.creator', 'byl', 'citation_author'];
const META_URL = ['og:url', 'twitter:url', 'parsely-link'];
const ARTICLE_TYPES = /^(?:News|Reportage|Analysis|Opinion|Review|Background|Blog|Scholarly|Tech|Satirical)?Article$|^(?:BlogPosting|LiveBlogPosting|Report|WebPage)$/;

function metaMap(doc: DomLike): Map<string, string> {
  const map = new Map<string, string>();
  const nodes = doc.querySelectorAll('meta');
  for (let i = 0; i < nodes.length; i++) {
    const m = nodes[i]!;
    const content = m.getAttribute('content');
    if (content === null || content.trim() === '') continue;
    const keys = `${m.getAttribute('property') ?? ''} ${m.getAttribute('name') ?? ''} ${m.getAttribute('itemprop') ?? ''}`;
    for (const k of keys.toLowerCase().split(/\s+/)) {
      if (k !== '' && !map.has(k)) map.set(k, content.trim().slice(0, 2000));
    }
  }
  return map;
}

function first(map: Map<string, string>, keys: string[]): string | undefined {
  for (const k of keys) {
    const v = map.get(k);
    if (v !== undefined) return v;
  }
  return undefined;
}

type Json = Record<string, unknown>;

function nameOf(v: unknown): string | undefined {
  if (typeof v === 'string') return v.trim() || undefined;
  if (Array.isArray(v)) {
    const names = v.map(nameOf).filter((x): x is string => x !== undefined);
    return names.length > 0 ? names.join(', ') : undefined;
  }
  if (v && typeof v === 'object' && typeof (v as Json)['name'] === 'string') return ((v as Json)['name'] as string).trim() || undefined;
  return undefined;
}

function collectNodes(v: unknown, out: Json[]): void {
  if (Array.isArray(v)) { for (const x of v) collectNodes(x, out); return; }
  if (!v || typeof v !== 'object') return;
  const o = v as Json;
  out.push(o);
  if (o['@graph']) collectNodes(o['@graph'], out);
  if (o['mainEntity']) collectNodes(o['mainEntity'], out);
}

function isArticle(o: Json): boolean {
  const t = o['@type'];
  const types = Array.isArray(t) ? t : [t];
  return types.some((x) => typeof x === 'string' && ARTICLE_TYPES.test(x));
}

/** The best JSON-LD article node of the page, if any (Article types before WebPage). */
function jsonLdArticle(doc: DomLike): Json | undefined {
  const scripts = doc.querySelectorAll('script[type="application/ld+json"]');
  const nodes: Json[] = [];
  for (let i = 0; i < scripts.length; i++) {
    const raw = scripts[i]!.textContent ?? '';
    try {
      collectNodes(JSON.parse(raw.replace(/^\s*<!\[CDATA\[|\]\]>\s*$/g, '')), nodes);
    } catch {
      // A broken JSON-LD block is common and harmless: the other sources still apply.
    }
  }
  const arts = nodes.filter(isArticle);
  return arts.find((o) => o['@type'] !== 'WebPage') ?? arts[0];
}

/** Reads the page's metadata. Values are raw strings; dates are normalised by the cleaner. */
export function readHtmlMeta(doc: DomLike): HtmlMeta {
  const out: HtmlMeta = {};
  const meta = metaMap(doc);
  const ld = jsonLdArticle(doc);
  const ldTitle = ld ? nameOf(ld['headline']) ?? nameOf(ld['name']) : undefined;
  const title = first(meta, META_TITLE) ?? ldTitle ?? doc.querySelector('title')?.textContent?.trim();
  if (title) out.title = title;
  const ldDate = ld ? nameOf(ld['datePublished']) ?? nameOf(ld['dateCreated']) : undefined;
  const metaDate = first(meta, META_DATE);
  if (ldDate) { out.publishedAt = ldDate; out.publishedAtSource = 'json-ld'; }
  else if (metaDate) { out.publishedAt = metaDate; out.publishedAtSource = 'meta'; }
  else {
    const time = doc.querySelector('time[datetime][pubdate], time[itemprop="datePublished"]')?.getAttribute('datetime');
    if (time) { out.publishedAt = time; out.publishedAtSource = 'meta'; }
  }
  const ldAuthor = ld ? nameOf(ld['author']) ?? nameOf(ld['creator']) : undefined;
  const metaAuthor = first(meta, META_AUTHOR);
  const author = ldAuthor ?? (metaAuthor && !/^https?:/.test(metaAuthor) ? metaAuthor : undefined);
  if (author) out.author = author;
  const site = first(meta, META_SITE) ?? (ld ? nameOf(ld['publisher']) : undefined);
  if (site) out.siteName = site;
  const canonical = doc.querySelector('link[rel="canonical"]')?.getAttribute('href');
  const url = [canonical, first(meta, META_URL), ld ? nameOf(ld['url']) : undefined].find((u) => u !== undefined && u !== null && /^https?:\/\//i.test(u));
  if (url) out.url = url;
  const lang = doc.documentElement?.getAttribute('lang') ?? first(meta, ['og:locale', 'content-language', 'language', 'dc.language']);
  if (lang && lang.trim()) out.lang = lang.trim();
  return out;
}
