/**
 * Baseline extractive summarizers for evaluation, run on the same sentences as ours:
 * - LexRank (Erkan & Radev 2004): TF-IDF cosine graph, edges above a 0.1 threshold, PageRank
 *   with damping 0.85, top sentences by score;
 * - TextRank (Mihalcea & Tarau 2004): sentence similarity = shared words / (log|a| + log|b|),
 *   weighted PageRank.
 * Both pick sentences in score order until the word budget, with no redundancy removal (as published).
 */
import { contentWords } from '../story/content-words.js';
import { buildSpace, cosine } from '../story/summary-vectors.js';

function pagerank(weights: Float64Array[], damping = 0.85, iterations = 60): number[] {
  const n = weights.length;
  const outSum = weights.map((row) => row.reduce((s, x) => s + x, 0));
  let p = new Array<number>(n).fill(1 / n);
  for (let it = 0; it < iterations; it++) {
    const next = new Array<number>(n).fill((1 - damping) / n);
    for (let i = 0; i < n; i++) {
      if (outSum[i] === 0) {
        for (let j = 0; j < n; j++) next[j]! += (damping * p[i]!) / n;
        continue;
      }
      const row = weights[i]!;
      for (let j = 0; j < n; j++) if (row[j]! > 0) next[j]! += (damping * p[i]! * row[j]!) / outSum[i]!;
    }
    p = next;
  }
  return p;
}

function pick(sentences: string[], scores: number[], wordBudget: number): string[] {
  const order = scores.map((s, i) => [s, i] as const).sort((a, b) => b[0] - a[0]);
  const out: number[] = [];
  let words = 0;
  for (const [, i] of order) {
    if (words >= wordBudget) break;
    out.push(i);
    words += sentences[i]!.split(/\s+/).length;
  }
  return out.map((i) => sentences[i]!);
}

export function lexRank(sentences: string[], wordBudget: number, threshold = 0.1): string[] {
  const space = buildSpace(sentences);
  const n = sentences.length;
  const w = Array.from({ length: n }, () => new Float64Array(n));
  for (let i = 0; i < n; i++) for (let j = i + 1; j < n; j++) {
    if (cosine(space, i, j) > threshold) w[i]![j] = w[j]![i] = 1;
  }
  return pick(sentences, pagerank(w), wordBudget);
}

export function textRank(sentences: string[], wordBudget: number): string[] {
  const sets = sentences.map((s) => new Set(contentWords(s)));
  const n = sentences.length;
  const w = Array.from({ length: n }, () => new Float64Array(n));
  for (let i = 0; i < n; i++) for (let j = i + 1; j < n; j++) {
    const a = sets[i]!;
    const b = sets[j]!;
    if (a.size < 2 || b.size < 2) continue;
    let shared = 0;
    for (const x of a) if (b.has(x)) shared++;
    if (shared > 0) w[i]![j] = w[j]![i] = shared / (Math.log(a.size) + Math.log(b.size));
  }
  return pick(sentences, pagerank(w), wordBudget);
}
