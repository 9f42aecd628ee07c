/**
 * String -> id table for the key vocabulary (key-vocabulary.ts). Each cell holds the key's hash,
 * its id, its length and its first ten UTF-16 units, in one 32-byte row: most feature keys are
 * that short, so a look-up reads one cache line, where a Map<string, number> reads three or four
 * (bucket, entry, the stored string). On a stream the vocabulary is far larger than the CPU
 * caches and every article looks up a few hundred keys, so this decides the clusterer's speed.
 * Open addressing, linear probing, backward-shift deletion. Hand-written for that reason.
 */

const ROW = 8;
const PACKED = 10;

export interface KeyTable {
  /** The key's id, or -1. */
  get(key: string): number;
  /** get() of keys[0..n) into out[0..n): all keys are hashed and their rows touched first, so
   *  that the rows' cache misses overlap instead of following one another. */
  getMany(keys: readonly string[], n: number, out: Int32Array): void;
  /** Adds a key known to be absent. */
  set(key: string, id: number): void;
  delete(key: string): void;
  size(): number;
}

/** `keyOf(id)`: the key stored under an id, to compare keys longer than the packed prefix. */
export function createKeyTable(keyOf: (id: number) => string): KeyTable {
  let bits = 12;
  let cap = 1 << bits;
  /** Per row: hash, id (-1: empty), length, then pairs of units. */
  let rows = emptyRows(cap);
  let count = 0;
  const pack = new Int32Array(PACKED / 2);
  let hash = 0;
  let hashes = new Int32Array(256);
  let packs = new Int32Array(256 * (PACKED / 2));
  let _sink = 0;

  function emptyRows(n: number): Int32Array {
    const r = new Int32Array(n * ROW);
    for (let i = 0; i < n; i++) r[i * ROW + 1] = -1;
    return r;
  }

  /** FNV-1a of the key's units into `hash`, its first units into `pack`. */
  function digest(key: string): void {
    hash = digestInto(key, pack, 0);
  }

  /** Writes the key's first units into pk[at..at + PACKED / 2) and returns its FNV-1a hash. */
  function digestInto(key: string, pk: Int32Array, at: number): number {
    let h = 0x811c9dc5;
    const len = key.length;
    const head = len < PACKED ? len : PACKED;
    let i = 0;
    for (; i + 1 < head; i += 2) {
      const a = key.charCodeAt(i);
      const b = key.charCodeAt(i + 1);
      h = Math.imul(Math.imul(h ^ a, 0x01000193) ^ b, 0x01000193);
      pk[at + (i >> 1)] = a | (b << 16);
    }
    if (i < head) { const a = key.charCodeAt(i); h = Math.imul(h ^ a, 0x01000193); pk[at + (i >> 1)] = a; i += 2; }
    for (let w = i >> 1; w < PACKED / 2; w++) pk[at + w] = 0;
    for (let j = head; j < len; j++) h = Math.imul(h ^ key.charCodeAt(j), 0x01000193);
    return h | 0;
  }

  const home = (h: number): number => Math.imul(h, 0x9e3779b1) >>> (32 - bits);

  /** The row of the key digested last, or -1. */
  function findRow(key: string): number {
    return findWith(key, hash, pack, 0);
  }

  /** The row of a key with the given hash and packed units (at `at` in `pk`), or -1. */
  function findWith(key: string, h: number, pk: Int32Array, at: number): number {
    const mask = cap - 1;
    const len = key.length;
    for (let c = home(h); ; c = (c + 1) & mask) {
      const e = c * ROW;
      const id = rows[e + 1]!;
      if (id === -1) return -1;
      if (rows[e] === h && rows[e + 2] === len && rows[e + 3] === pk[at] && rows[e + 4] === pk[at + 1]
        && rows[e + 5] === pk[at + 2] && rows[e + 6] === pk[at + 3] && rows[e + 7] === pk[at + 4] && (len <= PACKED || keyOf(id) === key)) return c;
    }
  }

  function place(r: Int32Array, from: Int32Array, src: number): void {
    const mask = cap - 1;
    let c = home(from[src]!);
    while (r[c * ROW + 1] !== -1) c = (c + 1) & mask;
    r.set(from.subarray(src, src + ROW), c * ROW);
  }

  function grow(): void {
    const old = rows;
    const oldCap = cap;
    bits++;
    cap = 1 << bits;
    rows = emptyRows(cap);
    for (let o = 0; o < oldCap; o++) if (old[o * ROW + 1] !== -1) place(rows, old, o * ROW);
  }

  return {
    get(key) {
      digest(key);
      const c = findRow(key);
      return c < 0 ? -1 : rows[c * ROW + 1]!;
    },
    getMany(list, n, out) {
      if (n > hashes.length) { hashes = new Int32Array(n); packs = new Int32Array(n * (PACKED / 2)); }
      for (let i = 0; i < n; i++) hashes[i] = digestInto(list[i]!, packs, i * (PACKED / 2));
      let t = 0;
      for (let i = 0; i < n; i++) t += rows[home(hashes[i]!) * ROW + 1]!;
      _sink += t;
      for (let i = 0; i < n; i++) {
        const c = findWith(list[i]!, hashes[i]!, packs, i * (PACKED / 2));
        out[i] = c < 0 ? -1 : rows[c * ROW + 1]!;
      }
    },
    set(key, id) {
      if ((count + 1) * 2 > cap) grow();
      digest(key);
      const mask = cap - 1;
      let c = home(hash);
      while (rows[c * ROW + 1] !== -1) c = (c + 1) & mask;
      const e = c * ROW;
      rows[e] = hash;
      rows[e + 1] = id;
      rows[e + 2] = key.length;
      rows.set(pack, e + 3);
      count++;
    },
    delete(key) {
      digest(key);
      let hole = findRow(key);
      if (hole < 0) return;
      const mask = cap - 1;
      rows[hole * ROW + 1] = -1;
      for (let j = (hole + 1) & mask; rows[j * ROW + 1] !== -1; j = (j + 1) & mask) {
        const h = home(rows[j * ROW]!);
        // Row j may move to the hole when its home is not cyclically within (hole, j].
        const stays = hole <= j ? hole < h && h <= j : hole < h || h <= j;
        if (stays) continue;
        rows.copyWithin(hole * ROW, j * ROW, j * ROW + ROW);
        rows[j * ROW + 1] = -1;
        hole = j;
      }
      count--;
    },
    size: () => count,
  };
}
