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

/** Kinds of keys by their first character, in the order of FeatureWeights' per-kind weights. */
export const KIND_WORD = 0;
export const KIND_NAME = 1;
export const KIND_PAIR = 2;
export const KIND_NUMBER = 3;
export const KIND_TITLE = 4;
export const KIND_DATE = 5;
export const KIND_OTHER = 6;

export interface FeatureKey {
  readonly key: string;
  readonly kind: number;
  /** packUnits(key, 0 | 3 | 6): the key's sort prefixes (rank-sort.ts). */
  readonly p1: number;
  readonly p2: number;
  readonly p3: number;
  /** The article (extraction stamp) that counted it last, and its slot there. */
  stamp: number;
  slot: number;
  /** The key's id in the vocabulary that interned it last (a hint: check it, key-vocabulary.ts). */
  id: number;
  /** For a name key (`n:`): the pair keys (`N:`) by the next name's key. */
  pairs: Map<FeatureKey, FeatureKey> | undefined;
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
const MAX_WORDS = 100_000;
const keys = new Map<string, FeatureKey>();
const words = new Map<string, unknown>();

/** The one key object of a key string. */
export function featureKey(key: string): FeatureKey {
  let k = keys.get(key);
  if (k === undefined) {
    k = { key, kind: kindOf(key), p1: packUnits(key, 0), p2: packUnits(key, 3), p3: packUnits(key, 6), stamp: 0, slot: 0, id: -1, pairs: undefined };
    keys.set(key, k);
  }
  return k;
}

/** The pair key (`N:a_b`) of two name keys (`n:a`, `n:b`). */
export function pairKey(a: FeatureKey, b: FeatureKey): FeatureKey {
  let m = a.pairs;
  if (m === undefined) a.pairs = m = new Map();
  let k = m.get(b);
  if (k === undefined) {
    k = featureKey(`N:${a.key.slice(2)}_${b.key.slice(2)}`);
    m.set(b, k);
  }
  return k;
}

/** Per-word facts, made by `make` on a word's first sight (the same maker for every call). */
export function wordFacts<T>(norm: string, make: (norm: string) => T): T {
  let f = words.get(norm) as T | undefined;
  if (f === undefined) { f = make(norm); words.set(norm, f); }
  return f;
}

let stamp = 0;

/** Starts counting an article's keys (empties the tables when full); returns its stamp. */
export function startArticle(): number {
  if (keys.size >= MAX_KEYS || words.size >= MAX_WORDS) { keys.clear(); words.clear(); }
  // Stamps stay small integers; wrapping around (after 2^30 articles) starts a fresh table.
  if (++stamp >= 0x40000000) { keys.clear(); words.clear(); stamp = 1; }
  return stamp;
}
