/**
 * createFetcher(opts).fetchUrl(url): a polite and safe GET.
 * Order of checks for every hop: scheme -> literal-IP guard -> robots.txt -> per-host slot ->
 * request (DNS answers checked by the guarded lookup) -> redirect? (loop, limited) -> 304? ->
 * status -> content type -> body with size and decompression limits -> charset decoding.
 * The timeout is a budget for the whole fetch, redirects included, counted only while a request
 * is on the wire: time spent queued for a host slot (politeness delay) does not use it up.
 */
import { isIP } from 'node:net';
import type { IncomingMessage } from 'node:http';
import { forbiddenAddressReason } from './address-guard.js';
import { BlockedAddressError, createGuardedLookup } from './guarded-lookup.js';
import { BodyLimitError, readBody } from './body-reader.js';
import { decodeBody } from './charset-decoder.js';
import { getOnce } from './http-hop.js';
import { createHostLimiter } from './host-limiter.js';
import { createRobotsCache } from './robots-cache.js';
import type { FetchCache, FetchRequestOptions, FetchResult, Fetcher } from './fetch-types.js';

export interface FetcherOptions {
  /** Sent as User-Agent; its first token is matched against robots.txt groups. */
  userAgent?: string;
  /** Requests in flight per host (default 2). */
  perHostConcurrency?: number;
  /** Minimum delay between request starts on one host, ms (default 1000). Crawl-delay may raise it. */
  perHostDelayMs?: number;
  /** Whole-fetch timeout including redirects, ms (default 15000). */
  timeoutMs?: number;
  /** Maximum body bytes on the wire (default 10 MB). */
  maxBytes?: number;
  /** Maximum body bytes after decompression (default 4 x maxBytes). */
  maxDecompressedBytes?: number;
  /** Maximum redirects followed (default 5). */
  maxRedirects?: number;
  /** Media types accepted; null accepts any (default: HTML, XML, feeds, JSON, plain text). */
  allowedContentTypes?: string[] | null;
  /** Obey robots.txt (default true). */
  respectRobots?: boolean;
  /** Allow loopback/private/link-local addresses (default false: the SSRF guard is on). */
  allowPrivate?: boolean;
  /** Validators for conditional requests. */
  cache?: FetchCache;
  /** Replaces the SSRF address rule (returns why an address is refused, or null); for tests and
   *  deployments with their own rules. Ignored when allowPrivate is true. */
  addressPolicy?: (address: string) => string | null;
  /** Longest Crawl-delay honoured, seconds (default 30). */
  maxCrawlDelaySec?: number;
}

export const DEFAULT_CONTENT_TYPES = [
  'text/html', 'application/xhtml+xml', 'application/xml', 'text/xml', 'application/rss+xml',
  'application/atom+xml', 'application/rdf+xml', 'application/feed+json', 'application/json', 'text/plain',
];

const ACCEPT = 'text/html,application/xhtml+xml,application/rss+xml,application/atom+xml,application/feed+json;q=0.9,application/xml;q=0.9,text/xml;q=0.9,application/json;q=0.8,*/*;q=0.1';

function header(res: IncomingMessage, name: string): string | undefined {
  const v = res.headers[name];
  return Array.isArray(v) ? v[0] : v;
}

export function createFetcher(opts: FetcherOptions = {}): Fetcher {
  const userAgent = opts.userAgent ?? 'crosscheck/0.1 (+https://github.com/crosscheck-news/crosscheck)';
  const timeoutMs = opts.timeoutMs ?? 15_000;
  const maxBytes = opts.maxBytes ?? 10 * 1024 * 1024;
  const maxDecompressedBytes = opts.maxDecompressedBytes ?? 4 * maxBytes;
  const maxRedirects = opts.maxRedirects ?? 5;
  const allowPrivate = opts.allowPrivate ?? false;
  const allowed = opts.allowedContentTypes === undefined ? DEFAULT_CONTENT_TYPES : opts.allowedContentTypes;
  const policy = opts.addressPolicy ?? forbiddenAddressReason;
  const lookup = createGuardedLookup(allowPrivate, policy);
  const crawlDelays = new Map<string, number>();
  const maxCrawlDelayMs = (opts.maxCrawlDelaySec ?? 30) * 1000;
  const limiter = createHostLimiter({
    concurrency: opts.perHostConcurrency ?? 2,
    delayMs: opts.perHostDelayMs ?? 1000,
    delayFor: (host) => Math.min(maxCrawlDelayMs, (crawlDelays.get(host) ?? 0) * 1000),
  });

  async function run(url: string, reqOpts: FetchRequestOptions, useRobots: boolean, types: string[] | null, byteCap: number): Promise<FetchResult> {
    let current: URL;
    try { current = new URL(url); } catch { return { kind: 'failed', url, reason: 'bad-url', message: 'not a valid URL' }; }
    const cached = reqOpts.noCache ? undefined : await opts.cache?.get(url);
    const etag = reqOpts.etag ?? cached?.etag;
    const lastModified = reqOpts.lastModified ?? cached?.lastModified;
    const controller = new AbortController();
    let timer: ReturnType<typeof setTimeout> | null = null;
    let budget = timeoutMs;
    let armedAt = 0;
    const arm = (): void => { armedAt = Date.now(); timer = setTimeout(() => controller.abort(), Math.max(1, budget)); };
    const disarm = (): void => { if (timer) { clearTimeout(timer); timer = null; budget -= Date.now() - armedAt; } };
    const redirects: string[] = [];
    try {
      for (;;) {
        if (current.protocol !== 'http:' && current.protocol !== 'https:') {
          return { kind: 'refused', url, reason: 'scheme', message: `scheme ${current.protocol} is not fetched` };
        }
        const host = current.hostname.replace(/^\[|\]$/g, '');
        if (!allowPrivate && isIP(host)) {
          const why = policy(host);
          if (why) return { kind: 'refused', url, reason: 'private-address', message: `${current.host} is ${why}` };
        }
        if (useRobots) {
          const rules = await robots.rulesFor(current);
          if (rules.crawlDelay !== undefined) crawlDelays.set(current.host, rules.crawlDelay);
          if (!rules.isAllowed(current.pathname + current.search)) {
            return { kind: 'refused', url, reason: 'robots', message: `${current.href} is disallowed by robots.txt` };
          }
        }
        const headers: Record<string, string> = { 'user-agent': userAgent, accept: ACCEPT, 'accept-encoding': 'gzip, deflate, br' };
        if (redirects.length === 0 && etag) headers['if-none-match'] = etag;
        if (redirects.length === 0 && lastModified) headers['if-modified-since'] = lastModified;
        const slot = await limiter.acquire(current.host);
        arm();
        const release = (): void => { disarm(); slot(); };
        let res: IncomingMessage;
        try {
          res = await getOnce(current, { headers, lookup, signal: controller.signal });
        } catch (e) {
          release();
          throw e;
        }
        try {
          const status = res.statusCode ?? 0;
          const location = header(res, 'location');
          if (status >= 300 && status < 400 && status !== 304 && location) {
            res.resume();
            if (redirects.length >= maxRedirects) {
              return { kind: 'failed', url, reason: 'too-many-redirects', message: `more than ${maxRedirects} redirects`, status };
            }
            current = new URL(location, current);
            redirects.push(current.href);
            continue;
          }
          if (status === 304) {
            res.resume();
            const r: FetchResult = { kind: 'not-modified', url, finalUrl: current.href, status: 304 };
            if (cached) r.cached = cached;
            return r;
          }
          if (status < 200 || status >= 300) {
            res.resume();
            return { kind: 'failed', url, reason: 'http-status', message: `HTTP ${status}`, status };
          }
          const contentTypeHeader = header(res, 'content-type') ?? '';
          const contentType = (contentTypeHeader.split(';')[0] ?? '').trim().toLowerCase();
          if (types && contentType !== '' && !types.includes(contentType)) {
            res.destroy();
            return { kind: 'refused', url, reason: 'content-type', message: `content type ${contentType} is not accepted` };
          }
          const declared = Number(header(res, 'content-length') ?? NaN);
          if (Number.isFinite(declared) && declared > byteCap) {
            res.destroy();
            return { kind: 'failed', url, reason: 'too-large', message: `content-length ${declared} is over ${byteCap}` };
          }
          const { bytes, rawBytes } = await readBody(res, { maxBytes: byteCap, maxDecompressedBytes });
          const body = decodeBody(bytes, contentTypeHeader);
          const out: FetchResult = { kind: 'ok', url, finalUrl: current.href, status, contentType, contentTypeHeader, body, rawBytes, bytes: bytes.length, redirects };
          const newEtag = header(res, 'etag');
          const newLm = header(res, 'last-modified');
          if (newEtag) out.etag = newEtag;
          if (newLm) out.lastModified = newLm;
          if (!reqOpts.noCache && opts.cache && (newEtag || newLm)) {
            const entry = { body, contentType: contentTypeHeader, finalUrl: current.href, ...(newEtag ? { etag: newEtag } : {}), ...(newLm ? { lastModified: newLm } : {}) };
            await opts.cache.set(url, entry);
          }
          return out;
        } finally {
          release();
        }
      }
    } catch (e) {
      if (e instanceof BlockedAddressError) return { kind: 'refused', url, reason: 'private-address', message: e.message };
      if ((e as { cause?: unknown }).cause instanceof BlockedAddressError) {
        return { kind: 'refused', url, reason: 'private-address', message: ((e as { cause: Error }).cause).message };
      }
      if (e instanceof BodyLimitError) return { kind: 'failed', url, reason: e.reason, message: e.message };
      if (controller.signal.aborted) return { kind: 'failed', url, reason: 'timeout', message: `no complete response within ${timeoutMs} ms` };
      return { kind: 'failed', url, reason: 'network', message: (e as Error).message };
    } finally {
      disarm();
    }
  }

  const robots = createRobotsCache({ fetchUrl: (u, o) => run(u, o ?? {}, false, null, 512 * 1024) }, userAgent);
  const useRobots = opts.respectRobots ?? true;
  return {
    fetchUrl: (url, reqOpts = {}) => run(url, reqOpts, useRobots, allowed, maxBytes),
  };
}
