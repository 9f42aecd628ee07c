/**
 * Document frequencies kept up to date as articles stream in, for TF-IDF weights. The table is
 * bounded: past `maxKeys` entries, the rarest keys (seen once, then twice...) are dropped until a
 * quarter of the room is free (an unknown key counts as never seen: a rare key's worth anyway).
 */
export interface DfTable {
  addDocument(keys: Iterable<string>): void;
  /**
   * ln((N+prior+1)/(df+1)): near 0 for a key in every document of a large stream, so function
   * words weigh little. `prior` documents without the key are assumed, so that in a small pile
   * (five reports of one event) the words all of them share still count.
   */
  idf(key: string): number;
  docs(): number;
  size(): number;
  exportState(): { n: number; df: [string, number][] };
}

export function createDfTable(opts: { maxKeys?: number; prior?: number; state?: { n: number; df: [string, number][] } } = {}): DfTable {
  const maxKeys = opts.maxKeys ?? 1_000_000;
  const prior = opts.prior ?? 20;
  const df = new Map<string, number>(opts.state?.df ?? []);
  let n = opts.state?.n ?? 0;
  let logN1 = Math.log(n + prior + 1);
  return {
    addDocument(keys) {
      n++;
      logN1 = Math.log(n + prior + 1);
      for (const k of keys) df.set(k, (df.get(k) ?? 0) + 1);
      // Drop the rarest keys until a quarter of the room is free (amortised: rare).
      for (let minDf = 1; df.size > maxKeys * 0.75 && (minDf === 1 ? df.size > maxKeys : true); minDf++) {
        for (const [k, v] of df) if (v <= minDf) df.delete(k);
      }
    },
    idf(key) {
      return logN1 - Math.log((df.get(key) ?? 0) + 1);
    },
    docs: () => n,
    size: () => df.size,
    exportState: () => ({ n, df: [...df] }),
  };
}
