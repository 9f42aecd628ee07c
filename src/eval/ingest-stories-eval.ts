/**
 * Ingestion eval on dev-stories.jsonl: the records are read with their labels removed
 * (`lang`, `date`, `outlet`, `title`), so the figures measure language detection, the
 * ` date` header and the outlet from the URL, against the hand-assigned labels.
 */
import { readFile } from 'node:fs/promises';
import { CrosscheckError } from '../errors.js';
import { recordToDoc } from '../ingest/json-reader.js';
import { createCleaner } from '../clean/clean-document.js';
import type { FieldScore } from './ingest-eval.js';

export interface StoriesEvalResult {
  records: number;
  lang: FieldScore;
  /** Non-English records only. */
  langNonEnglish: FieldScore;
  date: FieldScore;
  outlet: FieldScore;
  misses: { id: string; field: string; expected: string; got: string | null }[];
}

const score = (): FieldScore => ({ total: 0, agree: 0, rate: 0 });
const LABELS = ['lang', 'date', 'outlet', 'title', 'event', 'dup_group'];

export async function evaluateStories(path: string): Promise<StoriesEvalResult> {
  let lines: string[];
  try {
    lines = (await readFile(path, 'utf8')).split('\n').filter((l) => l.trim() !== '');
  } catch (e) {
    throw new CrosscheckError('CC_EVAL_DATA', `cannot read ${path}: ${(e as Error).message}`);
  }
  const clean = createCleaner({ now: new Date('2030-01-01T00:00:00Z') });
  const r: StoriesEvalResult = { records: 0, lang: score(), langNonEnglish: score(), date: score(), outlet: score(), misses: [] };
  const check = (s: FieldScore, id: string, field: string, expected: string, got: string | null): void => {
    s.total++;
    if (got === expected) s.agree++;
    else r.misses.push({ id, field, expected, got });
  };
  lines.forEach((line, i) => {
    const rec = JSON.parse(line) as Record<string, unknown>;
    const input = Object.fromEntries(Object.entries(rec).filter(([k]) => !LABELS.includes(k)));
    const { doc } = recordToDoc(input, path, { line: i + 1 });
    if (!doc) return;
    r.records++;
    const a = clean(doc);
    const id = String(rec['id']);
    if (typeof rec['lang'] === 'string') {
      check(r.lang, id, 'lang', rec['lang'], a.lang);
      if (rec['lang'] !== 'en') check(r.langNonEnglish, id, 'lang', rec['lang'], a.lang);
    }
    if (typeof rec['date'] === 'string') check(r.date, id, 'date', rec['date'], a.publishedAt);
    if (typeof rec['outlet'] === 'string') check(r.outlet, id, 'outlet', rec['outlet'], a.outlet);
  });
  for (const s of [r.lang, r.langNonEnglish, r.date, r.outlet]) s.rate = s.total === 0 ? 0 : s.agree / s.total;
  return r;
}
