import type { Article, RawDocument } from '../model/article.js';
import type { Diagnostic } from '../model/diagnostic.js';
import { readJsonFile } from '../ingest/json-reader.js';
import { readTextFile } from '../ingest/text-reader.js';
import { cleanDocument } from '../clean/clean-document.js';
import { CrosscheckError } from '../errors.js';

export type BodyKind = 'json' | 'jsonl' | 'html' | 'text';

/** Which reader a request body needs, from its Content-Type. */
export function bodyKind(contentType: string | undefined): BodyKind | null {
  const t = (contentType ?? '').split(';')[0]?.trim().toLowerCase() ?? '';
  if (t === 'application/json') return 'json';
  if (t === 'application/x-ndjson' || t === 'application/jsonl' || t === 'application/x-jsonlines') return 'jsonl';
  if (t === 'text/html') return 'html';
  if (t === 'text/plain') return 'text';
  return null;
}

/** Reads a POSTed body into clean articles with the same readers as file input. */
export function articlesFromBody(
  body: string, kind: BodyKind, meta: { id?: string; url?: string; outlet?: string; title?: string },
): { articles: Article[]; diagnostics: Diagnostic[] } {
  const buf = Buffer.from(body, 'utf8');
  let docs: RawDocument[];
  let diagnostics: Diagnostic[];
  if (kind === 'json' || kind === 'jsonl') {
    ({ docs, diagnostics } = readJsonFile(buf, 'request', kind === 'jsonl'));
  } else if (kind === 'html') {
    const doc: RawDocument = { kind: 'raw', source: { input: meta.url ?? 'request' }, format: 'html', content: body, meta: {}, diagnostics: [] };
    docs = [doc];
    diagnostics = [];
  } else {
    ({ docs, diagnostics } = readTextFile(buf, 'request', meta.id));
  }
  if (kind === 'html' || kind === 'text') {
    for (const d of docs) {
      if (meta.id) d.id = meta.id;
      if (meta.url) d.meta.url = meta.url;
      if (meta.outlet) d.meta.outlet = meta.outlet;
      if (meta.title) d.meta.title = meta.title;
    }
  }
  const articles: Article[] = [];
  for (const d of docs) {
    const a = cleanDocument(d);
    if (a.text === '') diagnostics.push(...a.diagnostics);
    else articles.push(a);
  }
  if (articles.length === 0 && diagnostics.length === 0) {
    throw new CrosscheckError('CC_BAD_REQUEST', 'the body holds no article', { statusCode: 400 });
  }
  return { articles, diagnostics };
}
