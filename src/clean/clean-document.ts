import { createHash } from 'node:crypto';
import type { Article, RawDocument } from '../model/article.js';
import { diagnostic } from '../model/diagnostic.js';
import { normalizeText } from './normalize-text.js';

export function contentHash(text: string): string {
  return createHash('sha256').update(text).digest('hex').slice(0, 16);
}

function outletFromUrl(url: string | undefined): string | null {
  if (!url) return null;
  try {
    return new URL(url).hostname.toLowerCase().replace(/^www\./, '').replace(/\.$/, '');
  } catch {
    return null;
  }
}

/** Turns a raw document into a clean article (minimal cleaning: normalisation and metadata). */
export function cleanDocument(raw: RawDocument): Article {
  const text = normalizeText(raw.content);
  const diagnostics = [...raw.diagnostics];
  const input = raw.source.line !== undefined ? `${raw.source.input}:${raw.source.line}` : raw.source.input;
  if (text === '') diagnostics.push(diagnostic('clean/empty-body', input, 'the article has no body text', 'error'));
  const hash = contentHash(text);
  return {
    kind: 'article',
    id: raw.id ?? raw.nameHint ?? hash,
    source: raw.source,
    url: raw.meta.url ?? null,
    outlet: raw.meta.outlet ?? outletFromUrl(raw.meta.url),
    title: raw.meta.title ?? null,
    byline: raw.meta.author ?? null,
    publishedAt: raw.meta.publishedAt ?? null,
    publishedAtSource: raw.meta.publishedAtSource ?? null,
    lang: raw.meta.lang ?? null,
    dateline: null,
    credits: [],
    agencies: [],
    text,
    embeds: [],
    contentHash: hash,
    diagnostics,
  };
}
