/**
 * WARC reader: streams the response records of a .warc or .warc.gz file (warcio's WARCParser
 * over a file stream; per-record gzip members are handled by warcio) and yields one HTML
 * RawDocument per 200 response with an HTML content type, with WARC-Target-URI and WARC-Date.
 * Memory stays flat: one record at a time, records over `maxRecordBytes` are skipped unread.
 * Resumable: `onCheckpoint(offset, record)` reports the byte offset of the next record once every
 * earlier record was handed out; pass it back as `startOffset`/`startRecord` to continue.
 * Offsets are record boundaries for uncompressed WARCs and per-record-gzip WARCs (the standard,
 * CC-NEWS included); a WARC gzipped as one stream cannot be resumed by offset.
 */
import { createReadStream, statSync } from 'node:fs';
import { WARCParser, type WARCRecord } from 'warcio';
import type { RawDocument } from '../model/article.js';
import { diagnostic, type Diagnostic } from '../model/diagnostic.js';
import { decodeBody } from '../fetch/charset-decoder.js';

export interface ReadWarcOptions {
  /** Byte offset to start at: a checkpoint from an earlier run (default 0). */
  startOffset?: number;
  /** Index of the record at startOffset, so record indexes stay absolute (default 0). */
  startRecord?: number;
  /** Records (absolute index) before this one are skipped without decoding: the way to resume
   *  a WARC gzipped as one stream, where offsets are not record boundaries. */
  skipRecords?: number;
  /** Offset of the next record and its index, after all records before it were consumed. */
  onCheckpoint?: (offset: number, record: number) => void;
  /** Bytes of the file read so far (startOffset included) and the file size. */
  onProgress?: (bytesRead: number, totalBytes: number) => void;
  onDiagnostic?: (d: Diagnostic) => void;
  /** Records whose WARC block is larger are skipped unread (default 5 MB). */
  maxRecordBytes?: number;
  /** Media types taken (default HTML and XHTML). */
  contentTypes?: string[];
  /** Take only HTTP 200 responses (default true). */
  okOnly?: boolean;
  /** Read-stream chunk size (default 1 MB). */
  highWaterMark?: number;
}

const DEFAULT_TYPES = ['text/html', 'application/xhtml+xml'];

async function* counted(path: string, start: number, hwm: number, onBytes: (n: number) => void, handle: { destroy?: () => void }): AsyncGenerator<Uint8Array> {
  const stream = createReadStream(path, { start, highWaterMark: hwm });
  handle.destroy = () => stream.destroy();
  let n = start;
  for await (const chunk of stream as AsyncIterable<Buffer>) {
    n += chunk.length;
    onBytes(n);
    yield chunk;
  }
}

async function readPayload(rec: WARCRecord, limit: number): Promise<Uint8Array | null> {
  const chunks: Uint8Array[] = [];
  let size = 0;
  for await (const chunk of rec) {
    size += chunk.length;
    if (size > limit) return null;
    chunks.push(chunk);
  }
  return Buffer.concat(chunks, size);
}

interface RecordContext {
  path: string; index: number; offset: number; maxRecord: number; types: string[]; okOnly: boolean;
  report: (d: Diagnostic) => void;
}

/** The RawDocument of one record, or null when it is not an HTML 200 response. */
async function toDocument(rec: WARCRecord, c: RecordContext): Promise<RawDocument | null> {
  if (rec.warcType !== 'response') return null;
  if (rec.warcContentLength > c.maxRecord) {
    c.report(diagnostic('ingest/too-large', c.path, `record ${c.index} (${rec.warcContentLength} bytes) is over ${c.maxRecord}; skipped`, 'info', { offset: c.offset }));
    return null;
  }
  const http = rec.httpHeaders;
  if (c.okOnly && Number(http?.statusCode) !== 200) return null;
  const contentType = http?.headers.get('content-type') ?? '';
  const media = (contentType.split(';')[0] ?? '').trim().toLowerCase();
  if (!c.types.includes(media)) return null;
  let payload: Uint8Array | null;
  try {
    payload = await readPayload(rec, c.maxRecord * 4);
  } catch (e) {
    c.report(diagnostic('ingest/bad-warc', c.path, `record ${c.index}: ${(e as Error).message}`, 'warning', { offset: c.offset }));
    return null;
  }
  if (!payload) {
    c.report(diagnostic('ingest/too-large', c.path, `record ${c.index} decodes to more than ${c.maxRecord * 4} bytes; skipped`, 'warning', { offset: c.offset }));
    return null;
  }
  const doc: RawDocument = {
    kind: 'raw',
    source: { input: c.path, index: c.index },
    format: 'html',
    content: decodeBody(payload, contentType),
    meta: { extra: { warcOffset: c.offset } },
    diagnostics: [],
  };
  const uri = rec.warcTargetURI;
  if (uri) doc.meta.url = uri;
  const date = rec.warcDate ? Date.parse(rec.warcDate) : NaN;
  if (!Number.isNaN(date)) { doc.meta.publishedAt = new Date(date).toISOString(); doc.meta.publishedAtSource = 'warc'; }
  const id = rec.warcHeader('WARC-Record-ID');
  if (id && doc.meta.extra) doc.meta.extra['warcRecordId'] = id;
  return doc;
}

/** Streams the HTML responses of a WARC file as RawDocuments. */
export async function* readWarc(path: string, opts: ReadWarcOptions = {}): AsyncGenerator<RawDocument> {
  const start = opts.startOffset ?? 0;
  const total = statSync(path).size;
  const maxRecord = opts.maxRecordBytes ?? 5 * 1024 * 1024;
  const types = opts.contentTypes ?? DEFAULT_TYPES;
  const okOnly = opts.okOnly ?? true;
  const skip = opts.skipRecords ?? 0;
  const report = (d: Diagnostic): void => opts.onDiagnostic?.(d);
  const handle: { destroy?: () => void } = {};
  const source = counted(path, start, opts.highWaterMark ?? 1024 * 1024, (n) => opts.onProgress?.(n, total), handle);
  const parser = new WARCParser(source);
  let index = (opts.startRecord ?? 0) - 1;
  try {
    for (;;) {
      let rec: WARCRecord | null;
      try {
        rec = await parser.parse();
      } catch (e) {
        report(diagnostic('ingest/bad-warc', path, `cannot read the record after offset ${start + parser.offset}: ${(e as Error).message}`, 'error', { offset: start + parser.offset }));
        return;
      }
      if (!rec) break;
      index++;
      const offset = start + parser.offset;
      // Every record before this one has been consumed by the caller.
      opts.onCheckpoint?.(offset, index);
      const block = rec.reader as AsyncIterable<Uint8Array> & { limit?: unknown };
      const doc = index < skip ? null : await toDocument(rec, { path, index, offset, maxRecord, types, okOnly, report });
      // Drain what is left of the block ourselves: warcio's own skip loops forever on a file cut
      // inside a record, and a block that ends early means the file is truncated.
      for await (const _ of block) { /* drain */ }
      if (typeof block.limit === 'number' && block.limit > 0) {
        report(diagnostic('ingest/bad-warc', path, `record ${index} at offset ${offset} is truncated (${block.limit} bytes missing)`, 'error', { offset }));
        return;
      }
      if (doc) yield doc;
    }
    if (start + parser.offset < total) {
      report(diagnostic('ingest/bad-warc', path, `the bytes after offset ${start + parser.offset} do not form a complete record`, 'error', { offset: start + parser.offset }));
      return;
    }
    opts.onCheckpoint?.(total, index + 1);
  } finally {
    handle.destroy?.();
  }
}
