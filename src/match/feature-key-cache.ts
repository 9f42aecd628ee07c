/**
 * Caches for story feature extraction (article-features.ts), which runs on every article of a
 * stream: what a folded word yields (its `w:` key, whether it is a number, a year, a weekday, a
 * month, a country's first word, its name keys...) depends on the word alone, and words repeat
 * heavily across articles, so each word is worked out once (`factsOf`) rather than by a dozen
 * regular expressions and string concatenations per occurrence.
 *
 * Feature keys are objects, one per key string (`featureKey`), so that an article counts its keys
 * by a stamp on the key instead of a string-keyed Map, and the story clusterer can keep a key's
 * vocabulary id on it (a hint it checks, key-vocabulary.ts) and its sort prefixes (rank-sort.ts).
 * Memory stays bounded on an endless stream: both tables are emptied when full, between articles
 * only (`startArticle`), since an article's counting relies on one object per key string.
 * Hand-written: no library caches derived per-word facts in this way.
 */
import { packUnits } from './rank-sort.js';
import { createKeyTable } from './key-table.js';

/** Kinds of keys by their first character, in the order of FeatureWeights' per-kind weights. */
export const KIND_WORD = 0;
export const KIND_NAME = 1;
export const KIND_PAIR = 2;
export const KIND_NUMBER = 3;
export const KIND_TITLE = 4;
export const KIND_DATE = 5;
export const KIND_OTHER = 6;

export interface FeatureKey {
  /** The article (extraction stamp) that counted it last, and its slot there. */
  stamp: number;
  slot: number;
  /** The key's id in the vocabulary that interned it last, `owner` (KeyHolder, key-vocabulary.ts). */
  id: number;
  owner: unknown;
  readonly kind: number;
  /**
   * The key's sort prefixes packUnits(key, 0 | 3 | 6) (rank-sort.ts) for 0 and 3, each as high and
   * low 32 bits (small integers are stored in the object; a double would be a separate heap number,
   * one more memory access): sortPrefix() puts them together.
   */
  readonly p1h: number;
  readonly p1l: number;
  readonly p2h: number;
  readonly p2l: number;
  readonly key: string;
  /** A number of its own among the keys made since the tables were last emptied (pairKey's memo). */
  readonly uid: number;
}

/** A sort prefix from its high and low halves (FeatureKey). */
export function sortPrefix(high: number, low: number): number {
  return high * 0x100000000 + (low >>> 0);
}

function kindOf(key: string): number {
  switch (key.charCodeAt(0)) {
    case 0x77: return KIND_WORD; // w
    case 0x6e: return KIND_NAME; // n
    case 0x4e: return KIND_PAIR; // N
    case 0x23: return KIND_NUMBER; // #
    case 0x74: return KIND_TITLE; // t
    case 0x64: return KIND_DATE; // d
    default: return KIND_OTHER;
  }
}

const MAX_KEYS = 200_000;
/** Words kept (emptied between articles past this): 2^17 rows of 32 bytes, 4 MB. */
const MAX_WORDS = 60_000;
const START_BITS = 12;
/**
 * Key objects by id, found by their strings in a key table (key-table.ts): a look-up reads one
 * 32-byte row, where a Map<string, FeatureKey> read a bucket, entries and their strings (a new
 * word makes several keys, and each is looked up first).
 */
let keyObjs: FeatureKey[] = [];
const keyOfId = (id: number): string => keyObjs[id]!.key;
let keys = createKeyTable(keyOfId);
let nextUid = 0;

/** The one key object of a key string. */
export function featureKey(key: string): FeatureKey {
  const id = keys.get(key);
  let k = id < 0 ? undefined : keyObjs[id]!;
  if (k === undefined) {
    const p1 = packUnits(key, 0);
    const p2 = packUnits(key, 3);
    k = {
      stamp: 0, slot: 0, id: -1, owner: null, kind: kindOf(key), p1h: Math.floor(p1 / 0x100000000), p1l: p1 | 0, p2h: Math.floor(p2 / 0x100000000), p2l: p2 | 0,
      key, uid: nextUid++,
    };
    keys.set(key, keyObjs.length);
    keyObjs.push(k);
  }
  return k;
}

/**
 * The pair key (`N:a_b`) of two name keys (`n:a`, `n:b`). Not memoised on the name key: a key
 * object outlives the cache while the vocabulary holds it, and a memo of the names that followed
 * it would keep ever more key objects alive on an endless stream (heap 83 -> 188 MB over 300k
 * articles of the benchmark). Memoised instead in a table by the two keys' uids (pairs repeat
 * across a stream; a string concatenation and a Map look-up per pair cost more than a row), which
 * is emptied with the key table (its pair keys are the table's), so it holds at most MAX_KEYS.
 */
export function pairKey(a: FeatureKey, b: FeatureKey): FeatureKey {
  const ua = a.uid;
  const ub = b.uid;
  const mask = (1 << pairBits) - 1;
  let c = pairHome(ua, ub);
  for (; ; c = (c + 1) & mask) {
    const e = c * 3;
    const idx = pairRows[e + 2]!;
    if (idx === -1) break;
    if (pairRows[e] === ua && pairRows[e + 1] === ub) return pairStored[idx]!;
  }
  const k = featureKey(`N:${a.key.slice(2)}_${b.key.slice(2)}`);
  if ((pairStored.length + 1) * 2 > 1 << pairBits) {
    growPairs();
    c = pairHome(ua, ub);
    while (pairRows[c * 3 + 2] !== -1) c = (c + 1) & ((1 << pairBits) - 1);
  }
  pairRows[c * 3] = ua; pairRows[c * 3 + 1] = ub; pairRows[c * 3 + 2] = pairStored.length;
  pairStored.push(k);
  return k;
}

/**
 * The key `name(i)` for a small integer i (< 1024), memoised by i (for keys made of numbers, as
 * date keys: no string made per use); emptied with the key table. `name` must be one function of i.
 */
export function indexedKey(i: number, name: (i: number) => string): FeatureKey {
  let k = indexed[i];
  if (k === undefined) indexed[i] = k = featureKey(name(i));
  return k;
}

let indexed: (FeatureKey | undefined)[] = [];

const PAIR_START_BITS = 10;
let pairBits = PAIR_START_BITS;
let pairRows = new Int32Array(3 << pairBits).fill(-1);
let pairStored: FeatureKey[] = [];

const pairHome = (ua: number, ub: number): number => Math.imul(ua ^ Math.imul(ub, 0x85ebca6b), 0x9e3779b1) >>> (32 - pairBits);

function growPairs(): void {
  const old = pairRows;
  pairBits++;
  pairRows = new Int32Array(3 << pairBits).fill(-1);
  const mask = (1 << pairBits) - 1;
  for (let o = 0; o < old.length; o += 3) {
    if (old[o + 2] === -1) continue;
    let c = pairHome(old[o]!, old[o + 1]!);
    while (pairRows[c * 3 + 2] !== -1) c = (c + 1) & mask;
    pairRows[c * 3] = old[o]!; pairRows[c * 3 + 1] = old[o + 1]!; pairRows[c * 3 + 2] = old[o + 2]!;
  }
}

/**
 * Per-word facts (word-facts.ts) by word, in an open-addressing table whose rows hold the word's
 * hash, length and first ten UTF-16 units (as key-table.ts): a look-up reads one row, where a
 * Map<string, T> on a fresh token string hashes it and reads bucket, entry and stored string.
 */
const ROW = 8;
const PACKED = 10;
let bits = START_BITS;
let rows = emptyRows(1 << bits);
let stored: unknown[] = [];
const pack = new Int32Array(PACKED / 2);

function emptyRows(n: number): Int32Array {
  const r = new Int32Array(n * ROW);
  for (let i = 0; i < n; i++) r[i * ROW + 7] = -1;
  return r;
}

const home = (h: number): number => Math.imul(h, 0x9e3779b1) >>> (32 - bits);

/** The facts of `norm` (`hash`: fnv1a(norm), hash-util.ts), made by `make` on first sight. */
export function wordFacts<T>(norm: string, hash: number, make: (norm: string) => T): T {
  const len = norm.length;
  pack.fill(0);
  for (let i = 0; i < len && i < PACKED; i++) pack[i >> 1]! |= i & 1 ? norm.charCodeAt(i) << 16 : norm.charCodeAt(i);
  return wordFactsPacked(norm, hash, len, pack, 0, '', 0, make);
}

/** Loads the rows of the given hashes, so that their cache misses overlap before the look-ups. */
export function touchWords(hashes: Uint32Array, n: number): number {
  let t = 0;
  for (let i = 0; i < n; i++) t += rows[home(hashes[i]! | 0) * ROW + 7]!;
  return t;
}

/**
 * wordFacts() of a word given by its hash, length and first units packed in pairs at `at` in
 * `pk` (TokenColumns, match-tokenizer.ts); `norm` null: the word is text[start, start + len) in
 * lower case (ASCII).
 */
export function wordFactsPacked<T>(norm: string | null, hash: number, len: number, pk: Int32Array, at: number, text: string, start: number, make: (norm: string) => T): T {
  const h = hash | 0;
  const mask = (1 << bits) - 1;
  let c = home(h);
  for (; ; c = (c + 1) & mask) {
    const e = c * ROW;
    const idx = rows[e + 7]!;
    if (idx === -1) break;
    if (rows[e] === h && rows[e + 1] === len && rows[e + 2] === pk[at] && rows[e + 3] === pk[at + 1] && rows[e + 4] === pk[at + 2]
      && rows[e + 5] === pk[at + 3] && rows[e + 6] === pk[at + 4]) {
      const f = stored[idx] as T & { norm: string };
      if (len <= PACKED || (norm !== null ? f.norm === norm : sameLower(f.norm, text, start))) return f;
    }
  }
  const f = make(norm ?? text.slice(start, start + len).toLowerCase());
  if ((stored.length + 1) * 2 > 1 << bits) {
    // Grows (never drops words during an article: its tokens' facts must stay one object per word).
    grow();
    c = home(h);
    while (rows[c * ROW + 7] !== -1) c = (c + 1) & ((1 << bits) - 1);
  }
  const e = c * ROW;
  rows[e] = h; rows[e + 1] = len; rows.set(pk.subarray(at, at + 5), e + 2); rows[e + 7] = stored.length;
  stored.push(f);
  return f;
}

/** Whether `norm` is the ASCII text at `start` in lower case. */
function sameLower(norm: string, text: string, start: number): boolean {
  for (let j = 0; j < norm.length; j++) {
    let x = text.charCodeAt(start + j);
    if (x >= 0x41 && x <= 0x5a) x += 0x20;
    if (x !== norm.charCodeAt(j)) return false;
  }
  return true;
}

function grow(): void {
  const old = rows;
  const oldCap = 1 << bits;
  bits++;
  rows = emptyRows(1 << bits);
  const mask = (1 << bits) - 1;
  for (let o = 0; o < oldCap; o++) {
    if (old[o * ROW + 7] === -1) continue;
    let c = home(old[o * ROW]!);
    while (rows[c * ROW + 7] !== -1) c = (c + 1) & mask;
    rows.set(old.subarray(o * ROW, o * ROW + ROW), c * ROW);
  }
}

let stamp = 0;

function clearAll(): void {
  keys = createKeyTable(keyOfId);
  keyObjs = [];
  // Uids keep counting, so that a key made before (still held elsewhere) meets no row of a
  // new one; they start over after 2^30 keys (no key made before is met after a clear).
  if (nextUid >= 0x40000000) nextUid = 0;
  pairBits = PAIR_START_BITS;
  pairRows = new Int32Array(3 << pairBits).fill(-1);
  pairStored = [];
  indexed = [];
  bits = START_BITS;
  rows = emptyRows(1 << bits);
  stored = [];
}

/**
 * Starts counting an article's keys: its stamp, and whether the tables were emptied (when full),
 * in which case the article's words must be looked up again.
 */
export function startArticle(): { stamp: number; cleared: boolean } {
  let cleared = false;
  if (keys.size() >= MAX_KEYS || stored.length >= MAX_WORDS || pairStored.length >= MAX_KEYS) { clearAll(); cleared = true; }
  // Stamps stay small integers; wrapping around (after 2^30 articles) starts fresh tables.
  if (++stamp >= 0x40000000) { clearAll(); cleared = true; stamp = 1; }
  return { stamp, cleared };
}
