/**
 * TF-IDF sentence vectors over a pool of sentences (IDF from the pool itself, smoothed),
 * cosine similarity and a centroid. Shared by the summarizer and the LexRank/TextRank baselines.
 */
import { contentWords } from './content-words.js';

export type Vec = Map<string, number>;

export interface VectorSpace {
  idf: Map<string, number>;
  vectors: Vec[];
  norms: number[];
  words: string[][];
}

export function buildSpace(texts: string[]): VectorSpace {
  const words = texts.map((t) => contentWords(t));
  const df = new Map<string, number>();
  for (const ws of words) for (const w of new Set(ws)) df.set(w, (df.get(w) ?? 0) + 1);
  const n = texts.length;
  const idf = new Map<string, number>();
  for (const [w, d] of df) idf.set(w, Math.log((n + 1) / (d + 0.5)));
  const vectors: Vec[] = [];
  const norms: number[] = [];
  for (const ws of words) {
    const v: Vec = new Map();
    for (const w of ws) v.set(w, (v.get(w) ?? 0) + (idf.get(w) ?? 0));
    let s = 0;
    for (const x of v.values()) s += x * x;
    vectors.push(v);
    norms.push(Math.sqrt(s));
  }
  return { idf, vectors, norms, words };
}

export function dot(a: Vec, b: Vec): number {
  const [small, big] = a.size <= b.size ? [a, b] : [b, a];
  let s = 0;
  for (const [k, x] of small) {
    const y = big.get(k);
    if (y !== undefined) s += x * y;
  }
  return s;
}

export function cosine(space: VectorSpace, i: number, j: number): number {
  const d = space.norms[i]! * space.norms[j]!;
  return d === 0 ? 0 : dot(space.vectors[i]!, space.vectors[j]!) / d;
}

/** Mean of the (unit-normalised) vectors. */
export function centroid(space: VectorSpace, weights?: number[]): Vec {
  const c: Vec = new Map();
  space.vectors.forEach((v, i) => {
    const n = space.norms[i]!;
    if (n === 0) return;
    const w = (weights?.[i] ?? 1) / n;
    for (const [k, x] of v) c.set(k, (c.get(k) ?? 0) + x * w);
  });
  return c;
}

export function cosineTo(space: VectorSpace, i: number, c: Vec, cNorm: number): number {
  const d = space.norms[i]! * cNorm;
  return d === 0 ? 0 : dot(space.vectors[i]!, c) / d;
}

export function norm(v: Vec): number {
  let s = 0;
  for (const x of v.values()) s += x * x;
  return Math.sqrt(s);
}
