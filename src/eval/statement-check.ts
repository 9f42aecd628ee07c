/**
 * Precision check of statement discrepancies on labelled same-event clusters (dev-stories.jsonl:
 * one article per line with its gold `event` and `lang`). Articles of one event report the same
 * facts, so nearly every statement discrepancy found there is a false alarm; the few true
 * contradictions (outlets disagreeing) are read by hand from the printed examples.
 */
import { readFileSync } from 'node:fs';
import { CrosscheckError } from '../errors.js';
import type { AnalyzedArticle } from '../model/analyzed.js';
import type { Article } from '../model/article.js';
import type { Discrepancy } from '../model/claim.js';
import { splitSentences } from '../analyze/sentence-splitter.js';
import { detectStatementDiscrepancies } from '../story/discrepancy-statement-detector.js';

export interface StatementCheckResult {
  events: number;
  articles: number;
  found: { event: string; discrepancy: Discrepancy }[];
}

interface Rec {
  id?: unknown;
  text?: unknown;
  event?: unknown;
  lang?: unknown;
}

function analyzed(id: string, text: string): AnalyzedArticle {
  const article: Article = {
    kind: 'article', id, source: { input: 'eval' }, url: null, outlet: null, title: null, byline: null, publishedAt: null,
    publishedAtSource: null, lang: 'en', dateline: null, credits: [], agencies: [], text, embeds: [], contentHash: '', diagnostics: [],
  };
  return { article, sentences: splitSentences(text), timexes: [], quotes: [], mentions: [], numbers: [] };
}

/** Runs the statement detector on every event cluster (of `lang`, default English) with 2+ articles. */
export function checkStatements(path: string, lang = 'en'): StatementCheckResult {
  let raw: string;
  try {
    raw = readFileSync(path, 'utf8');
  } catch (e) {
    throw new CrosscheckError('CC_EVAL_DATA', `cannot read ${path}`, { cause: e });
  }
  const byEvent = new Map<string, AnalyzedArticle[]>();
  for (const line of raw.split('\n')) {
    if (!line.trim()) continue;
    const r = JSON.parse(line) as Rec;
    if (typeof r.text !== 'string' || typeof r.event !== 'string' || typeof r.id !== 'string') throw new CrosscheckError('CC_EVAL_DATA', `${path}: a line has no id/text/event`);
    if (r.lang !== lang) continue;
    const list = byEvent.get(r.event) ?? [];
    list.push(analyzed(r.id, r.text));
    byEvent.set(r.event, list);
  }
  const found: StatementCheckResult['found'] = [];
  let events = 0;
  let articles = 0;
  for (const [event, items] of byEvent) {
    if (items.length < 2) continue;
    events++;
    articles += items.length;
    for (const d of detectStatementDiscrepancies(items)) found.push({ event, discrepancy: d });
  }
  return { events, articles, found };
}
