/**
 * The story clusterer's posting lists: for each key id, the slots of the stories indexed under it,
 * oldest first, at most `max` of them. All lists live in one Int32Array pool, in blocks of a power
 * of two entries (freed blocks are reused by size), with each key's block start and length in
 * another typed array: candidate retrieval reads a few dozen lists per article, and a list is
 * then two cache misses (its record, its block) where an array of arrays cost three (the outer
 * array's cell, the list object, its elements). Hand-written for that reason.
 */

export interface PostingLists {
  /** Appends a slot to a key's list unless it is the last entry already (then returns false);
   *  drops the oldest past `max`. */
  post(key: number, slot: number): boolean;
  /** Removes every entry of a slot from a key's list. */
  remove(key: number, slot: number): void;
  /** Sets a key's list (restoring state). */
  set(key: number, slots: readonly number[]): void;
  clear(key: number): void;
  /** A key's list as (start in pool(), length): read with pool() right after, before any change. */
  start(key: number): number;
  length(key: number): number;
  pool(): Int32Array;
  /** Per key k: meta()[3 k] = start, meta()[3 k + 1] = length (keys past its end: empty). Read
   *  right after, before any change (for loops that inline start() and length()). */
  meta(): Int32Array;
  /** Keys with a non-empty list, in increasing order. */
  keys(): number[];
}

export function createPostingLists(max: number): PostingLists {
  /** Per key: block start, length, log2 of the block's capacity. */
  let meta = new Int32Array(3 * 1024);
  let pool = new Int32Array(4096);
  let top = 0;
  /** Free blocks by log2 of their capacity. */
  const free: number[][] = [];

  function ensureKey(key: number): void {
    if (3 * key + 3 <= meta.length) return;
    let size = meta.length;
    while (size < 3 * key + 3) size *= 2;
    const m = new Int32Array(size); m.set(meta); meta = m;
  }

  function alloc(bits: number): number {
    const list = free[bits];
    if (list && list.length > 0) return list.pop()!;
    const start = top;
    top += 1 << bits;
    if (top > pool.length) {
      let size = pool.length;
      while (size < top) size *= 2;
      const p = new Int32Array(size); p.set(pool); pool = p;
    }
    return start;
  }

  function release(key: number): void {
    const bits = meta[3 * key + 2]!;
    (free[bits] ??= []).push(meta[3 * key]!);
    meta[3 * key + 1] = 0;
  }

  /** Moves a key's list to a block of twice the room. */
  function widen(key: number): void {
    const bits = meta[3 * key + 2]! + 1;
    const start = alloc(bits);
    const old = meta[3 * key]!;
    const len = meta[3 * key + 1]!;
    pool.copyWithin(start, old, old + len);
    release(key);
    meta[3 * key] = start;
    meta[3 * key + 1] = len;
    meta[3 * key + 2] = bits;
  }

  function create(key: number, room: number): void {
    let bits = 1;
    while (1 << bits < room) bits++;
    meta[3 * key] = alloc(bits);
    meta[3 * key + 2] = bits;
  }

  return {
    post(key, slot) {
      ensureKey(key);
      let len = meta[3 * key + 1]!;
      if (len === 0) create(key, 2);
      let start = meta[3 * key]!;
      if (len > 0 && pool[start + len - 1] === slot) return false;
      if (len === max) { pool.copyWithin(start, start + 1, start + len); len--; }
      else if (len === 1 << meta[3 * key + 2]!) { widen(key); start = meta[3 * key]!; }
      pool[start + len] = slot;
      meta[3 * key + 1] = len + 1;
      return true;
    },
    remove(key, slot) {
      if (3 * key + 3 > meta.length) return;
      const len = meta[3 * key + 1]!;
      if (len === 0) return;
      const start = meta[3 * key]!;
      let kept = 0;
      for (let i = 0; i < len; i++) { const x = pool[start + i]!; if (x !== slot) pool[start + kept++] = x; }
      if (kept === 0) release(key);
      else meta[3 * key + 1] = kept;
    },
    set(key, slots) {
      ensureKey(key);
      if (meta[3 * key + 1]! > 0) release(key);
      if (slots.length === 0) return;
      create(key, slots.length);
      pool.set(slots, meta[3 * key]!);
      meta[3 * key + 1] = slots.length;
    },
    clear(key) {
      if (3 * key + 3 <= meta.length && meta[3 * key + 1]! > 0) release(key);
    },
    start: (key) => (3 * key + 3 <= meta.length ? meta[3 * key]! : 0),
    length: (key) => (3 * key + 3 <= meta.length ? meta[3 * key + 1]! : 0),
    pool: () => pool,
    meta: () => meta,
    keys() {
      const out: number[] = [];
      for (let k = 0; 3 * k + 3 <= meta.length; k++) if (meta[3 * k + 1]! > 0) out.push(k);
      return out;
    },
  };
}

/**
 * The keys a story is indexed under: a set of key ids in insertion order (list[0..size)), with an
 * open-addressing index (cells hold id + 1; 0: empty; at most half full). Hand-written: a
 * Set<number> did the same, but post() asks it about each of an article's indexing keys and its
 * look-ups cost several times more.
 */
export interface IdSet {
  list: Int32Array;
  size: number;
  cells: Int32Array;
  shift: number;
}

export function emptyIdSet(): IdSet {
  return { list: new Int32Array(8), size: 0, cells: new Int32Array(16), shift: 28 };
}

export function idSetHas(s: IdSet, id: number): boolean {
  const cells = s.cells;
  const mask = cells.length - 1;
  for (let h = Math.imul(id, 0x9e3779b1) >>> s.shift; ; h = (h + 1) & mask) {
    const c = cells[h]!;
    if (c === 0) return false;
    if (c === id + 1) return true;
  }
}

/** Adds an id; false when it was there. */
export function idSetAdd(s: IdSet, id: number): boolean {
  if (idSetHas(s, id)) return false;
  if (s.size === s.list.length) { const l = new Int32Array(2 * s.size); l.set(s.list); s.list = l; }
  s.list[s.size++] = id;
  if (2 * s.size > s.cells.length) {
    s.cells = new Int32Array(2 * s.cells.length);
    s.shift--;
    for (let i = 0; i < s.size; i++) placeId(s, s.list[i]!);
  } else placeId(s, id);
  return true;
}

function placeId(s: IdSet, id: number): void {
  const cells = s.cells;
  const mask = cells.length - 1;
  let h = Math.imul(id, 0x9e3779b1) >>> s.shift;
  while (cells[h] !== 0) h = (h + 1) & mask;
  cells[h] = id + 1;
}

export function idSetClear(s: IdSet): void {
  s.list = new Int32Array(8);
  s.size = 0;
  s.cells = new Int32Array(16);
  s.shift = 28;
}
