/**
 * Feature keys interned to small integer ids, with their document frequencies, for the story
 * clusterer's hot loops: comparing an article with a story costs a few hundred key look-ups, and a
 * look-up by integer in a typed-array table is several times cheaper than one by string in a Map.
 * The same frequencies and IDF as df-table.ts (which stays the string-keyed table for batch use),
 * computed by the same formulas, so the clusterer's figures do not move.
 *
 * An id's figures sit together in one 16-byte record (ln(df + 1), df, holders and channel), so
 * that an article's few hundred keys cost one cache miss each rather than one per array: on a
 * stream the vocabulary is far larger than the CPU caches.
 *
 * Ids are recycled so that memory stays bounded on an endless stream: an id is held by the
 * document-frequency table (while its key is in it), by every centroid that holds the key and by
 * every story indexed under it (`hold`/`release` count these). An id nobody holds is freed at the
 * next `sweep()`, which the clusterer calls between articles, never while an article's ids are in
 * use (its new keys may be pruned from the table at once yet must keep their id until it has
 * joined a centroid).
 */
import { channelOf } from './story-similarity.js';
import { createKeyTable } from './key-table.js';

/** Per id: f64[2 id] = ln(df + 1) (0 when not in the table); i32[4 id + 2] = df;
 *  i32[4 id + 3] = holders * 8 + channel. Views over one buffer; re-read after `intern`. */
export interface KeyRecords {
  f64: Float64Array;
  i32: Int32Array;
}

export interface KeyVocabulary {
  /** The key's id, interned if new (not held: hold it, or add it to the table, before a sweep). */
  intern(key: string): number;
  /** intern() of keys[0..n) into out[0..n). */
  internAll(keys: readonly string[], n: number, out: Int32Array): void;
  /**
   * intern() of holders[0..n).key into out[0..n), each holder keeping its key's id for the next
   * time (KeyHolder): a holder whose id this vocabulary gave and has not freed since costs no
   * look-up, not even a read of the vocabulary's memory.
   */
  internHeld(holders: readonly KeyHolder[], n: number, out: Int32Array): void;
  key(id: number): string;
  records(): KeyRecords;
  hold(id: number): void;
  release(id: number): void;
  /** Counts one document holding the given distinct ids; prunes the table like df-table.ts. */
  addDocument(ids: ArrayLike<number>, count: number): void;
  idf(id: number): number;
  /** ln(N + prior + 1): idf = logDocs() - ln(df + 1). */
  logDocs(): number;
  docs(): number;
  /** Keys in the document-frequency table. */
  size(): number;
  /** Ids alive (in the table or held). */
  live(): number;
  /** Frees the ids nobody holds. */
  sweep(): void;
  exportDf(): { n: number; df: [string, number][] };
}

/** ln(v + 1) of small counts, computed once each (the same doubles as Math.log). */
const LOG_TABLE = 1 << 16;
const logs = new Float64Array(LOG_TABLE);

function logPlus1(v: number): number {
  let l = logs[v]!;
  if (l === 0 && v > 0) logs[v] = l = Math.log(v + 1);
  return l;
}

/**
 * An object that stands for one key (feature-key-cache.ts) and keeps its id in the vocabulary
 * that interned it last (`owner`); that vocabulary sets `id` to -1 when it frees the id.
 */
export interface KeyHolder {
  readonly key: string;
  id: number;
  owner: unknown;
}

export function createKeyVocabulary(opts: { maxKeys?: number; prior?: number; df?: { n: number; df: [string, number][] } } = {}): KeyVocabulary {
  const maxKeys = opts.maxKeys ?? 1_000_000;
  const prior = opts.prior ?? 20;
  // '' marks a freed id (every key has a kind prefix, so no key is empty).
  const keys: string[] = [];
  const table = createKeyTable((id) => keys[id]!);
  let cap = 1024;
  let rec = records(new ArrayBuffer(cap * 16));
  let top = 0;
  const free: number[] = [];
  const unheld: number[] = [];
  let n = 0;
  let logN1 = Math.log(n + prior + 1);
  let dfSize = 0;
  let _sink = 0;
  /** This vocabulary, as KeyHolder.owner. */
  const self = {};
  /** The holder given each id (internHeld), to be told when the id is freed. */
  const holders: (KeyHolder | undefined)[] = [];
  const missKeys: string[] = [];
  const missAt: number[] = [];
  let missOut = new Int32Array(256);

  function records(buffer: ArrayBuffer): KeyRecords {
    return { f64: new Float64Array(buffer), i32: new Int32Array(buffer) };
  }

  function grow(): void {
    cap *= 2;
    const next = records(new ArrayBuffer(cap * 16));
    // Copied as 32-bit words: copying the integer halves as doubles could alter NaN patterns.
    next.i32.set(rec.i32);
    rec = next;
  }

  function newId(key: string): number {
    let id: number;
    if (free.length > 0) id = free.pop()!;
    else { if (top === cap) grow(); id = top++; }
    table.set(key, id);
    if (id === keys.length) keys.push(key);
    else keys[id] = key;
    rec.f64[2 * id] = 0;
    rec.i32[4 * id + 2] = 0;
    rec.i32[4 * id + 3] = channelOf(key);
    // Unheld until someone holds it: the next sweep frees it otherwise.
    unheld.push(id);
    return id;
  }

  function intern(key: string): number {
    const id = table.get(key);
    return id >= 0 ? id : newId(key);
  }

  function release(id: number): void {
    if ((rec.i32[4 * id + 3]! -= 8) < 8) unheld.push(id);
  }

  function prune(): void {
    // Drop the rarest keys until a quarter of the room is free (amortised: rare).
    const { f64, i32 } = rec;
    for (let minDf = 1; dfSize > maxKeys * 0.75 && (minDf === 1 ? dfSize > maxKeys : true); minDf++) {
      for (let id = 0; id < top; id++) {
        const v = i32[4 * id + 2]!;
        if (v > 0 && v <= minDf) { i32[4 * id + 2] = 0; f64[2 * id] = 0; dfSize--; release(id); }
      }
    }
  }

  function setDf(id: number, v: number): void {
    const i32 = rec.i32;
    if (i32[4 * id + 2] === 0) { i32[4 * id + 3]! += 8; dfSize++; }
    i32[4 * id + 2] = v;
    rec.f64[2 * id] = v < LOG_TABLE ? logPlus1(v) : Math.log(v + 1);
  }

  for (const [k, v] of opts.df?.df ?? []) if (v > 0) setDf(intern(k), v);
  n = opts.df?.n ?? 0;
  logN1 = Math.log(n + prior + 1);

  return {
    intern,
    internAll(list, count, out) {
      table.getMany(list, count, out);
      for (let i = 0; i < count; i++) if (out[i]! < 0) out[i] = newId(list[i]!);
    },
    internHeld(list, count, out) {
      // Holders without a valid id are looked up together (getMany overlaps their cache misses).
      let misses = 0;
      for (let i = 0; i < count; i++) {
        const h = list[i]!;
        if (h.owner === self && h.id >= 0) out[i] = h.id;
        else { missKeys[misses] = h.key; missAt[misses] = i; misses++; }
      }
      if (misses === 0) return;
      if (missOut.length < misses) missOut = new Int32Array(Math.max(misses, 2 * missOut.length));
      table.getMany(missKeys, misses, missOut);
      for (let j = 0; j < misses; j++) {
        const found = missOut[j]!;
        const i = missAt[j]!;
        const id = found >= 0 ? found : newId(missKeys[j]!);
        out[i] = id;
        const h = list[i]!;
        h.id = id;
        h.owner = self;
        // One holder per id (another object for the same key, if any, lets go of it).
        const was = holders[id];
        if (was !== undefined && was !== h && was.owner === self && was.id === id) was.id = -1;
        holders[id] = h;
      }
    },
    key: (id) => keys[id]!,
    records: () => rec,
    hold(id) { rec.i32[4 * id + 3]! += 8; },
    release,
    addDocument(list, count) {
      n++;
      logN1 = Math.log(n + prior + 1);
      // Touch the records first: independent loads overlap their cache misses.
      const i32 = rec.i32;
      let t = 0;
      for (let i = 0; i < count; i++) t += i32[4 * list[i]! + 2]!;
      _sink += t;
      for (let i = 0; i < count; i++) { const id = list[i]!; setDf(id, i32[4 * id + 2]! + 1); }
      prune();
    },
    idf: (id) => logN1 - rec.f64[2 * id]!,
    logDocs: () => logN1,
    docs: () => n,
    size: () => dfSize,
    live: () => table.size(),
    sweep() {
      for (const id of unheld) {
        if (rec.i32[4 * id + 3]! >= 8 || keys[id] === '') continue;
        table.delete(keys[id]!);
        keys[id] = '';
        free.push(id);
        const h = holders[id];
        if (h !== undefined) {
          if (h.owner === self && h.id === id) h.id = -1;
          holders[id] = undefined;
        }
      }
      unheld.length = 0;
    },
    exportDf() {
      const out: [string, number][] = [];
      for (let id = 0; id < top; id++) { const v = rec.i32[4 * id + 2]!; if (v > 0) out.push([keys[id]!, v]); }
      return { n, df: out };
    },
  };
}
