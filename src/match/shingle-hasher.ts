import type { MatchToken } from './match-tokenizer.js';
import { fmix32, fnv1a } from './hash-util.js';

/** Default shingle size: word 5-grams, the unit the syndication rule is stated in. */
export const SHINGLE_SIZE = 5;

/** fnv1a (hash-util.ts) of every token's folded form. */
export function tokenHashes(tokens: readonly MatchToken[]): Uint32Array {
  const th = new Uint32Array(tokens.length);
  for (let i = 0; i < tokens.length; i++) th[i] = fnv1a(tokens[i]!.norm);
  return th;
}

/** Hash of every word n-gram, in token order (entry i covers tokens i..i+n-1). */
export function shingleHashes(tokens: readonly MatchToken[], n = SHINGLE_SIZE): Uint32Array {
  return shinglesOf(tokenHashes(tokens), n);
}

/** shingleHashes() from the tokens' hashes (tokenHashes()). */
export function shinglesOf(th: Uint32Array, n = SHINGLE_SIZE): Uint32Array {
  return shinglesInto(th, new Uint32Array(Math.max(0, th.length - n + 1)), n);
}

/** shinglesOf() into `out` (at least th.length - n + 1 long); returns the filled part of it. */
export function shinglesInto(th: Uint32Array, out: Uint32Array, n = SHINGLE_SIZE): Uint32Array {
  const count = Math.max(0, th.length - n + 1);
  for (let i = 0; i < count; i++) {
    let h = 0;
    for (let k = 0; k < n; k++) h = (Math.imul(h, 0x9e3779b1) + th[i + k]!) | 0;
    out[i] = fmix32(h);
  }
  return out.length === count ? out : out.subarray(0, count);
}

/** Distinct shingle hashes. */
export function shingleSet(hashes: Uint32Array): Set<number> {
  const s = new Set<number>();
  for (let i = 0; i < hashes.length; i++) s.add(hashes[i]!);
  return s;
}

/** Share of `a`'s shingles found in `b` (0 when `a` is empty). */
export function containment(a: Set<number>, b: Set<number>): number {
  if (a.size === 0) return 0;
  let n = 0;
  for (const h of a) if (b.has(h)) n++;
  return n / a.size;
}
