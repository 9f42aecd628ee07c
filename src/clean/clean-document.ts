import type { Article, Credit, DateSource, Dateline, RawDocument } from '../model/article.js';
import { diagnostic, type Diagnostic } from '../model/diagnostic.js';
import { createHtmlExtractor, type HtmlExtractOptions } from '../ingest/html-extractor.js';
import { normalizeText } from './normalize-text.js';
import { removeChrome } from './chrome-lines.js';
import { takeHeadline } from './title-extractor.js';
import { lineKey, removeRepeats } from './repeat-filter.js';
import { extractEmbeds } from './embed-extractor.js';
import { parseDateline } from './dateline-parser.js';
import { extractCredits } from './credit-extractor.js';
import { takeByline } from './byline-extractor.js';
import { resolvePublishedAt, type DateCandidate } from './publication-date.js';
import { dateFromUrl } from './date-parser.js';
import { detectLang, normalizeLang } from './language-detector.js';
import { copyrightHolder, resolveOutlet } from './outlet-resolver.js';
import { contentHash } from './content-hash.js';
import { silentContext, type Context } from '../util/context.js';

export { contentHash };

const BY_PREFIX = /^by\s+/i;
const MAX_LEAD_IN_CHARS = 250;

export interface CleanOptions extends HtmlExtractOptions {
  /** The run date: dates after it (+2 days) get a warning. Fixed in tests. */
  now?: Date;
  /** Detect the language with franc when none is given (default true). */
  detectLanguage?: boolean;
}

export function inputName(raw: RawDocument): string {
  return raw.source.line !== undefined ? `${raw.source.input}:${raw.source.line}` : raw.source.input;
}

/**
 * The cleaning stage: raw document -> Article. The order matters:
 * HTML extraction first (gives text + metadata); chrome removal before the headline test (a
 * "Breaking News" banner is not a title); the headline before the repeat filter (repeats of
 * the title are dropped everywhere); embeds before the dateline (a post is never a dateline);
 * credits last (they close the story).
 */
export function createCleaner(opts: CleanOptions = {}): (raw: RawDocument, ctx?: Context) => Article {
  const extract = createHtmlExtractor(opts);
  const detect = opts.detectLanguage ?? true;
  return (input, ctx = silentContext) => {
    const raw = extract(input);
    const where = inputName(raw);
    const diagnostics: Diagnostic[] = [...raw.diagnostics];
    let lines = normalizeText(raw.content).split('\n\n').filter((l) => l !== '');
    const chrome = removeChrome(lines);
    lines = chrome.lines;
    let title = raw.meta.title?.trim() || null;
    if (title === null && raw.format === 'text') {
      const h = takeHeadline(lines);
      title = h.title;
      lines = h.lines;
    } else if (title !== null && lines.length > 0 && lineKey(lines[0]!) === lineKey(title)) {
      lines = lines.slice(1);
    }
    const by = takeByline(lines);
    lines = by.lines;
    const rep = removeRepeats(lines, title);
    lines = rep.lines;
    const emb = extractEmbeds(lines);
    lines = emb.lines;
    let dateline: Dateline | null = null;
    // The dateline opens the story; a short paragraph (a photo caption, a teaser) may stand before it.
    for (let i = 0; i < Math.min(2, lines.length) && dateline === null; i++) {
      if (i > 0 && lines[0]!.length > MAX_LEAD_IN_CHARS) break;
      const d = parseDateline(lines[i]!);
      if (d) {
        dateline = d.dateline;
        lines[i] = lines[i]!.slice(d.length);
      }
    }
    const cr = extractCredits(lines);
    lines = cr.lines;
    const credits: Credit[] = cr.credits;
    const removedCount = chrome.removed.length + rep.removed.length + by.removed;
    ctx.debug(() => `${where}: removed ${JSON.stringify([...chrome.removed, ...rep.removed])}`);
    if (removedCount > 0) {
      diagnostics.push(diagnostic('clean/boilerplate-removed', where, `${removedCount} boilerplate line(s) removed`, 'info'));
    }
    const text = lines.join('\n\n');
    if (text === '' && !diagnostics.some((d) => d.code === 'clean/no-article')) {
      diagnostics.push(diagnostic('clean/empty-body', where, 'the article has no body text', 'error'));
    }
    const candidates: DateCandidate[] = [];
    if (raw.meta.publishedAt) candidates.push({ value: raw.meta.publishedAt, source: raw.meta.publishedAtSource ?? 'record' });
    const urlDate = raw.meta.url ? dateFromUrl(raw.meta.url) : null;
    if (urlDate) candidates.push({ value: urlDate, source: 'url' satisfies DateSource });
    // Only the first date line of the text: later ones may be dates of related links.
    if (chrome.dates[0] !== undefined) candidates.push({ value: chrome.dates[0], source: 'text' });
    const date = resolvePublishedAt(candidates, where, opts.now ?? new Date());
    diagnostics.push(...date.diagnostics);
    const agencies = [...new Set([...(dateline?.agencies ?? []), ...credits.flatMap((c) => c.agencies)])];
    const lang = normalizeLang(raw.meta.lang) ?? (detect ? detectLang(text) : null);
    const hash = contentHash(text);
    const article: Article = {
      kind: 'article',
      id: raw.id ?? raw.nameHint ?? hash,
      source: raw.source,
      url: raw.meta.url ?? null,
      outlet: resolveOutlet(raw.meta.url, raw.meta.outlet, raw.meta.siteName, copyrightHolder(chrome.removed)),
      title,
      byline: raw.meta.author?.trim().replace(BY_PREFIX, '') || by.byline,
      publishedAt: date.publishedAt,
      publishedAtSource: date.publishedAtSource,
      lang,
      dateline,
      credits,
      agencies,
      text,
      embeds: emb.embeds,
      contentHash: hash,
      diagnostics,
    };
    if (raw.meta.siteName) article.siteName = raw.meta.siteName;
    return article;
  };
}

/** Cleans one raw document with default options. */
export const cleanDocument = createCleaner();
