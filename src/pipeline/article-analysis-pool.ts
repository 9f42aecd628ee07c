/**
 * Per-article analysis on worker threads beside the calling thread, for an ingest that defers
 * story reports: there analysis is most of what a batch costs, and it needs nothing the batch
 * computes, so it runs while the calling thread clusters and writes. Hand-written on
 * node:worker_threads (like analysis-pool.ts) because the caller must take part.
 *
 * Scheduling: a batch's articles are cut into chunks in a shared queue. Each worker, once it has
 * loaded its modules (until then the caller does all), is kept two chunks ahead (it takes the
 * next when one comes back); the caller, once it awaits the result
 * (after its own work), takes chunks itself, so a worker slowed by a busy machine simply gets
 * fewer. Results are JSON text, the form the store keeps, which crosses threads cheaply and is
 * the same text the in-thread analysis gives. A worker that fails to start or dies hands its
 * chunks back and is dropped; a chunk failing in a worker is redone in-thread, where it fails
 * (or not) as without a pool.
 * Workers are unreferenced while idle, so an idle pool never keeps the process alive.
 */
import type { Worker } from 'node:worker_threads';
import type { Article } from '../model/article.js';
import { startSlots } from './analysis-pool.js';

/** Articles per message: small enough to balance a batch, large enough that messages are few. */
const CHUNK = 16;
/** Chunks queued at a worker at once, so it has work while the caller is busy. */
const AHEAD = 2;

/** Messages from a worker: ready (its modules loaded), or the answer to a chunk. */
export type AnalysisReply = { ready: true } | { seq: number; json: string[] } | { seq: number; error: string };

export interface ArticleAnalysisPool {
  /** Starts analysing `articles`; the returned function completes the work and gives JSON texts in order. */
  analyze(articles: Article[]): () => Promise<string[]>;
  start(): void;
  /** Live workers (0 when none could start). */
  size(): number;
  /** Live workers that have loaded their modules and take chunks. */
  ready(): number;
  close(): Promise<void>;
}

export interface AnalysisPoolOptions {
  size: number;
  /** The same analysis (as JSON text) in the calling thread. */
  inThread: (article: Article) => string;
  workerUrl?: URL;
}

interface Slot {
  worker: Worker;
  /** Chunks go only to a worker that has loaded its modules: until then the caller does them. */
  ready: boolean;
  /** seq -> chunk sent to this worker and not answered yet. */
  busy: Map<number, Chunk>;
  dead: boolean;
}

interface Chunk {
  job: Job;
  from: number;
  articles: Article[];
}

interface Job {
  out: (string | undefined)[];
  queue: Chunk[];
  /** Chunks that failed in a worker: redone by the caller only. */
  local: Chunk[];
  left: number;
}

export function defaultAnalysisWorkerUrl(): URL {
  const ts = import.meta.url.endsWith('.ts');
  return new URL(ts ? './article-analysis-worker.ts' : './article-analysis-worker.js', import.meta.url);
}

export function createArticleAnalysisPool(opts: AnalysisPoolOptions): ArticleAnalysisPool {
  const url = opts.workerUrl ?? defaultAnalysisWorkerUrl();
  let slots: Slot[] | null = null;
  let seq = 0;
  let onEvent: (() => void) | null = null;
  const jobs = new Set<Job>();

  const done = (c: Chunk, json: string[]): void => {
    json.forEach((j, i) => { c.job.out[c.from + i] = j; });
    c.job.left -= json.length;
  };
  const runInThread = (c: Chunk): void => done(c, c.articles.map(opts.inThread));

  /** Keeps every live worker AHEAD chunks ahead, from the oldest job with queued chunks. */
  const feed = (): void => {
    for (const slot of slots ?? []) {
      while (slot.ready && !slot.dead && slot.busy.size < AHEAD) {
        const job = [...jobs].find((j) => j.queue.length > 0);
        if (!job) return;
        const c = job.queue.shift()!;
        const s = seq++;
        slot.busy.set(s, c);
        slot.worker.ref();
        slot.worker.postMessage({ seq: s, articles: c.articles });
      }
    }
  };

  const start = (): Slot[] => startSlots<Slot, AnalysisReply>(
    url,
    opts.size,
    (worker) => ({ worker, ready: false, busy: new Map(), dead: false }),
    (slot, m) => {
      if ('ready' in m) {
        slot.ready = true;
        feed();
        return;
      }
      const c = slot.busy.get(m.seq);
      if (!c) return;
      slot.busy.delete(m.seq);
      if ('json' in m) done(c, m.json);
      else c.job.local.push(c);
      if (slot.busy.size === 0) slot.worker.unref();
      feed();
      onEvent?.();
    },
    (slot) => {
      // Its chunks go back to their queues: another worker or the calling thread takes them.
      for (const c of slot.busy.values()) c.job.queue.unshift(c);
      slot.busy.clear();
      onEvent?.();
    },
  );

  return {
    analyze(articles: Article[]): () => Promise<string[]> {
      slots ??= start();
      const job: Job = { out: new Array<string | undefined>(articles.length), queue: [], local: [], left: articles.length };
      for (let i = 0; i < articles.length; i += CHUNK) job.queue.push({ job, from: i, articles: articles.slice(i, i + CHUNK) });
      jobs.add(job);
      feed();
      return async () => {
        try {
          while (job.left > 0) {
            feed();
            const c = job.local.shift() ?? job.queue.shift();
            if (c) {
              runInThread(c);
              // Let worker replies in (and give them their next chunk).
              await new Promise<void>((resolve) => setImmediate(resolve));
              continue;
            }
            await new Promise<void>((resolve) => { onEvent = resolve; });
            onEvent = null;
          }
        } finally {
          jobs.delete(job);
        }
        return job.out as string[];
      };
    },
    start: () => {
      slots ??= start();
    },
    size: () => (slots ?? []).filter((s) => !s.dead).length,
    ready: () => (slots ?? []).filter((s) => !s.dead && s.ready).length,
    async close() {
      const all = slots ?? [];
      slots = [];
      await Promise.all(all.map((s) => s.worker.terminate()));
    },
  };
}
