/**
 * Serialises WARC records with warcio (used by tests and the benchmark to build WARC files from
 * real pages, and usable to archive fetched pages). Each record is its own gzip member when
 * `gzip` is set, as in standard .warc.gz files.
 */
import { WARCRecord, type WARCType } from 'warcio';
import { WARCSerializer } from 'warcio/node';

export interface WarcRecordInput {
  type?: WARCType;
  url: string;
  /** ISO 8601. */
  date: string;
  /** HTTP payload (the page). */
  body: string | Uint8Array;
  status?: number;
  contentType?: string;
  httpHeaders?: Record<string, string>;
}

const encoder = new TextEncoder();
const REASONS: Record<number, string> = { 200: 'OK', 301: 'Moved Permanently', 302: 'Found', 404: 'Not Found' };

async function* once(bytes: Uint8Array): AsyncGenerator<Uint8Array> {
  yield bytes;
}

export async function serializeWarcRecord(input: WarcRecordInput, opts: { gzip?: boolean } = {}): Promise<Uint8Array> {
  const type = input.type ?? 'response';
  const body = typeof input.body === 'string' ? encoder.encode(input.body) : input.body;
  const status = input.status ?? 200;
  const httpHeaders: Record<string, string> = { ...(input.contentType ? { 'Content-Type': input.contentType } : {}), 'Content-Length': String(body.length), ...input.httpHeaders };
  const record = WARCRecord.create({
    url: input.url,
    date: input.date,
    type,
    warcVersion: 'WARC/1.1',
    ...(type === 'response' ? { httpHeaders, statusline: `HTTP/1.1 ${status} ${REASONS[status] ?? 'Status'}` } : {}),
    ...(type === 'request' ? { httpHeaders: { 'User-Agent': 'crosscheck' }, statusline: `GET ${new URL(input.url).pathname} HTTP/1.1` } : {}),
  }, once(body));
  return WARCSerializer.serialize(record, { gzip: opts.gzip ?? false });
}
