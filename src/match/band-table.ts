/**
 * The LSH index's buckets: 32-bit band key -> the slots (small integers) filed under it, in the
 * order they were added. Open addressing with linear probing and backward-shift deletion over
 * typed arrays; the first slot of a bucket sits in the table itself, so the common one-entry
 * bucket allocates nothing. Hand-written: a Map keyed by 32-bit numbers boxes every key past
 * 2^30, and this table is used 256 times per article on a stream.
 */

export interface BandTable {
  add(key: number, slot: number): void;
  /** Removes the slot's first entry in the key's bucket, if any. */
  remove(key: number, slot: number): void;
  /** Counts a hit in `hits` for every entry of the key's bucket; slots hit for the first time
   *  (count 0 before) are pushed to `touched`. */
  hit(key: number, hits: Int32Array, touched: number[]): void;
  /** hit(key, ...) then add(key, slot), finding the key's cell once. */
  hitThenAdd(key: number, slot: number, hits: Int32Array, touched: number[]): void;
  size(): number;
}

/** Set in a cell's first slot when the bucket has further slots (`more`). */
const MORE = 0x40000000;

export function createBandTable(): BandTable {
  let bits = 10;
  let cap = 1 << bits;
  /** Per cell: key, then first slot (-1: empty cell; MORE flag: see `more`). Interleaved so that
   *  a probe reads one cache line: on a stream this table is larger than the CPU caches. */
  let cells = new Int32Array(cap * 2).fill(-1);
  /** The bucket's further slots, by cell. */
  let more: (number[] | undefined)[] = new Array<number[] | undefined>(cap).fill(undefined);
  let count = 0;

  const home = (key: number): number => Math.imul(key, 0x9e3779b1) >>> (32 - bits);

  function find(key: number): number {
    const mask = cap - 1;
    for (let c = home(key); ; c = (c + 1) & mask) {
      if (cells[2 * c + 1] === -1) return -1;
      if (cells[2 * c] === key) return c;
    }
  }

  function grow(): void {
    const [oldCells, oldMore, oldCap] = [cells, more, cap];
    bits++;
    cap = 1 << bits;
    cells = new Int32Array(cap * 2).fill(-1);
    more = new Array<number[] | undefined>(cap).fill(undefined);
    const mask = cap - 1;
    for (let o = 0; o < oldCap; o++) {
      if (oldCells[2 * o + 1] === -1) continue;
      let c = home(oldCells[2 * o]!);
      while (cells[2 * c + 1] !== -1) c = (c + 1) & mask;
      cells[2 * c] = oldCells[2 * o]!;
      cells[2 * c + 1] = oldCells[2 * o + 1]!;
      more[c] = oldMore[o];
    }
  }

  /** Empties cell `c`, moving later cells of its probe run back so every key stays findable. */
  function deleteCell(c: number): void {
    const mask = cap - 1;
    let hole = c;
    cells[2 * hole + 1] = -1;
    more[hole] = undefined;
    for (let j = (hole + 1) & mask; cells[2 * j + 1] !== -1; j = (j + 1) & mask) {
      const h = home(cells[2 * j]!);
      // Cell j may move to the hole when its home is not cyclically within (hole, j].
      const stays = hole <= j ? hole < h && h <= j : hole < h || h <= j;
      if (stays) continue;
      cells[2 * hole] = cells[2 * j]!;
      cells[2 * hole + 1] = cells[2 * j + 1]!;
      more[hole] = more[j];
      cells[2 * j + 1] = -1;
      more[j] = undefined;
      hole = j;
    }
    count--;
  }

  /** A new bucket (the key is absent). */
  function insert(key: number, slot: number): void {
    if ((count + 1) * 2 > cap) grow();
    const mask = cap - 1;
    let e = home(key);
    while (cells[2 * e + 1] !== -1) e = (e + 1) & mask;
    cells[2 * e] = key;
    cells[2 * e + 1] = slot;
    count++;
  }

  function hitCell(c: number, hits: Int32Array, touched: number[]): void {
    const head = cells[2 * c + 1]!;
    const s = head & ~MORE;
    if (hits[s]!++ === 0) touched.push(s);
    if ((head & MORE) === 0) return;
    const m = more[c]!;
    for (let i = 0; i < m.length; i++) { const t = m[i]!; if (hits[t]!++ === 0) touched.push(t); }
  }

  return {
    add(key, slot) {
      key |= 0;
      const c = find(key);
      if (c >= 0) {
        const m = more[c];
        if (m) m.push(slot);
        else { more[c] = [slot]; cells[2 * c + 1]! |= MORE; }
        return;
      }
      insert(key, slot);
    },
    remove(key, slot) {
      const c = find(key | 0);
      if (c < 0) return;
      const head = cells[2 * c + 1]!;
      const m = head & MORE ? more[c]! : undefined;
      if ((head & ~MORE) === slot) {
        if (!m) { deleteCell(c); return; }
        const next = m.shift()!;
        if (m.length === 0) { more[c] = undefined; cells[2 * c + 1] = next; }
        else cells[2 * c + 1] = next | MORE;
        return;
      }
      if (!m) return;
      const i = m.indexOf(slot);
      if (i >= 0) m.splice(i, 1);
      if (m.length === 0) { more[c] = undefined; cells[2 * c + 1] = head & ~MORE; }
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
      const m = more[c];
      if (m) m.push(slot);
      else { more[c] = [slot]; cells[2 * c + 1]! |= MORE; }
    },
    size: () => count,
  };
}
