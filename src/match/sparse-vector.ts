/**
 * A story centroid: a sparse vector over interned key ids (key-vocabulary.ts), kept in insertion
 * order (as a Map would be, so sums over it run in the same order as before ids existed) in typed
 * arrays, with an open-addressing index (linear probing, at most half full) from id to slot whose
 * cells hold the id and its slot side by side, so a probe reads one cache line.
 * Hand-written: a Map<number, number> would do, but its look-ups are the clusterer's hottest
 * operation and this is several times cheaper.
 */

export interface SparseVector {
  ids: Int32Array;
  vals: Float64Array;
  size: number;
  /** Cells of two: id, then slot + 1 (0: empty cell). */
  index: Int32Array;
  /** 32 - log2(cells), for the multiplicative hash. */
  shift: number;
}

const HASH = 0x9e3779b1;

export function emptyVector(capacity = 16): SparseVector {
  let bits = 4;
  while (1 << bits < capacity * 2) bits++;
  return { ids: new Int32Array(capacity), vals: new Float64Array(capacity), size: 0, index: new Int32Array(2 << bits), shift: 32 - bits };
}

/** The id's slot, or -1 when absent. */
export function slotOf(v: SparseVector, id: number): number {
  const index = v.index;
  const mask = (index.length >> 1) - 1;
  let h = Math.imul(id, HASH) >>> v.shift;
  for (;;) {
    const e = index[2 * h + 1]!;
    if (e === 0) return -1;
    if (index[2 * h] === id) return e - 1;
    h = (h + 1) & mask;
  }
}

function place(index: Int32Array, shift: number, id: number, slot: number): void {
  const mask = (index.length >> 1) - 1;
  let h = Math.imul(id, HASH) >>> shift;
  while (index[2 * h + 1] !== 0) h = (h + 1) & mask;
  index[2 * h] = id;
  index[2 * h + 1] = slot + 1;
}

/** Appends an id known to be absent. */
export function appendEntry(v: SparseVector, id: number, val: number): void {
  if (v.size === v.ids.length) {
    const cap = v.ids.length * 2;
    const ids = new Int32Array(cap); ids.set(v.ids); v.ids = ids;
    const vals = new Float64Array(cap); vals.set(v.vals); v.vals = vals;
  }
  if ((v.size + 1) * 4 > v.index.length) {
    v.index = new Int32Array(v.index.length * 2);
    v.shift--;
    for (let s = 0; s < v.size; s++) place(v.index, v.shift, v.ids[s]!, s);
  }
  v.ids[v.size] = id;
  v.vals[v.size] = val;
  place(v.index, v.shift, id, v.size);
  v.size++;
}

/** A vector of the given entries, in that order. */
export function vectorOf(entries: readonly (readonly [number, number])[]): SparseVector {
  const v = emptyVector(Math.max(16, entries.length));
  for (const [id, x] of entries) appendEntry(v, id, x);
  return v;
}
