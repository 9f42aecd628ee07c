/**
 * The LSH index's buckets: 32-bit band key -> the slots (small integers) filed under it, in the
 * order they were added. A multimap in one typed array: each entry (key, slot) is a cell of its
 * own, linear probing puts the entries of one key along its probe run in the order they came
 * (a new entry lands on the first empty cell past them), and backward-shift deletion keeps both
 * the runs unbroken and that order. A bucket is thus read in one scan of adjacent cells, nothing
 * is allocated per entry, and the table is 16 bytes per entry. Hand-written: on a stream this
 * table is far larger than the CPU caches and is probed 256 times per article, so its size and
 * the cache lines a probe touches decide the speed of copy detection.
 */

export interface BandTable {
  add(key: number, slot: number): void;
  /** Removes the slot's first entry under the key, if any. */
  remove(key: number, slot: number): void;
  /** Counts a hit in `hits` for every entry under the key; slots hit for the first time
   *  (count 0 before) are pushed to `touched`. */
  hit(key: number, hits: Int32Array, touched: number[]): void;
  /**
   * Reads the home cells of all the keys, without using them. Independent, branch-free loads
   * overlap in the memory system, where the look-ups that follow (each waiting on its own miss
   * before the next) would not.
   */
  prefetch(keys: Uint32Array): number;
  /** hit(key, ...) then add(key, slot), in one scan of the key's run. */
  hitThenAdd(key: number, slot: number, hits: Int32Array, touched: number[]): void;
  /** Entries. */
  size(): number;
}

export function createBandTable(): BandTable {
  let bits = 10;
  let cap = 1 << bits;
  /** Per cell: key, then slot + 1 (0: empty). */
  let cells = new Int32Array(cap * 2);
  let count = 0;
  const none: number[] = [];

  const home = (key: number): number => Math.imul(key, 0x9e3779b1) >>> (32 - bits);

  function grow(): void {
    const old = cells;
    const oldCap = cap;
    bits++;
    cap = 1 << bits;
    cells = new Int32Array(cap * 2);
    const mask = cap - 1;
    // Start past an empty cell, so that each run (a key's entries in order) is read from its
    // beginning, even one that wraps around the end of the array.
    let start = 0;
    while (old[2 * start + 1] !== 0) start++;
    for (let k = 1; k <= oldCap; k++) {
      const o = (start + k) & (oldCap - 1);
      if (old[2 * o + 1] === 0) continue;
      let c = home(old[2 * o]!);
      while (cells[2 * c + 1] !== 0) c = (c + 1) & mask;
      cells[2 * c] = old[2 * o]!;
      cells[2 * c + 1] = old[2 * o + 1]!;
    }
  }

  /** Empties cell `c`, moving later cells of its run back so every entry stays findable. */
  function deleteCell(c: number): void {
    const mask = cap - 1;
    let hole = c;
    cells[2 * hole + 1] = 0;
    for (let j = (hole + 1) & mask; cells[2 * j + 1] !== 0; j = (j + 1) & mask) {
      const h = home(cells[2 * j]!);
      // Cell j may move to the hole when its home is not cyclically within (hole, j].
      const stays = hole <= j ? hole < h && h <= j : hole < h || h <= j;
      if (stays) continue;
      cells[2 * hole] = cells[2 * j]!;
      cells[2 * hole + 1] = cells[2 * j + 1]!;
      cells[2 * j + 1] = 0;
      hole = j;
    }
    count--;
  }

  /** Counts the key's entries; returns the empty cell ending its run. */
  function scan(key: number, hits: Int32Array | null, touched: number[]): number {
    const mask = cap - 1;
    let c = home(key);
    for (let e = cells[2 * c + 1]!; e !== 0; c = (c + 1) & mask, e = cells[2 * c + 1]!) {
      if (hits && cells[2 * c] === key && hits[e - 1]!++ === 0) touched.push(e - 1);
    }
    return c;
  }

  function place(c: number, key: number, slot: number): void {
    cells[2 * c] = key;
    cells[2 * c + 1] = slot + 1;
    count++;
  }

  return {
    add(key, slot) {
      if ((count + 1) * 2 > cap) grow();
      place(scan(key | 0, null, none), key | 0, slot);
    },
    remove(key, slot) {
      key |= 0;
      const mask = cap - 1;
      for (let c = home(key); cells[2 * c + 1] !== 0; c = (c + 1) & mask) {
        if (cells[2 * c] === key && cells[2 * c + 1] === slot + 1) { deleteCell(c); return; }
      }
    },
    hit(key, hits, touched) {
      scan(key | 0, hits, touched);
    },
    hitThenAdd(key, slot, hits, touched) {
      if ((count + 1) * 2 > cap) grow();
      place(scan(key | 0, hits, touched), key | 0, slot);
    },
    prefetch(keys) {
      let t = 0;
      const shift = 32 - bits;
      for (let i = 0; i < keys.length; i++) t += cells[2 * (Math.imul(keys[i]! | 0, 0x9e3779b1) >>> shift) + 1]!;
      return t;
    },
    size: () => count,
  };
}
