/** Similarity of an article (or story) to a story: IDF-weighted cosine and time proximity. */
import type { DfTable } from './df-table.js';

export interface TimeSpan {
  /** Known publication days of the members, as a range; null when no member is dated. */
  minDay: number | null;
  maxDay: number | null;
}

/** Squared IDF-weighted norm of a sparse vector. */
export function weightedNorm(v: Map<string, number>, df: DfTable): number {
  let s = 0;
  for (const [k, x] of v) {
    const w = x * df.idf(k);
    s += w * w;
  }
  return Math.sqrt(s);
}

/** IDF-weighted dot product, iterating the smaller vector. */
export function weightedDot(a: Map<string, number>, b: Map<string, number>, df: DfTable): number {
  const [small, big] = a.size <= b.size ? [a, b] : [b, a];
  let s = 0;
  for (const [k, x] of small) {
    const y = big.get(k);
    if (y === undefined) continue;
    const idf = df.idf(k);
    s += x * y * idf * idf;
  }
  return s;
}

/** Days between a date (with tolerance) and a story's span; 0 inside it, null when either is unknown. */
export function dayDistance(day: number | null, tolerance: number, span: TimeSpan): number | null {
  if (day === null || span.minDay === null || span.maxDay === null) return null;
  const d = day < span.minDay ? span.minDay - day : day > span.maxDay ? day - span.maxDay : 0;
  return Math.max(0, d - tolerance);
}

/**
 * Multiplier for time proximity: 1 within `graceDays` (same day, next-day tallies and reactions),
 * then halving every `halfLifeDays`. Unknown dates are neutral (1).
 */
export function timeFactor(distance: number | null, graceDays: number, halfLifeDays: number): number {
  if (distance === null || distance <= graceDays) return 1;
  return Math.pow(0.5, (distance - graceDays) / halfLifeDays);
}
