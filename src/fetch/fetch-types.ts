import { CrosscheckError } from '../errors.js';

/** Validators and (optionally) the body of an earlier response, for conditional requests. */
export interface CacheEntry {
  etag?: string;
  lastModified?: string;
  body?: string;
  contentType?: string;
  finalUrl?: string;
}

/** Where the fetcher keeps validators between requests. Sync or async, so a store can back it. */
export interface FetchCache {
  get(url: string): CacheEntry | undefined | Promise<CacheEntry | undefined>;
  set(url: string, entry: CacheEntry): void | Promise<void>;
}

export type FetchRefusal = 'private-address' | 'robots' | 'scheme' | 'content-type';
export type FetchFailure =
  | 'bad-url' | 'timeout' | 'too-large' | 'decompression-limit' | 'bad-encoding'
  | 'too-many-redirects' | 'http-status' | 'network';

/** Outcome of one fetch. Content and network problems are results, not exceptions. */
export type FetchResult =
  | {
      kind: 'ok';
      url: string;
      /** URL after redirects. */
      finalUrl: string;
      status: number;
      /** Media type without parameters, lower case ('' when the server sent none). */
      contentType: string;
      /** Full Content-Type header (with charset). */
      contentTypeHeader: string;
      body: string;
      /** Bytes on the wire and after decompression. */
      rawBytes: number;
      bytes: number;
      etag?: string;
      lastModified?: string;
      redirects: string[];
    }
  | { kind: 'not-modified'; url: string; finalUrl: string; status: 304; cached?: CacheEntry }
  | { kind: 'refused'; url: string; reason: FetchRefusal; message: string }
  | { kind: 'failed'; url: string; reason: FetchFailure; message: string; status?: number };

export interface FetchRequestOptions {
  /** Validators for a conditional request; when absent the fetcher's cache is asked. */
  etag?: string;
  lastModified?: string;
  /** Skip the cache for this request (no conditional headers, no store). */
  noCache?: boolean;
}

export interface Fetcher {
  fetchUrl(url: string, opts?: FetchRequestOptions): Promise<FetchResult>;
}

/** For callers that prefer exceptions: maps a refused/failed result to a CrosscheckError. */
export function fetchResultError(r: FetchResult): CrosscheckError | null {
  if (r.kind === 'refused') return new CrosscheckError('CC_FETCH_BLOCKED', `${r.url}: ${r.message}`, { statusCode: 403 });
  if (r.kind === 'failed') return new CrosscheckError('CC_FETCH_FAILED', `${r.url}: ${r.message}`, { statusCode: 502 });
  return null;
}

/** A bounded in-memory cache (oldest entries dropped first). */
export function createMemoryCache(maxEntries = 1000): FetchCache & { size(): number } {
  const map = new Map<string, CacheEntry>();
  return {
    get: (url) => map.get(url),
    set: (url, entry) => {
      map.delete(url);
      map.set(url, entry);
      while (map.size > maxEntries) {
        const first = map.keys().next().value;
        if (first === undefined) break;
        map.delete(first);
      }
    },
    size: () => map.size,
  };
}
