/**
 * Feed watcher: polls a list of feeds with conditional requests (ETag / Last-Modified kept in
 * the state), hands the pages of new items to a sink, and remembers which items it has seen.
 * The state is plain JSON that a caller can save and pass back to resume without refetching.
 * An item is marked seen once its document reached the sink, or when its page was refused;
 * an item whose page failed is tried again the next time the feed changes.
 */
import type { RawDocument } from '../model/article.js';
import type { Diagnostic } from '../model/diagnostic.js';
import type { Fetcher } from '../fetch/fetch-types.js';
import { parseFeed } from '../ingest/feed-reader.js';
import { feedItemKey } from '../ingest/feed-types.js';
import { feedDocuments, type FeedDocumentOptions } from '../ingest/feed-documents.js';
import { diagnostic } from '../model/diagnostic.js';
import { mapPool } from '../ingest/url-pool.js';

export interface FeedState {
  etag?: string;
  lastModified?: string;
  /** Keys of items already handed to the sink (most recent last, bounded). */
  seen: string[];
  lastPolledAt?: string;
  lastStatus?: 'ok' | 'not-modified' | 'failed' | 'refused';
}

export interface FeedWatcherState {
  version: 1;
  feeds: Record<string, FeedState>;
  /** Page URLs already delivered from any feed (bounded): an article listed by two feeds is taken once. */
  urls?: string[];
}

export interface FeedPollResult {
  url: string;
  status: 'ok' | 'not-modified' | 'failed' | 'refused';
  newItems: number;
  docs: number;
}

export interface PollReport {
  feeds: FeedPollResult[];
  docs: number;
  diagnostics: Diagnostic[];
}

export interface FeedWatcherOptions {
  feeds: string[];
  fetcher: Fetcher;
  sink: (docs: RawDocument[]) => Promise<void>;
  /** Milliseconds between the end of one poll and the start of the next. */
  interval: number;
  state?: FeedWatcherState;
  /** Feeds polled at once (default 4; the fetcher still limits each host). */
  feedConcurrency?: number;
  /** Seen-item keys kept per feed (default 5000). */
  maxSeenPerFeed?: number;
  /** Options for fetching item pages. */
  items?: FeedDocumentOptions;
  /** Called after each poll started by start(). */
  onPoll?: (report: PollReport) => void;
  /** Called when a poll started by start() throws (e.g. the sink failed). */
  onError?: (error: unknown) => void;
  now?: () => Date;
}

export interface FeedWatcher {
  pollOnce(): Promise<PollReport>;
  start(): void;
  stop(): Promise<void>;
  readonly state: FeedWatcherState;
}

export function createFeedWatcher(opts: FeedWatcherOptions): FeedWatcher {
  const state: FeedWatcherState = opts.state ?? { version: 1, feeds: {} };
  const maxSeen = opts.maxSeenPerFeed ?? 5000;
  const maxUrls = maxSeen * 4;
  const urlsSeen = new Set(state.urls ?? []);
  const inFlight = new Set<string>();
  let sinkChain: Promise<unknown> = Promise.resolve();
  const serialSink = (docs: RawDocument[]): Promise<void> => {
    const p = sinkChain.then(() => opts.sink(docs));
    sinkChain = p.catch(() => undefined);
    return p;
  };
  const now = opts.now ?? (() => new Date());
  let timer: ReturnType<typeof setTimeout> | null = null;
  let running: Promise<unknown> | null = null;
  let stopped = true;

  async function pollFeed(url: string, diagnostics: Diagnostic[]): Promise<FeedPollResult> {
    const fs: FeedState = state.feeds[url] ?? { seen: [] };
    state.feeds[url] = fs;
    fs.lastPolledAt = now().toISOString();
    const r = await opts.fetcher.fetchUrl(url, { noCache: true, ...(fs.etag ? { etag: fs.etag } : {}), ...(fs.lastModified ? { lastModified: fs.lastModified } : {}) });
    fs.lastStatus = r.kind === 'ok' ? 'ok' : r.kind;
    if (r.kind === 'not-modified') return { url, status: 'not-modified', newItems: 0, docs: 0 };
    if (r.kind !== 'ok') {
      diagnostics.push(diagnostic(r.kind === 'refused' ? 'ingest/blocked-url' : 'ingest/fetch-failed', url, r.message, 'error'));
      return { url, status: r.kind, newItems: 0, docs: 0 };
    }
    const feed = parseFeed(r.body, r.finalUrl);
    diagnostics.push(...feed.diagnostics);
    const seen = new Set(fs.seen);
    const unseen = feed.items.filter((it) => !seen.has(feedItemKey(it)));
    // Items whose page another feed already delivered are marked seen without a fetch.
    // Pages being fetched for another feed of this poll are left to that feed.
    const fresh = unseen.filter((it) => !(it.url && (urlsSeen.has(it.url) || inFlight.has(it.url))));
    for (const it of unseen) if (it.url && urlsSeen.has(it.url)) fs.seen.push(feedItemKey(it));
    const claimed = fresh.map((it) => it.url).filter((u): u is string => u !== undefined);
    for (const u of claimed) inFlight.add(u);
    let out: Awaited<ReturnType<typeof feedDocuments>>;
    try {
      out = await feedDocuments({ ...feed, items: fresh }, url, opts.fetcher, opts.items ?? {});
      diagnostics.push(...out.diagnostics);
      // One sink call at a time, whatever the number of feeds polled at once.
      if (out.docs.length > 0) await serialSink(out.docs);
    } finally {
      for (const u of claimed) inFlight.delete(u);
    }
    // Mark seen only after the sink accepted the documents.
    const done = new Set(out.docs.map((d) => d.source.index));
    const refused = new Set(out.diagnostics.filter((d) => d.code === 'ingest/blocked-url').map((d) => d.input));
    for (const it of fresh) {
      if (done.has(it.index) || (it.url && refused.has(it.url)) || (!it.url && !it.contentHtml && !it.summary)) fs.seen.push(feedItemKey(it));
    }
    if (fs.seen.length > maxSeen) fs.seen.splice(0, fs.seen.length - maxSeen);
    const urls = (state.urls ??= []);
    const byIndex = new Map(fresh.map((it) => [it.index, it]));
    for (const d of out.docs) {
      const u = d.source.index === undefined ? undefined : byIndex.get(d.source.index)?.url;
      if (u && !urlsSeen.has(u)) { urlsSeen.add(u); urls.push(u); }
    }
    if (urls.length > maxUrls) for (const u of urls.splice(0, urls.length - maxUrls)) urlsSeen.delete(u);
    // Validators are saved last: if anything above threw, the next poll refetches the feed.
    if (r.etag) fs.etag = r.etag; else delete fs.etag;
    if (r.lastModified) fs.lastModified = r.lastModified; else delete fs.lastModified;
    return { url, status: 'ok', newItems: fresh.length, docs: out.docs.length };
  }

  async function pollOnce(): Promise<PollReport> {
    const diagnostics: Diagnostic[] = [];
    const feeds = await mapPool(opts.feeds, opts.feedConcurrency ?? 4, (url) => pollFeed(url, diagnostics));
    return { feeds, docs: feeds.reduce((n, f) => n + f.docs, 0), diagnostics };
  }

  function schedule(delay: number): void {
    if (stopped) return;
    timer = setTimeout(() => {
      timer = null;
      running = pollOnce()
        .then((rep) => opts.onPoll?.(rep), (e: unknown) => opts.onError?.(e))
        .finally(() => { running = null; schedule(opts.interval); });
    }, delay);
  }

  return {
    state,
    pollOnce,
    start() {
      if (!stopped) return;
      stopped = false;
      schedule(0);
    },
    async stop() {
      stopped = true;
      if (timer) { clearTimeout(timer); timer = null; }
      if (running) await running;
    },
  };
}
