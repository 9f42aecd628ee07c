import type { Article } from '../model/article.js';
import type { IngestService } from './ingest-service.js';

export interface IngestTotals {
  added: number;
  updated: number;
  unchanged: number;
  batches: number;
  /** Distinct stories created or changed. */
  stories: number;
}

export const DEFAULT_BATCH = 500;

/** Ingests articles in batches (one transaction each), reporting progress after every batch. */
export async function ingestInBatches(
  service: IngestService,
  articles: Article[],
  opts: { batchSize?: number; onBatch?: (done: number, totals: IngestTotals) => void } = {},
): Promise<IngestTotals> {
  const size = Math.max(1, opts.batchSize ?? DEFAULT_BATCH);
  const totals: IngestTotals = { added: 0, updated: 0, unchanged: 0, batches: 0, stories: 0 };
  const stories = new Set<string>();
  for (let i = 0; i < articles.length; i += size) {
    const batch = articles.slice(i, i + size);
    const r = await service.ingestBatch(batch);
    totals.added += r.added;
    totals.updated += r.updated;
    totals.unchanged += r.unchanged;
    totals.batches++;
    for (const s of r.stories) stories.add(s);
    totals.stories = stories.size;
    opts.onBatch?.(i + batch.length, totals);
  }
  return totals;
}
