import { diagnostic, type Diagnostic } from '../model/diagnostic.js';
import type { FeedItem, ParsedFeed } from './feed-types.js';
import { absoluteUrl, isoDate, plain } from './feed-values.js';

type Rec = Record<string, unknown>;
const str = (v: unknown): string | undefined => (typeof v === 'string' && v.trim() !== '' ? v.trim() : typeof v === 'number' ? String(v) : undefined);

function authorName(r: Rec): string | undefined {
  const list = Array.isArray(r['authors']) ? (r['authors'] as unknown[]) : r['author'] ? [r['author']] : [];
  const names = list.map((a) => (typeof a === 'object' && a !== null ? str((a as Rec)['name']) : undefined)).filter((n): n is string => n !== undefined);
  return names.length > 0 ? names.join(', ') : undefined;
}

/** JSON Feed 1.0/1.1 (https://jsonfeed.org/version/1.1). */
export function readJsonFeed(json: string, input: string, feedUrl?: string): ParsedFeed {
  const diagnostics: Diagnostic[] = [];
  let doc: Rec;
  try {
    doc = JSON.parse(json) as Rec;
  } catch (e) {
    diagnostics.push(diagnostic('ingest/bad-feed', input, `malformed JSON Feed: ${(e as Error).message}`, 'error'));
    return { kind: 'json', items: [], diagnostics };
  }
  const rawItems = Array.isArray(doc['items']) ? (doc['items'] as unknown[]) : [];
  const items: FeedItem[] = [];
  rawItems.forEach((raw, index) => {
    if (typeof raw !== 'object' || raw === null) return;
    const r = raw as Rec;
    const item: FeedItem = { index };
    const set = <K extends keyof FeedItem>(k: K, v: FeedItem[K] | undefined): void => { if (v !== undefined) item[k] = v; };
    set('id', str(r['id']));
    set('url', absoluteUrl(str(r['url']) ?? str(r['external_url']), feedUrl));
    set('title', plain(str(r['title'])));
    for (const [key, field] of [['publishedAt', 'date_published'], ['updatedAt', 'date_modified']] as const) {
      const iso = isoDate(str(r[field]));
      if (iso) item[key] = iso;
      else if (iso === null) diagnostics.push(diagnostic('clean/bad-date', input, `item ${index}: cannot parse ${field}`, 'info'));
    }
    set('author', authorName(r));
    set('summary', str(r['summary']));
    set('contentHtml', str(r['content_html']) ?? (str(r['content_text']) !== undefined ? `<p>${escapeHtml(str(r['content_text']) ?? '')}</p>` : undefined));
    if (Array.isArray(r['tags'])) item.categories = (r['tags'] as unknown[]).map(str).filter((t): t is string => t !== undefined);
    if (!item.url && !item.contentHtml) diagnostics.push(diagnostic('ingest/bad-feed', input, `item ${index} has neither a link nor content`, 'warning'));
    items.push(item);
  });
  const out: ParsedFeed = { kind: 'json', items, diagnostics };
  const title = plain(str(doc['title']));
  if (title) out.title = title;
  const link = absoluteUrl(str(doc['home_page_url']), feedUrl);
  if (link) out.link = link;
  return out;
}

function escapeHtml(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/\n{2,}/g, '</p><p>');
}
