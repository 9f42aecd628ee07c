/**
 * Summary evaluation on LEval news_summ (12 Multi-News clusters; `input` = the sources
 * concatenated with no separator, `outputs[0]` = the reference). The input is one pseudo-article
 * (sources cannot be told apart, so the agreement bias is inert). Every system gets a word budget
 * equal to the reference length and its output is cut to that budget. Scores are ROUGE F1 means.
 * `crosscheck` keeps quoting sentences in its pool; `crosscheck-noquotes` is the report's setting.
 */
import { readFileSync } from 'node:fs';
import { CrosscheckError } from '../errors.js';
import type { AnalyzedArticle } from '../model/analyzed.js';
import type { Article } from '../model/article.js';
import { splitSentences } from '../analyze/sentence-splitter.js';
import { createSummarizer } from '../story/summary-builder.js';
import { lexRank, textRank } from './summary-baselines.js';
import { rouge, type RougeScores } from './summary-rouge.js';

export interface SummaryEvalCase {
  input: string;
  reference: string;
}

export interface SystemScores {
  system: string;
  rouge1: number;
  rouge2: number;
  rougeL: number;
  perCase: RougeScores[];
}

export function readNewsSumm(path: string): SummaryEvalCase[] {
  let raw: string;
  try {
    raw = readFileSync(path, 'utf8');
  } catch (e) {
    throw new CrosscheckError('CC_EVAL_DATA', `cannot read ${path}`, { cause: e });
  }
  const out: SummaryEvalCase[] = [];
  for (const line of raw.split('\n')) {
    if (!line.trim()) continue;
    const rec = JSON.parse(line) as { input?: unknown; outputs?: unknown };
    const ref = Array.isArray(rec.outputs) ? rec.outputs[0] : undefined;
    if (typeof rec.input !== 'string' || typeof ref !== 'string') throw new CrosscheckError('CC_EVAL_DATA', `${path}: a line has no input/outputs`);
    out.push({ input: rec.input, reference: ref.replace(/^\s*[–-]\s*/, '') });
  }
  return out;
}

function pseudoArticle(text: string, i: number): AnalyzedArticle {
  const article: Article = {
    kind: 'article', id: `case-${i}`, source: { input: 'eval' }, url: null, outlet: null, title: null, byline: null, publishedAt: null,
    publishedAtSource: null, lang: 'en', dateline: null, credits: [], agencies: [], text, embeds: [], contentHash: '', diagnostics: [],
  };
  return { article, sentences: splitSentences(text), timexes: [], quotes: [], mentions: [], numbers: [] };
}

function cut(sentences: string[], budget: number): string {
  return sentences.join(' ').split(/\s+/).slice(0, budget).join(' ');
}

type System = (item: AnalyzedArticle, budget: number) => string[];

export const SYSTEMS: Record<string, System> = {
  // Quoting sentences kept: news summaries (the references) quote the people in the story.
  crosscheck: (item, budget) => createSummarizer({ wordBudget: budget, topK: 400, quotes: true })([item]).summary.map((s) => s.text),
  // The report's own setting (quotes left to the quotes section).
  'crosscheck-noquotes': (item, budget) => createSummarizer({ wordBudget: budget, topK: 400 })([item]).summary.map((s) => s.text),
  lexrank: (item, budget) => lexRank(item.sentences.map((s) => s.text), budget),
  textrank: (item, budget) => textRank(item.sentences.map((s) => s.text), budget),
  lead: (item) => item.sentences.map((s) => s.text).slice(0, 60),
};

export function evaluateSummaries(cases: SummaryEvalCase[], systems: string[] = Object.keys(SYSTEMS)): SystemScores[] {
  const items = cases.map((c, i) => pseudoArticle(c.input, i));
  return systems.map((name) => {
    const sys = SYSTEMS[name];
    if (!sys) throw new CrosscheckError('CC_BAD_OPTION', `unknown system ${name}`);
    const perCase = cases.map((c, i) => {
      const budget = c.reference.split(/\s+/).filter(Boolean).length;
      return rouge(cut(sys(items[i]!, budget), budget), c.reference);
    });
    const mean = (k: keyof RougeScores) => perCase.reduce((s, x) => s + x[k].f1, 0) / Math.max(1, perCase.length);
    return { system: name, rouge1: mean('rouge1'), rouge2: mean('rouge2'), rougeL: mean('rougeL'), perCase };
  });
}
