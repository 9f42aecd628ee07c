/**
 * Streams a WARC archive into the store: records are read one at a time (never the whole file),
 * cleaned and ingested in batches, and a checkpoint is saved after each committed batch, so an
 * interrupted run resumes where the last commit ended (at-least-once: the store is idempotent).
 */
import type { RawDocument } from '../model/article.js';
import type { Diagnostic } from '../model/diagnostic.js';
import { readWarc } from '../ingest/warc-reader.js';
import type { WarcCheckpointFile } from '../ingest/warc-checkpoint.js';
import type { IngestService } from '../store/ingest-service.js';
import { cleanDocuments } from './load-articles.js';

export interface WarcIngestOptions {
  batchSize: number;
  checkpoint?: WarcCheckpointFile;
  onProgress?: (bytesRead: number, totalBytes: number) => void;
  onDiagnostics?: (d: Diagnostic[]) => void;
}

export interface WarcIngestTotals {
  read: number;
  added: number;
  updated: number;
  unchanged: number;
  stories: Set<string>;
  /** True when the checkpoint said the file was already fully ingested. */
  skipped: boolean;
}

export async function ingestWarc(path: string, svc: IngestService, opts: WarcIngestOptions): Promise<WarcIngestTotals> {
  const totals: WarcIngestTotals = { read: 0, added: 0, updated: 0, unchanged: 0, stories: new Set(), skipped: false };
  const start = opts.checkpoint?.resumePoint(path) ?? { startOffset: 0, startRecord: 0, done: false };
  if (start.done) return { ...totals, skipped: true };
  let point = { offset: start.startOffset, record: start.startRecord };
  let buffer: RawDocument[] = [];
  const diagnostics: Diagnostic[] = [];
  const flush = async (): Promise<void> => {
    const { articles, diagnostics: d } = cleanDocuments(buffer);
    buffer = [];
    opts.onDiagnostics?.([...diagnostics.splice(0), ...d, ...articles.flatMap((a) => a.diagnostics)]);
    if (articles.length > 0) {
      const r = await svc.ingestBatch(articles);
      totals.added += r.added;
      totals.updated += r.updated;
      totals.unchanged += r.unchanged;
      for (const s of r.stories) totals.stories.add(s);
    }
    opts.checkpoint?.save(path, point.offset, point.record);
  };
  const reader = readWarc(path, {
    startOffset: start.startOffset,
    startRecord: start.startRecord,
    onCheckpoint: (offset, record) => { point = { offset, record }; },
    onDiagnostic: (d) => diagnostics.push(d),
    ...(opts.onProgress ? { onProgress: opts.onProgress } : {}),
  });
  for await (const doc of reader) {
    buffer.push(doc);
    totals.read++;
    if (buffer.length >= opts.batchSize) await flush();
  }
  await flush();
  return totals;
}
