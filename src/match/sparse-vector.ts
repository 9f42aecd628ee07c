/**
 * A story centroid: a sparse vector over interned key ids (key-vocabulary.ts), kept in insertion
 * order (as a Map would be, so sums over it run in the same order as before ids existed) in typed
 * arrays, with an open-addressing index (linear probing, at most half full) from id to slot. An
 * index cell holds the id, its slot and a copy of its value side by side (16 bytes), so that a
 * look-up reads one cache line: centroids are probed a few hundred times per article and, on a
 * stream, mostly miss the CPU caches.
 * Hand-written: a Map<number, number> would do, but its look-ups are the clusterer's hottest
 * operation and this is several times cheaper.
 * Most look-ups miss (an article's keys against a story it does not belong to), so a small filter
 * (two bits per id in one 32-bit word, a 32nd of the index's size) answers most misses without
 * reading the index: the filters of the stories compared stay in the CPU caches, the indexes do not.
 */

export interface SparseVector {
  /** Ids and values in insertion order. */
  ids: Int32Array;
  vals: Float64Array;
  size: number;
  /** Index cells of 16 bytes over one buffer: cf[2 c] = value; ci[4 c + 2] = id;
   *  ci[4 c + 3] = slot + 1 (0: empty cell). */
  cf: Float64Array;
  ci: Int32Array;
  /** 32 - log2(cells), for the multiplicative hash. */
  shift: number;
  /** Filter: an id may be present only when both its bits are set in word
   *  filter[hash2 >>> (shift + 3)] (see mayHold()); cells / 8 words. */
  filter: Int32Array;
}

const HASH = 0x9e3779b1;
/** The filter's hash (another odd multiplier). */
export const FILTER_HASH = 0x85ebca6b;

/** The filter bits of an id's hash2 (= Math.imul(id, FILTER_HASH)) in its word. */
export function filterBits(hash2: number): number {
  return (1 << (hash2 & 31)) | (1 << ((hash2 >>> 5) & 31));
}

/** Whether the id may be in the vector (false: it is not). */
export function mayHold(v: SparseVector, id: number): boolean {
  const g = Math.imul(id, FILTER_HASH);
  const bits = filterBits(g);
  return (v.filter[g >>> (v.shift + 3)]! & bits) === bits;
}

/**
 * Writes to `out` the positions i in [from, to) whose id `ids[i]` the vector's filter does not
 * rule out, and returns how many; touches the index cell each of them starts probing at, so that
 * the look-ups that follow (independent loads) overlap their cache misses (see band-table.ts).
 */
export function screen(v: SparseVector, ids: Int32Array, from: number, to: number, out: Int32Array): number {
  const { ci, shift, filter } = v;
  const fshift = shift + 3;
  let k = 0;
  let t = 0;
  for (let i = from; i < to; i++) {
    const id = ids[i]!;
    const g = Math.imul(id, FILTER_HASH);
    const bits = filterBits(g);
    if ((filter[g >>> fshift]! & bits) !== bits) continue;
    out[k++] = i;
    t += ci[4 * (Math.imul(id, HASH) >>> shift) + 3]!;
  }
  _sink += t;
  return k;
}

/** Where screen()'s touching loads go, so that they are not optimised away. */
let _sink = 0;

function cells(bits: number): { cf: Float64Array; ci: Int32Array; filter: Int32Array } {
  const buffer = new ArrayBuffer(16 << bits);
  return { cf: new Float64Array(buffer), ci: new Int32Array(buffer), filter: new Int32Array(1 << (bits - 3)) };
}

export function emptyVector(capacity = 16): SparseVector {
  let bits = 4;
  while (1 << bits < capacity * 2) bits++;
  return { ids: new Int32Array(capacity), vals: new Float64Array(capacity), size: 0, ...cells(bits), shift: 32 - bits };
}

/** The id's index cell, or -1 when absent. */
export function cellOf(v: SparseVector, id: number): number {
  const ci = v.ci;
  const mask = (ci.length >> 2) - 1;
  for (let h = Math.imul(id, HASH) >>> v.shift; ; h = (h + 1) & mask) {
    if (ci[4 * h + 3] === 0) return -1;
    if (ci[4 * h + 2] === id) return h;
  }
}

/** The id's slot (insertion position), or -1 when absent. */
export function slotOf(v: SparseVector, id: number): number {
  const c = cellOf(v, id);
  return c < 0 ? -1 : v.ci[4 * c + 3]! - 1;
}

/** Sets the value of the id in cell `c`. */
export function setAt(v: SparseVector, c: number, x: number): void {
  v.cf[2 * c] = x;
  v.vals[v.ci[4 * c + 3]! - 1] = x;
}

function place(v: SparseVector, id: number, slot: number, x: number): void {
  const ci = v.ci;
  const mask = (ci.length >> 2) - 1;
  let h = Math.imul(id, HASH) >>> v.shift;
  while (ci[4 * h + 3] !== 0) h = (h + 1) & mask;
  ci[4 * h + 2] = id;
  ci[4 * h + 3] = slot + 1;
  v.cf[2 * h] = x;
  const g = Math.imul(id, FILTER_HASH);
  v.filter[g >>> (v.shift + 3)]! |= filterBits(g);
}

/** Appends an id known to be absent. */
export function appendEntry(v: SparseVector, id: number, val: number): void {
  if (v.size === v.ids.length) {
    const cap = v.ids.length * 2;
    const ids = new Int32Array(cap); ids.set(v.ids); v.ids = ids;
    const vals = new Float64Array(cap); vals.set(v.vals); v.vals = vals;
  }
  if ((v.size + 1) * 8 > v.ci.length) {
    const bits = 32 - v.shift + 1;
    Object.assign(v, cells(bits));
    v.shift = 32 - bits;
    for (let s = 0; s < v.size; s++) place(v, v.ids[s]!, s, v.vals[s]!);
  }
  v.ids[v.size] = id;
  v.vals[v.size] = val;
  place(v, id, v.size, val);
  v.size++;
}

/** A vector of the given entries, in that order. */
export function vectorOf(entries: readonly (readonly [number, number])[]): SparseVector {
  const v = emptyVector(Math.max(16, entries.length));
  for (const [id, x] of entries) appendEntry(v, id, x);
  return v;
}
