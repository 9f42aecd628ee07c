/**
 * Locality-sensitive hashing over MinHash signatures by banding: a signature of k values is cut
 * into k/r bands of r rows, and two articles are candidates when at least `minHits` bands are
 * equal. The default (r=1, 4 hits of 128) asks for an estimated Jaccard of about 0.03: a third
 * of a short excerpt copied into a text three times longer is Jaccard 0.09, 11.6 expected hits,
 * found with probability > 0.99; unrelated news texts sit near 0.005 (0.6 expected hits).
 * Candidates are then verified exactly by the passage finder, so false candidates cost time only.
 * Hand-written: see minhash-signer.ts.
 */
import { fmix32 } from './hash-util.js';

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
  size(): number;
}

function bandKeys(sig: Uint32Array, rows: number): number[] {
  const keys: number[] = [];
  for (let b = 0, band = 0; b + rows <= sig.length; b += rows, band++) {
    let h = Math.imul(band + 1, 0x27d4eb2d);
    for (let r = 0; r < rows; r++) h = fmix32(h ^ sig[b + r]!);
    keys.push(h);
  }
  return keys;
}

export function createLshIndex(opts: LshOptions = {}): LshIndex {
  const rows = opts.rows ?? 1;
  const minHits = opts.minHits ?? 4;
  const buckets = new Map<number, string[]>();
  const keysOf = new Map<string, number[]>();
  return {
    add(id, signature) {
      if (keysOf.has(id)) this.remove(id);
      const keys = bandKeys(signature, rows);
      keysOf.set(id, keys);
      for (const k of keys) {
        const list = buckets.get(k);
        if (list) list.push(id);
        else buckets.set(k, [id]);
      }
    },
    remove(id) {
      const keys = keysOf.get(id);
      if (!keys) return;
      keysOf.delete(id);
      for (const k of keys) {
        const list = buckets.get(k);
        if (!list) continue;
        const i = list.indexOf(id);
        if (i >= 0) list.splice(i, 1);
        if (list.length === 0) buckets.delete(k);
      }
    },
    query(signature) {
      const hits = new Map<string, number>();
      for (const k of bandKeys(signature, rows)) {
        const list = buckets.get(k);
        if (!list) continue;
        for (const id of list) hits.set(id, (hits.get(id) ?? 0) + 1);
      }
      const out: string[] = [];
      for (const [id, n] of hits) if (n >= minHits) out.push(id);
      return out;
    },
    size: () => keysOf.size,
  };
}
