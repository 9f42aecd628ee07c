import type { RawDocument, RawMeta } from '../model/article.js';
import { diagnostic, type Diagnostic } from '../model/diagnostic.js';
import { decodeText } from './decode.js';
import { splitDateHeader } from './date-header.js';

const TEXT_FIELDS = ['maintext', 'text', 'content', 'body', 'article', 'description'];
const HTML_FIELDS = ['html', 'raw_html', 'content_html'];
const DATE_FIELDS = ['date_publish', 'publishedAt', 'published_at', 'published', 'datePublished', 'date', 'pubDate'];
const OUTLET_FIELDS = ['source_domain', 'outlet', 'source', 'site', 'domain'];
const SITE_FIELDS = ['siteName', 'site_name', 'publisher'];
const LOOKS_HTML = /^\s*<(?:!doctype|html|body|article|div|p|section|main)[\s>]/i;
const LANG_FIELDS = ['language', 'lang'];

function pick(rec: Record<string, unknown>, fields: string[]): string | undefined {
  for (const f of fields) {
    const v = rec[f];
    if (typeof v === 'string' && v.trim() !== '') return v;
    if (typeof v === 'number' && f !== 'id') return String(v);
    if (Array.isArray(v) && v.length > 0 && v.every((x) => typeof x === 'string')) return v.join(', ');
    if (v && typeof v === 'object' && 'name' in v && typeof (v as { name: unknown }).name === 'string') return (v as { name: string }).name;
  }
  return undefined;
}

/** Turns one JSON record into a raw document (news-please fields and common alternatives). */
export function recordToDoc(rec: unknown, input: string, place: { line?: number; index?: number }): { doc: RawDocument | null; diagnostics: Diagnostic[] } {
  const where = place.line !== undefined ? `${input}:${place.line}` : input;
  if (!rec || typeof rec !== 'object' || Array.isArray(rec)) {
    return { doc: null, diagnostics: [diagnostic('ingest/bad-record', where, 'record is not a JSON object', 'error', place)] };
  }
  const r = rec as Record<string, unknown>;
  const html = pick(r, HTML_FIELDS);
  const text = pick(r, TEXT_FIELDS);
  if (text === undefined && html === undefined) {
    return { doc: null, diagnostics: [diagnostic('ingest/bad-record', where, `record has none of the text fields (${[...TEXT_FIELDS, ...HTML_FIELDS].join(', ')})`, 'error', place)] };
  }
  const meta: RawMeta = {};
  const title = pick(r, ['title', 'headline']);
  if (title) meta.title = title;
  const url = pick(r, ['url', 'link', 'canonical_url']);
  if (url) meta.url = url;
  const date = pick(r, DATE_FIELDS);
  if (date) { meta.publishedAt = date; meta.publishedAtSource = 'record'; }
  const outlet = pick(r, OUTLET_FIELDS);
  if (outlet) meta.outlet = outlet;
  const site = pick(r, SITE_FIELDS);
  if (site) meta.siteName = site;
  const lang = pick(r, LANG_FIELDS);
  if (lang) meta.lang = lang;
  const author = pick(r, ['author', 'authors', 'byline']);
  if (author) meta.author = author;
  const source: RawDocument['source'] = { input };
  if (place.line !== undefined) source.line = place.line;
  if (place.index !== undefined) source.index = place.index;
  const isHtml = text === undefined || LOOKS_HTML.test(text.slice(0, 200));
  const doc: RawDocument = { kind: 'raw', source, format: isHtml ? 'html' : 'text', content: text ?? html ?? '', meta, diagnostics: [] };
  if (!isHtml) {
    const h = splitDateHeader(doc.content);
    if (h) {
      doc.content = h.rest;
      if (meta.publishedAt === undefined) { meta.publishedAt = h.date; meta.publishedAtSource = 'header'; }
    }
  }
  const id = r['id'];
  if (typeof id === 'string' || typeof id === 'number') doc.id = String(id);
  return { doc, diagnostics: [] };
}

/** Reads a JSON file (one record or an array or {articles: [...]}) or a JSONL file. */
export function readJsonFile(buf: Buffer, input: string, lines: boolean): { docs: RawDocument[]; diagnostics: Diagnostic[] } {
  const dec = decodeText(buf, input);
  const diagnostics = [...dec.diagnostics];
  const docs: RawDocument[] = [];
  if (dec.text === null) return { docs, diagnostics };
  const add = (rec: unknown, place: { line?: number; index?: number }): void => {
    const r = recordToDoc(rec, input, place);
    if (r.doc) docs.push(r.doc);
    diagnostics.push(...r.diagnostics);
  };
  if (lines) {
    const all = dec.text.split('\n');
    all.forEach((line, i) => {
      if (line.trim() === '') return;
      try {
        add(JSON.parse(line), { line: i + 1 });
      } catch (e) {
        diagnostics.push(diagnostic('ingest/bad-json', `${input}:${i + 1}`, `line ${i + 1} is not JSON: ${(e as Error).message}`, 'error', { line: i + 1 }));
      }
    });
    return { docs, diagnostics };
  }
  let data: unknown;
  try {
    data = JSON.parse(dec.text);
  } catch (e) {
    diagnostics.push(diagnostic('ingest/bad-json', input, `not JSON: ${(e as Error).message}`, 'error'));
    return { docs, diagnostics };
  }
  const list = Array.isArray(data) ? data : data && typeof data === 'object' && Array.isArray((data as { articles?: unknown }).articles) ? (data as { articles: unknown[] }).articles : [data];
  list.forEach((rec, i) => add(rec, list.length > 1 ? { index: i } : {}));
  return { docs, diagnostics };
}
