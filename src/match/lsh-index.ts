/**
 * Locality-sensitive hashing over MinHash signatures by banding: a signature of k values is cut
 * into k/r bands of r rows, and two articles are candidates when at least `minHits` bands are
 * equal. The default (r=1, 4 hits of 128) asks for an estimated Jaccard of about 0.03: a third
 * of a short excerpt copied into a text three times longer is Jaccard 0.09, 11.6 expected hits,
 * found with probability > 0.99; unrelated news texts sit near 0.005 (0.6 expected hits).
 * Candidates are then verified exactly by the passage finder, so false candidates cost time only.
 * Hand-written: see minhash-signer.ts. Inside, an article is a small integer slot, hits are
 * counted in a typed array, and band keys (32-bit) map to buckets through band-table.ts: on a
 * stream this index is queried and updated for every article, 128 keys each.
 */
import { fmix32 } from './hash-util.js';
import { createBandTable } from './band-table.js';

export interface LshOptions {
  /** Rows per band. */
  rows?: number;
  /** Equal bands needed for a candidate. */
  minHits?: number;
}

export interface LshIndex {
  add(id: string, signature: Uint32Array): void;
  remove(id: string): void;
  /** Ids sharing at least minHits bands with the signature, in insertion order. */
  query(signature: Uint32Array): string[];
  /** query(signature), then add(id, signature), in one pass over the buckets. */
  queryAndAdd(id: string, signature: Uint32Array): string[];
  /**
   * queryAndAdd() by slots (small integers, reused once their id is removed): the slots found are
   * put in `out` (emptied first), the new id's slot is returned. For callers that keep their own
   * per-article data in slot-indexed arrays.
   */
  queryAndAddSlots(id: string, signature: Uint32Array, out: number[]): number;
  /** The id in a slot ('' when free). */
  idAt(slot: number): string;
  /** The slot of an id, or -1. */
  slotOf(id: string): number;
  size(): number;
}

/** The band keys of a signature, into `into` when it has their number (a freed slot's array). */
function bandKeys(sig: Uint32Array, rows: number, into?: Uint32Array): Uint32Array {
  const nb = Math.floor(sig.length / rows);
  const keys = into !== undefined && into.length === nb ? into : new Uint32Array(nb);
  for (let b = 0, band = 0; b + rows <= sig.length; b += rows, band++) {
    let h = Math.imul(band + 1, 0x27d4eb2d);
    for (let r = 0; r < rows; r++) h = fmix32(h ^ sig[b + r]!);
    keys[band] = h;
  }
  return keys;
}

export function createLshIndex(opts: LshOptions = {}): LshIndex {
  const rows = opts.rows ?? 1;
  const minHits = opts.minHits ?? 4;
  const buckets = createBandTable();
  const slotOf = new Map<string, number>();
  const idOf: string[] = [];
  /** Band keys by slot; a freed slot keeps its array for the next id (no array made per article). */
  const keysOf: (Uint32Array | undefined)[] = [];
  const freeSlots: number[] = [];
  let hits = new Int32Array(1024);
  const touched: number[] = [];
  /** Where prefetch results go, so that the loads are not optimised away. */
  let _sink = 0;

  function remove(id: string): void {
    const slot = slotOf.get(id);
    if (slot === undefined) return;
    slotOf.delete(id);
    const keys = keysOf[slot]!;
    _sink += buckets.prefetch(keys);
    for (let i = 0; i < keys.length; i++) buckets.remove(keys[i]!, slot);
    idOf[slot] = '';
    freeSlots.push(slot);
  }

  function newSlot(id: string): number {
    if (slotOf.has(id)) remove(id);
    let slot = freeSlots.pop();
    if (slot === undefined) {
      slot = idOf.length;
      idOf.push(id);
      keysOf.push(undefined);
      if (slot >= hits.length) { const h = new Int32Array(hits.length * 2); h.set(hits); hits = h; }
    }
    else idOf[slot] = id;
    slotOf.set(id, slot);
    return slot;
  }

  /** Slots hit at least minHits times, into `out`; resets the counts. */
  function collect(except: number, out: number[]): void {
    out.length = 0;
    for (const slot of touched) {
      if (hits[slot]! >= minHits && slot !== except) out.push(slot);
      hits[slot] = 0;
    }
    touched.length = 0;
  }

  const found: number[] = [];
  const idsOf = (slots: readonly number[]): string[] => slots.map((slot) => idOf[slot]!);

  function query(signature: Uint32Array, out: number[]): void {
    const keys = bandKeys(signature, rows);
    // A slot's first hit fixes its place in the output (the order of the bands, then of the
    // buckets' entries, as the ids were added).
    _sink += buckets.prefetch(keys);
    for (let i = 0; i < keys.length; i++) buckets.hit(keys[i]!, hits, touched);
    collect(-1, out);
  }

  function add(id: string, signature: Uint32Array): number {
    const slot = newSlot(id);
    const keys = bandKeys(signature, rows, keysOf[slot]);
    keysOf[slot] = keys;
    for (let i = 0; i < keys.length; i++) buckets.add(keys[i]!, slot);
    return slot;
  }

  function queryAndAddSlots(id: string, signature: Uint32Array, out: number[]): number {
    // An id added again may find its own earlier signature, as with query-then-add.
    if (slotOf.has(id)) { query(signature, out); return add(id, signature); }
    const slot = newSlot(id);
    const keys = bandKeys(signature, rows, keysOf[slot]);
    keysOf[slot] = keys;
    // Each bucket is counted before the new slot joins it; the new slot's own hits (a key
    // repeated within its signature) are left out, as in query-then-add.
    _sink += buckets.prefetch(keys);
    for (let i = 0; i < keys.length; i++) buckets.hitThenAdd(keys[i]!, slot, hits, touched);
    collect(slot, out);
    return slot;
  }

  return {
    add(id, signature) { add(id, signature); },
    remove,
    query(signature) {
      query(signature, found);
      return idsOf(found);
    },
    queryAndAdd(id, signature) {
      queryAndAddSlots(id, signature, found);
      return idsOf(found);
    },
    queryAndAddSlots,
    idAt: (slot) => idOf[slot] ?? '',
    slotOf: (id) => slotOf.get(id) ?? -1,
    size: () => slotOf.size,
  };
}
