import { existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import type { Command } from 'commander';
import { openStore } from '../../store/open-store.js';
import { createIngestService } from '../../store/ingest-service.js';
import { createStoreDeps } from '../../pipeline/store-deps.js';
import { cleanDocuments } from '../../pipeline/load-articles.js';
import { CrosscheckError } from '../../errors.js';
import type { RawDocument } from '../../model/article.js';
import { createFetcher } from '../../fetch/fetcher.js';
import { createFeedWatcher, type FeedWatcherState, type PollReport } from '../../watch/feed-watcher.js';
import { parseInterval } from '../../watch/interval-parser.js';
import { readFeedList } from '../../watch/feed-list-reader.js';
import { reportDiagnostics } from '../output.js';
import { io } from '../run-state.js';

export interface WatchCliOptions {
  interval: string;
  db?: string;
  once?: boolean;
  state?: string;
  allowPrivate?: boolean;
  delay: string;
  format: string;
}

type Sink = (docs: RawDocument[]) => Promise<void>;

/** Prints each new document: a one-line summary (default) or the full RawDocument as JSON. */
function printSink(format: string): Sink {
  return async (docs) => {
    for (const d of docs) {
      const line = format === 'raw' ? d : {
        url: d.meta.url ?? null, title: d.meta.title ?? null, publishedAt: d.meta.publishedAt ?? null,
        credit: d.meta.credit ?? null, feed: d.meta.extra?.['feedUrl'] ?? null, bytes: d.content.length,
      };
      io.out(`${JSON.stringify(line)}\n`);
    }
  };
}

function loadState(path: string | undefined): FeedWatcherState | undefined {
  if (!path || !existsSync(path)) return undefined;
  try {
    const s = JSON.parse(readFileSync(path, 'utf8')) as FeedWatcherState;
    if (s.version !== 1 || typeof s.feeds !== 'object') throw new Error('unknown state version');
    return s;
  } catch (e) {
    throw new CrosscheckError('CC_BAD_OPTION', `--state ${path}: ${(e as Error).message}`);
  }
}

function saveState(path: string | undefined, state: FeedWatcherState): void {
  if (!path) return;
  writeFileSync(`${path}.tmp`, JSON.stringify(state));
  renameSync(`${path}.tmp`, path);
}

function logPoll(r: PollReport): void {
  const count = (s: string): number => r.feeds.filter((f) => f.status === s).length;
  io.err(`poll: ${r.feeds.length} feeds (${count('ok')} changed, ${count('not-modified')} not modified, ${count('failed') + count('refused')} failed), ${r.docs} new documents\n`);
  reportDiagnostics(r.diagnostics, { quiet: true });
}

/** Runs the watcher; `sink` is where new documents go (the store, once --db is wired). */
export async function runWatch(listPath: string, opts: WatchCliOptions, sink?: Sink): Promise<void> {
  const interval = parseInterval(opts.interval);
  const delay = parseInterval(opts.delay, 0);
  let text: string;
  try { text = readFileSync(listPath, 'utf8'); } catch (e) {
    throw new CrosscheckError('CC_NO_INPUT', `cannot read ${listPath}: ${(e as Error).message}`);
  }
  const feeds = readFeedList(text);
  if (feeds.length === 0) throw new CrosscheckError('CC_NO_INPUT', `no feed URLs in ${listPath}`);
  const fetcher = createFetcher({ allowPrivate: opts.allowPrivate ?? false, perHostDelayMs: delay });
  const state = loadState(opts.state);
  const watcher = createFeedWatcher({
    feeds, fetcher, interval, sink: sink ?? printSink(opts.format), ...(state ? { state } : {}),
    onPoll: (r) => { logPoll(r); saveState(opts.state, watcher.state); },
    onError: (e) => io.err(`error: poll failed: ${(e as Error).message}\n`),
  });
  if (opts.once) {
    const r = await watcher.pollOnce();
    logPoll(r);
    saveState(opts.state, watcher.state);
    return;
  }
  io.err(`watching ${feeds.length} feeds every ${opts.interval} (Ctrl-C to stop)\n`);
  watcher.start();
  await new Promise<void>((resolve) => {
    const stop = (): void => {
      process.off('SIGINT', stop);
      process.off('SIGTERM', stop);
      void watcher.stop().then(() => { saveState(opts.state, watcher.state); resolve(); });
    };
    process.on('SIGINT', stop);
    process.on('SIGTERM', stop);
  });
}

export function register(program: Command): void {
  program
    .command('watch')
    .description('Poll RSS/Atom/JSON feeds and take the pages of new items')
    .argument('<feeds>', 'a text file of feed URLs (one a line) or an OPML file')
    .option('--interval <time>', 'time between polls: 30s, 10m, 1h', '10m')
    .option('--db <url>', 'store new articles in this database')
    .option('--once', 'poll once and exit')
    .option('--state <file>', 'JSON file keeping seen items and validators between runs')
    .option('--delay <time>', 'minimum delay between requests to one host', '1s')
    .option('--allow-private', 'allow fetching loopback and private addresses')
    .option('-f, --format <format>', 'summary | raw (one JSON line per new document)', 'summary')
    .action(async (feedsPath: string, opts: WatchCliOptions) => {
      if (opts.format !== 'summary' && opts.format !== 'raw') throw new CrosscheckError('CC_BAD_OPTION', '--format must be summary or raw');
      if (!opts.db) { await runWatch(feedsPath, opts); return; }
      const store = await openStore(opts.db);
      try {
        // Reports are built on a story's first read, not at every poll that touches the story.
        const svc = createIngestService(store, createStoreDeps(), { deferReports: true });
        await runWatch(feedsPath, opts, async (docs) => {
          const { articles, diagnostics } = cleanDocuments(docs);
          reportDiagnostics([...diagnostics, ...articles.flatMap((a) => a.diagnostics)], { quiet: true });
          if (articles.length === 0) return;
          const t = await svc.ingestBatch(articles);
          io.err(`stored ${t.added} new, ${t.updated} updated, ${t.unchanged} unchanged\n`);
        });
      } finally {
        await store.close();
      }
    });
}
