/**
 * Feature keys interned to small integer ids, with their document frequencies, for the story
 * clusterer's hot loops: comparing an article with a story costs a few hundred key look-ups, and a
 * look-up by integer in a typed-array table is several times cheaper than one by string in a Map.
 * The same frequencies and IDF as df-table.ts (which stays the string-keyed table for batch use),
 * computed by the same formulas, so the clusterer's figures do not move.
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

export interface KeyVocabulary {
  /** The key's id, interned if new (not held: hold it, or add it to the table, before a sweep). */
  intern(key: string): number;
  key(id: number): string;
  /** Channel of every id (story-similarity.ts channelOf), by id. Re-read after `intern` (grows). */
  channels(): Uint8Array;
  hold(id: number): void;
  release(id: number): void;
  /** Counts one document holding the given distinct ids; prunes the table like df-table.ts. */
  addDocument(ids: ArrayLike<number>, count: number): void;
  idf(id: number): number;
  /** ln(df + 1) of every id (0 when not in the table), by id: idf = logDocs() - this. Re-read after
   *  `intern` and `addDocument`. */
  logDf(): Float64Array;
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

export function createKeyVocabulary(opts: { maxKeys?: number; prior?: number; df?: { n: number; df: [string, number][] } } = {}): KeyVocabulary {
  const maxKeys = opts.maxKeys ?? 1_000_000;
  const prior = opts.prior ?? 20;
  // '' marks a freed id (every key has a kind prefix, so no key is empty).
  const keys: string[] = [];
  const ids = createKeyTable((id) => keys[id]!);
  let cap = 1024;
  let df = new Int32Array(cap);
  let logDf1 = new Float64Array(cap);
  let refs = new Int32Array(cap);
  let ch = new Uint8Array(cap);
  let top = 0;
  const free: number[] = [];
  const unheld: number[] = [];
  let n = 0;
  let logN1 = Math.log(n + prior + 1);
  let dfSize = 0;

  function grow(): void {
    cap *= 2;
    const d = new Int32Array(cap); d.set(df); df = d;
    const l = new Float64Array(cap); l.set(logDf1); logDf1 = l;
    const r = new Int32Array(cap); r.set(refs); refs = r;
    const c = new Uint8Array(cap); c.set(ch); ch = c;
  }

  function intern(key: string): number {
    let id = ids.get(key);
    if (id >= 0) return id;
    if (free.length > 0) id = free.pop()!;
    else { if (top === cap) grow(); id = top++; }
    ids.set(key, id);
    if (id === keys.length) keys.push(key);
    else keys[id] = key;
    ch[id] = channelOf(key);
    // Unheld until someone holds it: the next sweep frees it otherwise.
    unheld.push(id);
    return id;
  }

  function release(id: number): void {
    if (--refs[id]! === 0) unheld.push(id);
  }

  function prune(): void {
    // Drop the rarest keys until a quarter of the room is free (amortised: rare).
    for (let minDf = 1; dfSize > maxKeys * 0.75 && (minDf === 1 ? dfSize > maxKeys : true); minDf++) {
      for (let id = 0; id < top; id++) {
        const v = df[id]!;
        if (v > 0 && v <= minDf) { df[id] = 0; logDf1[id] = 0; dfSize--; release(id); }
      }
    }
  }

  function setDf(id: number, v: number): void {
    if (df[id] === 0) { refs[id]!++; dfSize++; }
    df[id] = v;
    logDf1[id] = Math.log(v + 1);
  }

  for (const [k, v] of opts.df?.df ?? []) if (v > 0) setDf(intern(k), v);
  n = opts.df?.n ?? 0;
  logN1 = Math.log(n + prior + 1);

  return {
    intern,
    key: (id) => keys[id]!,
    channels: () => ch,
    hold(id) { refs[id]!++; },
    release,
    addDocument(list, count) {
      n++;
      logN1 = Math.log(n + prior + 1);
      for (let i = 0; i < count; i++) { const id = list[i]!; setDf(id, df[id]! + 1); }
      prune();
    },
    idf: (id) => logN1 - logDf1[id]!,
    logDf: () => logDf1,
    logDocs: () => logN1,
    docs: () => n,
    size: () => dfSize,
    live: () => ids.size(),
    sweep() {
      for (const id of unheld) {
        if (refs[id] !== 0 || keys[id] === '') continue;
        ids.delete(keys[id]!);
        keys[id] = '';
        free.push(id);
      }
      unheld.length = 0;
    },
    exportDf() {
      const out: [string, number][] = [];
      for (let id = 0; id < top; id++) if (df[id]! > 0) out.push([keys[id]!, df[id]!]);
      return { n, df: out };
    },
  };
}
