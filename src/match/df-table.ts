/**
 * Document frequencies kept up to date as articles stream in, for TF-IDF weights. The table is
 * bounded: past `maxKeys` entries, keys seen in one document only are dropped (an unknown key
 * counts as never seen, which is what a key seen once is worth anyway).
 */
export interface DfTable {
  addDocument(keys: Iterable<string>): void;
  /** ln((N+1)/(df+1)): 0 for a key in every document, so function words weigh nothing. */
  idf(key: string): number;
  docs(): number;
  size(): number;
  exportState(): { n: number; df: [string, number][] };
}

export function createDfTable(opts: { maxKeys?: number; state?: { n: number; df: [string, number][] } } = {}): DfTable {
  const maxKeys = opts.maxKeys ?? 1_000_000;
  const df = new Map<string, number>(opts.state?.df ?? []);
  let n = opts.state?.n ?? 0;
  let logN1 = Math.log(n + 1);
  return {
    addDocument(keys) {
      n++;
      logN1 = Math.log(n + 1);
      for (const k of keys) df.set(k, (df.get(k) ?? 0) + 1);
      if (df.size > maxKeys) for (const [k, v] of df) if (v <= 1) df.delete(k);
    },
    idf(key) {
      return logN1 - Math.log((df.get(key) ?? 0) + 1);
    },
    docs: () => n,
    size: () => df.size,
    exportState: () => ({ n, df: [...df] }),
  };
}
