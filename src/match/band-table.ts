/**
 * The LSH index's buckets: 32-bit band key -> the slots (small integers) filed under it, in the
 * order they were added. Open addressing with linear probing and backward-shift deletion over
 * typed arrays; a bucket's first entries sit in the table itself, so the common small bucket
 * allocates nothing and is read in one cache line. Hand-written: a Map keyed by 32-bit numbers boxes every key past
 * 2^30, and this table is used 256 times per article on a stream.
 */

export interface BandTable {
  add(key: number, slot: number): void;
  /** Removes the slot's first entry in the key's bucket, if any. */
  remove(key: number, slot: number): void;
  /** Counts a hit in `hits` for every entry of the key's bucket; slots hit for the first time
   *  (count 0 before) are pushed to `touched`. */
  hit(key: number, hits: Int32Array, touched: number[]): void;
  /**
   * Reads the home cells of all the keys, without using them. The table is far larger than the
   * CPU caches, and these loads, independent and branch-free, overlap in the memory system, where
   * the look-ups that follow (each waiting on its own miss before the next) would not.
   */
  prefetch(keys: Uint32Array): number;
  /** hit(key, ...) then add(key, slot), finding the key's cell once. */
  hitThenAdd(key: number, slot: number, hits: Int32Array, touched: number[]): void;
  size(): number;
}

/** Ints per cell: key, entry count (0: empty cell), INLINE first slots, overflow list index. */
const ROW = 8;
const INLINE = 5;

export function createBandTable(): BandTable {
  let bits = 10;
  let cap = 1 << bits;
  /** Cells of ROW ints, so that finding a bucket and reading its first entries touches one cache
   *  line: on a stream this table is far larger than the CPU caches. */
  let cells = new Int32Array(cap * ROW);
  /** Entries past the first INLINE of a bucket (few buckets have them). */
  const overflow: number[][] = [];
  const freeOverflow: number[] = [];
  let count = 0;

  const home = (key: number): number => Math.imul(key, 0x9e3779b1) >>> (32 - bits);

  function find(key: number): number {
    const mask = cap - 1;
    for (let c = home(key); ; c = (c + 1) & mask) {
      if (cells[c * ROW + 1] === 0) return -1;
      if (cells[c * ROW] === key) return c;
    }
  }

  function grow(): void {
    const old = cells;
    const oldCap = cap;
    bits++;
    cap = 1 << bits;
    cells = new Int32Array(cap * ROW);
    const mask = cap - 1;
    for (let o = 0; o < oldCap; o++) {
      if (old[o * ROW + 1] === 0) continue;
      let c = home(old[o * ROW]!);
      while (cells[c * ROW + 1] !== 0) c = (c + 1) & mask;
      cells.set(old.subarray(o * ROW, o * ROW + ROW), c * ROW);
    }
  }

  /** Empties cell `c`, moving later cells of its probe run back so every key stays findable. */
  function deleteCell(c: number): void {
    const mask = cap - 1;
    let hole = c;
    cells[hole * ROW + 1] = 0;
    for (let j = (hole + 1) & mask; cells[j * ROW + 1] !== 0; j = (j + 1) & mask) {
      const h = home(cells[j * ROW]!);
      // Cell j may move to the hole when its home is not cyclically within (hole, j].
      const stays = hole <= j ? hole < h && h <= j : hole < h || h <= j;
      if (stays) continue;
      cells.copyWithin(hole * ROW, j * ROW, j * ROW + ROW);
      cells[j * ROW + 1] = 0;
      hole = j;
    }
    count--;
  }

  /** A new bucket (the key is absent). */
  function insert(key: number, slot: number): void {
    if ((count + 1) * 2 > cap) grow();
    const mask = cap - 1;
    let c = home(key);
    while (cells[c * ROW + 1] !== 0) c = (c + 1) & mask;
    const e = c * ROW;
    cells[e] = key;
    cells[e + 1] = 1;
    cells[e + 2] = slot;
    cells[e + ROW - 1] = -1;
    count++;
  }

  function append(c: number, slot: number): void {
    const e = c * ROW;
    const n = cells[e + 1]!;
    if (n < INLINE) cells[e + 2 + n] = slot;
    else if (n === INLINE) {
      const i = freeOverflow.pop() ?? overflow.length;
      overflow[i] = [slot];
      cells[e + ROW - 1] = i;
    } else overflow[cells[e + ROW - 1]!]!.push(slot);
    cells[e + 1] = n + 1;
  }

  function hitCell(c: number, hits: Int32Array, touched: number[]): void {
    const e = c * ROW;
    const n = cells[e + 1]!;
    for (let k = 0; k < n && k < INLINE; k++) { const s = cells[e + 2 + k]!; if (hits[s]!++ === 0) touched.push(s); }
    if (n <= INLINE) return;
    const m = overflow[cells[e + ROW - 1]!]!;
    for (let k = 0; k < m.length; k++) { const s = m[k]!; if (hits[s]!++ === 0) touched.push(s); }
  }

  return {
    add(key, slot) {
      key |= 0;
      const c = find(key);
      if (c >= 0) append(c, slot);
      else insert(key, slot);
    },
    remove(key, slot) {
      const c = find(key | 0);
      if (c < 0) return;
      const e = c * ROW;
      const n = cells[e + 1]!;
      const m = n > INLINE ? overflow[cells[e + ROW - 1]!]! : undefined;
      let at = -1;
      for (let k = 0; k < n && k < INLINE; k++) if (cells[e + 2 + k] === slot) { at = k; break; }
      if (at < 0) {
        const i = m ? m.indexOf(slot) : -1;
        if (i < 0) return;
        m!.splice(i, 1);
      } else {
        // Close the gap, pulling the first overflow entry in.
        cells.copyWithin(e + 2 + at, e + 3 + at, e + 2 + INLINE);
        if (m) cells[e + 1 + INLINE] = m.shift()!;
      }
      if (m && m.length === 0) { freeOverflow.push(cells[e + ROW - 1]!); overflow[cells[e + ROW - 1]!] = []; cells[e + ROW - 1] = -1; }
      if (n === 1) deleteCell(c);
      else cells[e + 1] = n - 1;
    },
    hit(key, hits, touched) {
      const c = find(key | 0);
      if (c >= 0) hitCell(c, hits, touched);
    },
    hitThenAdd(key, slot, hits, touched) {
      key |= 0;
      const c = find(key);
      if (c < 0) { insert(key, slot); return; }
      hitCell(c, hits, touched);
      append(c, slot);
    },
    prefetch(keys) {
      let t = 0;
      const shift = 32 - bits;
      for (let i = 0; i < keys.length; i++) t += cells[(Math.imul(keys[i]! | 0, 0x9e3779b1) >>> shift) * ROW + 1]!;
      return t;
    },
    size: () => count,
  };
}
