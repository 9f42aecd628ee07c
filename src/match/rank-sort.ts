/**
 * Sorts an article's key indexes by decreasing score, ties by key (string order), for the story
 * clusterer. Hand-written (insertion-sorted runs merged bottom-up) because Array.prototype.sort
 * calls a comparator closure per comparison, and this sort runs on every article's few hundred
 * keys. Ties are frequent (equal counts and document frequencies), so keys are compared through
 * numbers packing their first nine UTF-16 units (packUnits), the strings only past that.
 */

/**
 * Three UTF-16 units of `s` from `at` as one number that orders like the strings do: each unit + 1
 * in 17 bits (0 past the end, so a prefix sorts first); at most 2^51, exact in a double.
 */
export function packUnits(s: string, at: number): number {
  let v = 0;
  for (let i = at; i < at + 3; i++) v = v * 0x20000 + (i < s.length ? s.charCodeAt(i) + 1 : 0);
  return v;
}

export interface RankSortInput {
  score: Float64Array;
  p1: Float64Array;
  p2: Float64Array;
  /** Optional: without it, keys equal in their first six units are compared as strings (the same order). */
  p3?: Float64Array;
  keys: readonly string[];
}

/** Whether index a goes before index b, given equal scores (ties: by key). */
function tieBefore(a: number, b: number, t: RankSortInput): boolean {
  if (t.p1[a] !== t.p1[b]) return t.p1[a]! < t.p1[b]!;
  if (t.p2[a] !== t.p2[b]) return t.p2[a]! < t.p2[b]!;
  if (t.p3 !== undefined && t.p3[a] !== t.p3[b]) return t.p3[a]! < t.p3[b]!;
  return t.keys[a]! < t.keys[b]!;
}

const RUN = 16;

/**
 * Sorts order[0..n) in place; `tmp` has room for n. Keys must be distinct (a total order, so any
 * correct sort gives the same permutation). Scores are compared inline and held in locals while
 * an element stays in place: most comparisons end there, and this sort is mostly branches.
 */
export function rankSort(order: Int32Array, tmp: Int32Array, n: number, t: RankSortInput): void {
  const score = t.score;
  for (let lo = 0; lo < n; lo += RUN) {
    const hi = Math.min(n, lo + RUN);
    for (let i = lo + 1; i < hi; i++) {
      const x = order[i]!;
      const sx = score[x]!;
      let j = i - 1;
      while (j >= lo) {
        const y = order[j]!;
        const sy = score[y]!;
        if (sx > sy || (sx === sy && tieBefore(x, y, t))) { order[j + 1] = y; j--; } else break;
      }
      order[j + 1] = x;
    }
  }
  let src = order;
  let dst = tmp;
  for (let width = RUN; width < n; width *= 2) {
    for (let lo = 0; lo < n; lo += 2 * width) {
      const mid = Math.min(n, lo + width);
      const hi = Math.min(n, lo + 2 * width);
      let i = lo;
      let j = mid;
      let k = lo;
      if (i < mid && j < hi) {
        let a = src[i]!;
        let b = src[j]!;
        let sa = score[a]!;
        let sb = score[b]!;
        for (;;) {
          if (sb > sa || (sb === sa && tieBefore(b, a, t))) {
            dst[k++] = b;
            if (++j === hi) break;
            b = src[j]!; sb = score[b]!;
          } else {
            dst[k++] = a;
            if (++i === mid) break;
            a = src[i]!; sa = score[a]!;
          }
        }
      }
      while (i < mid) dst[k++] = src[i++]!;
      while (j < hi) dst[k++] = src[j++]!;
    }
    [src, dst] = [dst, src];
  }
  if (src !== order) order.set(src.subarray(0, n));
}

/**
 * The value at index k (0-based) of a[0..n) sorted in decreasing order, by selection (Hoare
 * partitions around a median of three); reorders a[0..n).
 */
export function kthLargest(a: Float64Array, n: number, k: number): number {
  let lo = 0;
  let hi = n - 1;
  while (lo < hi) {
    const x = a[lo]!;
    const y = a[(lo + hi) >>> 1]!;
    const z = a[hi]!;
    const pivot = x > y ? (y > z ? y : x > z ? z : x) : x > z ? x : y > z ? z : y;
    let i = lo;
    let j = hi;
    while (i <= j) {
      while (a[i]! > pivot) i++;
      while (a[j]! < pivot) j--;
      if (i <= j) { const v = a[i]!; a[i] = a[j]!; a[j] = v; i++; j--; }
    }
    if (k <= j) hi = j;
    else if (k >= i) lo = i;
    else return a[k]!;
  }
  return a[k]!;
}
