/**
 * Streaming detection of copied text for the story clusterer: which earlier articles (still in
 * the window) share at least `containment` of the shorter text's word 5-grams with a new one,
 * estimated from MinHash signatures (LSH for candidates, the signature match rate for Jaccard,
 * shingle counts to turn Jaccard into containment). Cheap and memory-light (a signature per
 * article); the exact figures and passages are computed by relation-classifier.ts.
 */
import { createLshIndex } from './lsh-index.js';
import { estimateJaccard } from './minhash-signer.js';

export interface CopyTracker {
  /** Earlier articles the new one copies from or is copied by; then remembers it. */
  add(id: string, signature: Uint32Array, shingleCount: number): string[];
  remove(id: string): void;
  exportState(): [string, number[], number][];
}

/** Containment of the smaller set in the larger from their Jaccard similarity and sizes. */
export function containmentFromJaccard(j: number, sizeA: number, sizeB: number): number {
  const small = Math.min(sizeA, sizeB);
  if (small === 0) return 0;
  return Math.min(1, (j * (sizeA + sizeB)) / ((1 + j) * small));
}

export function createCopyTracker(opts: { containment?: number; state?: [string, number[], number][] } = {}): CopyTracker {
  const threshold = opts.containment ?? 1 / 3;
  const lsh = createLshIndex();
  const known = new Map<string, { sig: Uint32Array; n: number }>();
  for (const [id, sig, n] of opts.state ?? []) {
    const s = Uint32Array.from(sig);
    known.set(id, { sig: s, n });
    lsh.add(id, s);
  }
  return {
    add(id, signature, shingleCount) {
      const out: string[] = [];
      for (const other of lsh.queryAndAdd(id, signature)) {
        const k = known.get(other)!;
        if (containmentFromJaccard(estimateJaccard(signature, k.sig), shingleCount, k.n) >= threshold) out.push(other);
      }
      known.set(id, { sig: signature, n: shingleCount });
      return out;
    },
    remove(id) {
      known.delete(id);
      lsh.remove(id);
    },
    exportState: () => [...known].map(([id, k]) => [id, [...k.sig], k.n]),
  };
}
