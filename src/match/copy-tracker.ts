/**
 * Streaming detection of copied text for the story clusterer: which earlier articles (still in
 * the window) share at least `containment` of the shorter text's word 5-grams with a new one,
 * estimated from MinHash signatures (LSH for candidates, the signature match rate for Jaccard,
 * shingle counts to turn Jaccard into containment). Cheap and memory-light (a signature per
 * article); the exact figures and passages are computed by relation-classifier.ts.
 * Signatures and shingle counts are kept in typed arrays by the LSH index's slot (one row per
 * article): every article checks its LSH candidates, and a row read there is one block of memory
 * where a Map look-up by id and a separate array each were several cache misses.
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
  /** Ids remembered, in the order first added (exportState()). */
  const known = new Set<string>();
  /** Signature length (every signature must have it; fixed by the first). */
  let width = -1;
  let sigs = new Uint32Array(0);
  let sizes = new Int32Array(0);
  const found: number[] = [];
  let _sink = 0;

  const row = (slot: number): Uint32Array => sigs.subarray(slot * width, (slot + 1) * width);

  function store(slot: number, signature: Uint32Array, n: number): void {
    if (width < 0) width = signature.length;
    if (signature.length !== width) throw new RangeError('signatures of different sizes');
    if (slot >= sizes.length) {
      const cap = Math.max(1024, slot + 1, sizes.length * 2);
      const s = new Uint32Array(cap * width); s.set(sigs); sigs = s;
      const z = new Int32Array(cap); z.set(sizes); sizes = z;
    }
    sigs.set(signature, slot * width);
    sizes[slot] = n;
  }

  for (const [id, sig, n] of opts.state ?? []) {
    const s = Uint32Array.from(sig);
    lsh.add(id, s);
    store(lsh.slotOf(id), s, n);
    known.add(id);
  }
  return {
    add(id, signature, shingleCount) {
      const slot = lsh.queryAndAddSlots(id, signature, found);
      const out: string[] = [];
      // Rows are read before the new signature is stored: a re-added id may find its own earlier one.
      // Their first lines are touched first, so that the cache misses overlap.
      let t = 0;
      for (const other of found) t += sigs[other * width]! + sizes[other]!;
      _sink += t;
      for (const other of found) {
        if (containmentFromJaccard(estimateJaccard(signature, row(other)), shingleCount, sizes[other]!) >= threshold) out.push(lsh.idAt(other));
      }
      store(slot, signature, shingleCount);
      known.add(id);
      return out;
    },
    remove(id) {
      known.delete(id);
      lsh.remove(id);
    },
    exportState: () => [...known].map((id) => { const slot = lsh.slotOf(id); return [id, [...row(slot)], sizes[slot]!]; }),
  };
}
