/**
 * Ingestion eval on Readability's test pages: for each `<case>/source.html` with an
 * `expected-metadata.json`, compare the extracted title, byline, site name, publication date
 * (date part) and language with the expected values where those are present.
 * Comparison is normalised: trimmed, case-folded, inner whitespace collapsed; dates compare on
 * YYYY-MM-DD; languages on the primary subtag ("en-US" = "en"); bylines without a leading "By".
 */
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { CrosscheckError } from '../errors.js';
import { readHtmlFile } from '../ingest/html-reader.js';
import { createCleaner } from '../clean/clean-document.js';
import type { Article } from '../model/article.js';
import { parseHTML } from 'linkedom';
import { readHtmlMeta, type HtmlMeta } from '../ingest/html-metadata.js';
import { normalizeLang } from '../clean/language-detector.js';

export const INGEST_FIELDS = ['title', 'byline', 'siteName', 'publishedTime', 'lang'] as const;
export type IngestField = (typeof INGEST_FIELDS)[number];

export interface FieldScore {
  /** Cases where the expected value is present. */
  total: number;
  agree: number;
  rate: number;
}

export interface IngestMiss {
  case: string;
  field: IngestField;
  expected: string;
  got: string | null;
}

export interface IngestEvalResult {
  cases: number;
  /** Cases whose article text came out empty. */
  noText: number;
  fields: Record<IngestField, FieldScore>;
  overall: FieldScore;
  /** The same comparison with the page-metadata reader alone (no Readability): what html-metadata.ts adds. */
  metaOnly: Record<IngestField, FieldScore>;
  misses: IngestMiss[];
}

const norm = (s: string): string => s.normalize('NFC').trim().toLowerCase().replace(/\s+/g, ' ');
const datePart = (s: string): string => /^(\d{4}-\d{2}-\d{2})/.exec(s.trim())?.[1] ?? norm(s);
const langPart = (s: string): string => norm(s).split(/[-_]/)[0] ?? '';

function got(a: Article | null, field: IngestField): string | null {
  if (!a) return null;
  switch (field) {
    case 'title': return a.title;
    case 'byline': return a.byline;
    case 'siteName': return a.siteName ?? null;
    case 'publishedTime': return a.publishedAt;
    case 'lang': return a.lang;
  }
}

function gotMeta(m: HtmlMeta, field: IngestField): string | null {
  switch (field) {
    case 'title': return m.title ?? null;
    case 'byline': return m.author ?? null;
    case 'siteName': return m.siteName ?? null;
    case 'publishedTime': return m.publishedAt ?? null;
    case 'lang': return normalizeLang(m.lang);
  }
}

function same(field: IngestField, expected: string, value: string | null): boolean {
  if (value === null) return false;
  if (field === 'publishedTime') return datePart(expected) === datePart(value);
  if (field === 'lang') return langPart(expected) === langPart(value);
  // A byline's leading "By" is typography, not part of the name (the cleaner drops it).
  if (field === 'byline') return norm(expected).replace(/^by\s+/, '') === norm(value).replace(/^by\s+/, '');
  return norm(expected) === norm(value);
}

/** Runs the eval over every case folder of `dir`. */
export async function evaluateIngest(dir: string): Promise<IngestEvalResult> {
  let names: string[];
  try {
    names = (await readdir(dir, { withFileTypes: true })).filter((d) => d.isDirectory()).map((d) => d.name).sort();
  } catch (e) {
    throw new CrosscheckError('CC_EVAL_DATA', `cannot read ${dir}: ${(e as Error).message}`);
  }
  // A fixed run date: the eval must not depend on the wall clock; language is not detected so
  // that the lang field measures what the page states.
  const clean = createCleaner({ now: new Date('2030-01-01T00:00:00Z'), detectLanguage: false });
  const fields = Object.fromEntries(INGEST_FIELDS.map((f) => [f, { total: 0, agree: 0, rate: 0 }])) as Record<IngestField, FieldScore>;
  const metaOnly = Object.fromEntries(INGEST_FIELDS.map((f) => [f, { total: 0, agree: 0, rate: 0 }])) as Record<IngestField, FieldScore>;
  const misses: IngestMiss[] = [];
  let cases = 0;
  let noText = 0;
  for (const name of names) {
    let expected: Record<string, unknown>;
    let html: Buffer;
    try {
      expected = JSON.parse(await readFile(join(dir, name, 'expected-metadata.json'), 'utf8')) as Record<string, unknown>;
      html = await readFile(join(dir, name, 'source.html'));
    } catch {
      continue;
    }
    cases++;
    const { docs } = readHtmlFile(html, join(dir, name, 'source.html'));
    const article = docs[0] ? clean(docs[0]) : null;
    if (!article || article.text === '') noText++;
    const pageMeta = readHtmlMeta(parseHTML(html.toString('utf8')).document as never);
    for (const f of INGEST_FIELDS) {
      const e = expected[f];
      if (typeof e !== 'string' || e.trim() === '') continue;
      const value = got(article, f);
      fields[f].total++;
      if (same(f, e, value)) fields[f].agree++;
      else misses.push({ case: name, field: f, expected: e, got: value });
      metaOnly[f].total++;
      if (same(f, e, gotMeta(pageMeta, f))) metaOnly[f].agree++;
    }
  }
  if (cases === 0) throw new CrosscheckError('CC_EVAL_DATA', `no <case>/expected-metadata.json + source.html under ${dir}`);
  const overall = { total: 0, agree: 0, rate: 0 };
  for (const f of INGEST_FIELDS) {
    const s = fields[f];
    s.rate = s.total === 0 ? 0 : s.agree / s.total;
    overall.total += s.total;
    overall.agree += s.agree;
    const m = metaOnly[f];
    m.rate = m.total === 0 ? 0 : m.agree / m.total;
  }
  overall.rate = overall.total === 0 ? 0 : overall.agree / overall.total;
  return { cases, noText, fields, overall, metaOnly, misses };
}
