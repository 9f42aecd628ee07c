import { parseHTML } from 'linkedom';
import { Readability } from '@mozilla/readability';
import type { RawDocument, RawMeta } from '../model/article.js';
import { diagnostic } from '../model/diagnostic.js';
import { readHtmlMeta } from './html-metadata.js';
import { domToText } from './html-text.js';

export interface HtmlExtractOptions {
  /** Stop Readability on pages with more elements than this (0: no limit). */
  maxElems?: number;
}

type ParsedDoc = ReturnType<typeof parseHTML>['document'];

function inputName(raw: RawDocument): string {
  return raw.source.line !== undefined ? `${raw.source.input}:${raw.source.line}` : raw.source.input;
}

/** Metadata from the page fills what the container (a JSON record, a feed) did not give. */
function mergeMeta(given: RawMeta, page: RawMeta): RawMeta {
  const out: RawMeta = { ...page };
  for (const [k, v] of Object.entries(given) as [keyof RawMeta, unknown][]) {
    if (v !== undefined) (out as Record<string, unknown>)[k] = v;
  }
  if (given.publishedAt === undefined) {
    delete out.publishedAtSource;
    if (page.publishedAtSource !== undefined) out.publishedAtSource = page.publishedAtSource;
  }
  return out;
}

/**
 * Turns an HTML raw document into a text one: main text by Readability over linkedom,
 * metadata from the page. A page with no article keeps empty content and gets `clean/no-article`.
 */
export function createHtmlExtractor(opts: HtmlExtractOptions = {}): (raw: RawDocument) => RawDocument {
  const maxElems = opts.maxElems ?? 0;
  return (raw) => {
    if (raw.format !== 'html') return raw;
    const input = inputName(raw);
    const diagnostics = [...raw.diagnostics];
    let document: ParsedDoc;
    try {
      const html = /<html[\s>]/i.test(raw.content.slice(0, 4096)) ? raw.content : `<!doctype html><html><body>${raw.content}</body></html>`;
      document = parseHTML(html).document;
    } catch (e) {
      diagnostics.push(diagnostic('clean/no-article', input, `the HTML cannot be parsed: ${(e as Error).message}`, 'error'));
      return { ...raw, format: 'text', content: '', diagnostics };
    }
    const pageMeta = readHtmlMeta(document as never);
    let parsed: ReturnType<Readability<unknown>['parse']> = null;
    try {
      parsed = new Readability(document as never, { maxElemsToParse: maxElems, serializer: (el: unknown) => el }).parse();
    } catch (e) {
      diagnostics.push(diagnostic('clean/no-article', input, `Readability failed: ${(e as Error).message}`, 'error'));
    }
    const meta: RawMeta = {};
    // Readability's own choices first for title, byline and site name (it cleans "Title | Site"
    // titles and bylines), the page metadata as fallback; the date keeps its source from ours.
    const title = parsed?.title?.trim() || pageMeta.title;
    if (title) meta.title = title;
    const byline = parsed?.byline?.trim() || pageMeta.author;
    if (byline) meta.author = byline;
    const site = parsed?.siteName?.trim() || pageMeta.siteName;
    if (site) meta.siteName = site;
    if (pageMeta.publishedAt) { meta.publishedAt = pageMeta.publishedAt; meta.publishedAtSource = pageMeta.publishedAtSource ?? 'meta'; }
    else if (parsed?.publishedTime) { meta.publishedAt = parsed.publishedTime; meta.publishedAtSource = 'meta'; }
    const lang = parsed?.lang?.trim() || pageMeta.lang;
    if (lang) meta.lang = lang;
    if (pageMeta.url) meta.url = pageMeta.url;
    const content = parsed?.content ? domToText(parsed.content as never) : '';
    if (content === '' && !diagnostics.some((d) => d.code === 'clean/no-article')) {
      diagnostics.push(diagnostic('clean/no-article', input, 'no article text found in the HTML', 'error'));
    }
    return { ...raw, format: 'text', content, meta: mergeMeta(raw.meta, meta), diagnostics };
  };
}

export const extractHtml = createHtmlExtractor();
