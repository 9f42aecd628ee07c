/**
 * Shared passages of two texts: maximal common runs of folded words, at least `minTokens` long
 * (about a sentence), with character offsets in both texts. Seeds are equal word 5-grams
 * (hash lookup), each extended to its maximal run; a run is only started where the previous
 * words differ, so each maximal run is found once. Overlapping runs (text repeated inside one
 * article) are resolved longest first. Linear in the texts' length plus the number of runs.
 */
import type { SharedPassage } from '../model/match.js';
import type { MatchToken } from './match-tokenizer.js';
import { SHINGLE_SIZE } from './shingle-hasher.js';

/** A text with its tokens and shingle hashes (see fingerprint-builder.ts). */
export interface TokenizedText {
  text: string;
  tokens: MatchToken[];
  shingles: Uint32Array;
}

export const DEFAULT_MIN_PASSAGE_TOKENS = 8;

interface Run { i: number; j: number; len: number }

export function findSharedPassages(a: TokenizedText, b: TokenizedText, minTokens = DEFAULT_MIN_PASSAGE_TOKENS): SharedPassage[] {
  const n = SHINGLE_SIZE;
  if (minTokens < n) throw new RangeError(`minTokens must be at least ${n}`);
  const at = a.tokens;
  const bt = b.tokens;
  const where = new Map<number, number[]>();
  for (let j = 0; j < b.shingles.length; j++) {
    const h = b.shingles[j]!;
    const list = where.get(h);
    if (list) list.push(j);
    else where.set(h, [j]);
  }
  const runs: Run[] = [];
  for (let i = 0; i < a.shingles.length; i++) {
    const list = where.get(a.shingles[i]!);
    if (!list) continue;
    for (const j of list) {
      if (i > 0 && j > 0 && at[i - 1]!.norm === bt[j - 1]!.norm) continue; // not a run start
      let len = 0;
      while (i + len < at.length && j + len < bt.length && at[i + len]!.norm === bt[j + len]!.norm) len++;
      if (len >= minTokens) runs.push({ i, j, len });
    }
  }
  runs.sort((x, y) => y.len - x.len || x.i - y.i || x.j - y.j);
  const usedA = new Uint8Array(at.length);
  const usedB = new Uint8Array(bt.length);
  const kept: Run[] = [];
  for (const r of runs) {
    let free = true;
    for (let k = 0; k < r.len && free; k++) if (usedA[r.i + k] || usedB[r.j + k]) free = false;
    if (!free) continue;
    for (let k = 0; k < r.len; k++) { usedA[r.i + k] = 1; usedB[r.j + k] = 1; }
    kept.push(r);
  }
  kept.sort((x, y) => x.i - y.i);
  return kept.map((r) => {
    const aStart = at[r.i]!.start;
    const aEnd = at[r.i + r.len - 1]!.end;
    const bStart = bt[r.j]!.start;
    return { text: a.text.slice(aStart, aEnd), aStart, bStart, length: aEnd - aStart, bLength: bt[r.j + r.len - 1]!.end - bStart };
  });
}

/** Number of tokens of `tokens` inside the given character ranges. */
export function tokensCovered(tokens: readonly MatchToken[], ranges: { start: number; end: number }[]): number {
  let n = 0;
  let r = 0;
  const sorted = [...ranges].sort((x, y) => x.start - y.start);
  for (const t of tokens) {
    while (r < sorted.length && sorted[r]!.end <= t.start) r++;
    const cur = sorted[r];
    if (cur && t.start >= cur.start && t.end <= cur.end) n++;
  }
  return n;
}
