/**
 * ROUGE-1, ROUGE-2 and ROUGE-L F1, implemented here following Google's rouge-score package
 * (the reference Python implementation): lower-case, every non [a-z0-9] character becomes a
 * space, Porter stemming (the `stemmer` package) of tokens longer than 3 characters, n-gram
 * overlap counts clipped by reference counts; ROUGE-L from the longest common subsequence of
 * the whole token sequences ("rougeL", not the newline-split "rougeLsum"). No npm package does
 * this for Node without a Python or Perl runtime.
 */
import { stemmer } from 'stemmer';

export interface RougeScore {
  precision: number;
  recall: number;
  f1: number;
}

export interface RougeScores {
  rouge1: RougeScore;
  rouge2: RougeScore;
  rougeL: RougeScore;
}

export function rougeTokens(text: string): string[] {
  return text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .split(' ')
    .filter(Boolean)
    .map((t) => (t.length > 3 ? stemmer(t) : t));
}

function score(overlap: number, candidate: number, reference: number): RougeScore {
  const precision = candidate === 0 ? 0 : overlap / candidate;
  const recall = reference === 0 ? 0 : overlap / reference;
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { precision, recall, f1 };
}

function ngrams(tokens: string[], n: number): Map<string, number> {
  const m = new Map<string, number>();
  for (let i = 0; i + n <= tokens.length; i++) {
    const g = tokens.slice(i, i + n).join(' ');
    m.set(g, (m.get(g) ?? 0) + 1);
  }
  return m;
}

export function rougeN(cand: string[], ref: string[], n: number): RougeScore {
  const c = ngrams(cand, n);
  const r = ngrams(ref, n);
  let overlap = 0;
  for (const [g, k] of c) overlap += Math.min(k, r.get(g) ?? 0);
  return score(overlap, Math.max(0, cand.length - n + 1), Math.max(0, ref.length - n + 1));
}

export function lcsLength(a: string[], b: string[]): number {
  let prev = new Array<number>(b.length + 1).fill(0);
  let cur = new Array<number>(b.length + 1).fill(0);
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) cur[j] = a[i - 1] === b[j - 1] ? prev[j - 1]! + 1 : Math.max(prev[j]!, cur[j - 1]!);
    [prev, cur] = [cur, prev];
  }
  return prev[b.length]!;
}

export function rouge(candidate: string, reference: string): RougeScores {
  const c = rougeTokens(candidate);
  const r = rougeTokens(reference);
  return { rouge1: rougeN(c, r, 1), rouge2: rougeN(c, r, 2), rougeL: score(lcsLength(c, r), c.length, r.length) };
}
