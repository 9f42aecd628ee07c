/**
 * A pool of worker threads that build story reports (per-article analysis and story stages) in
 * parallel with the calling thread. Hand-written on node:worker_threads because the jobs are few
 * (one per touched story), of uneven size, and the caller must take part: on a two-core machine
 * one worker plus the calling thread is the whole machine.
 *
 * Scheduling: a shared queue; an idle worker gets the next job (preferring a story it built
 * before, whose articles it has analysed and cached); when every worker is busy the calling thread
 * builds one job itself, then yields so finished workers get new jobs. A worker that fails to
 * start or dies hands its job back and is dropped; with no worker left everything runs in-thread,
 * so the results never depend on the pool (a job failing in a worker is rebuilt in-thread, which
 * fails the same way as without a pool).
 * Workers are unreferenced while idle, so an idle pool never keeps the process alive.
 */
import { Worker } from 'node:worker_threads';
import type { Article } from '../model/article.js';
import type { StoryReport } from '../model/story.js';

export interface StoryJob {
  id: string;
  articles: Article[];
}

export interface StoryReportPool {
  /** Reports of the given stories, in their order. */
  buildStoryReports(jobs: StoryJob[]): Promise<StoryReport[]>;
  /** Starts the workers now rather than at the first call. */
  start(): void;
  /** Live workers (0 when none could start). */
  size(): number;
  close(): Promise<void>;
}

export interface PoolOptions {
  /** Worker threads to start (lazily, at the first call). */
  size: number;
  /** The same build, in the calling thread. */
  inThread: (articles: Article[]) => StoryReport;
  /** The calling thread builds a story when every worker is busy (default true). */
  helpInThread?: boolean;
  /** Worker script; default: story-report-worker next to this file. */
  workerUrl?: URL;
}

/** A message from a worker: a report, or the failure of a job. */
export type WorkerReply = { seq: number; report: StoryReport } | { seq: number; error: string };

interface Slot {
  worker: Worker;
  busy: { seq: number; job: number } | null;
  dead: boolean;
}

const AFFINITY_MAX = 50_000;
/** The calling thread, in the affinity map. */
const MAIN = -1;

export function defaultWorkerUrl(): URL {
  const ts = import.meta.url.endsWith('.ts');
  return new URL(ts ? './story-report-worker.ts' : './story-report-worker.js', import.meta.url);
}

/**
 * Starts a worker on `url`. TypeScript sources (tests, benches run by tsx) need tsx in the worker,
 * and Node 20 does not apply `--import` loaders to a worker's entry file: a small bootstrap
 * registers tsx first, then imports the worker. Compiled JavaScript (dist) starts directly.
 */
export function startWorker(url: URL): Worker {
  // Options of the parent's entry (e.g. --input-type of `node -e`) do not apply to a worker file.
  if (!url.pathname.endsWith('.ts')) return new Worker(url, { execArgv: process.execArgv.filter((a) => !a.startsWith('--input-type')) });
  const tsx = import.meta.resolve('tsx/esm/api');
  const boot = `import(${JSON.stringify(tsx)}).then((m) => { m.register(); return import(${JSON.stringify(url.href)}); })`;
  return new Worker(boot, { eval: true, execArgv: [] });
}

/**
 * Starts `size` workers on `url`, each with its slot: `onMessage` gets its replies, `onDeath` runs
 * once when it errs or exits (its slot is marked dead first). Workers that cannot start (e.g. a
 * sandbox without threads) are left out: the calling thread does their work.
 */
export function startSlots<S extends { worker: Worker; dead: boolean }, M>(
  url: URL,
  size: number,
  make: (worker: Worker) => S,
  onMessage: (slot: S, m: M) => void,
  onDeath: (slot: S) => void,
): S[] {
  const out: S[] = [];
  for (let i = 0; i < size; i++) {
    try {
      const slot = make(startWorker(url));
      slot.worker.on('message', (m: M) => onMessage(slot, m));
      const die = (): void => {
        if (slot.dead) return;
        slot.dead = true;
        onDeath(slot);
      };
      slot.worker.on('error', die);
      slot.worker.on('exit', die);
      // After the listeners: adding a 'message' listener references the worker again.
      slot.worker.unref();
      out.push(slot);
    } catch {
      // Workers unavailable: the calling thread does everything.
    }
  }
  return out;
}

export function createStoryReportPool(opts: PoolOptions): StoryReportPool {
  const url = opts.workerUrl ?? defaultWorkerUrl();
  let slots: Slot[] | null = null;
  let seq = 0;
  /** Story id -> index of the worker that built it last (its cache holds the analyses). */
  const affinity = new Map<string, number>();
  let onEvent: (() => void) | null = null;
  const results = new Map<number, { report?: StoryReport; error?: string }>();

  const start = (): Slot[] => startSlots<Slot, WorkerReply>(
    url,
    opts.size,
    (worker) => ({ worker, busy: null, dead: false }),
    (slot, m) => {
      results.set(m.seq, 'report' in m ? { report: m.report } : { error: m.error });
      slot.busy = null;
      onEvent?.();
    },
    () => onEvent?.(),
  );

  const buildStoryReports = async (jobs: StoryJob[]): Promise<StoryReport[]> => {
    slots ??= start();
    const out: (StoryReport | undefined)[] = new Array(jobs.length);
    const queue = jobs.map((_, i) => i);
    const pending = new Map<number, number>(); // seq -> job index
    const live = (): Slot[] => slots!.filter((s) => !s.dead);
    for (const s of live()) s.worker.ref();

    /** The next job for a thread (MAIN or a worker index): a story it built before (its cache
     *  holds the members' analyses), else a story no thread built yet, else the first. */
    const take = (who: number): number => {
      let k = queue.findIndex((j) => affinity.get(jobs[j]!.id) === who);
      if (k < 0) k = queue.findIndex((j) => !affinity.has(jobs[j]!.id));
      const j = queue.splice(Math.max(0, k), 1)[0]!;
      affinity.delete(jobs[j]!.id);
      affinity.set(jobs[j]!.id, who);
      if (affinity.size > AFFINITY_MAX) affinity.delete(affinity.keys().next().value as string);
      return j;
    };
    const collect = (): void => {
      for (const [s, j] of pending) {
        const r = results.get(s);
        if (!r) continue;
        results.delete(s);
        pending.delete(s);
        // A failed job is rebuilt here: it then fails (or not) exactly as without a pool.
        out[j] = r.report ?? opts.inThread(jobs[j]!.articles);
      }
      for (const slot of slots!) {
        if (slot.dead && slot.busy) {
          if (pending.delete(slot.busy.seq)) queue.unshift(slot.busy.job);
          slot.busy = null;
        }
      }
    };
    const dispatch = (): void => {
      slots!.forEach((slot, i) => {
        if (slot.dead || slot.busy || queue.length === 0) return;
        const j = take(i);
        const s = seq++;
        slot.busy = { seq: s, job: j };
        pending.set(s, j);
        slot.worker.postMessage({ seq: s, articles: jobs[j]!.articles });
      });
    };

    try {
      for (;;) {
        collect();
        dispatch();
        if (queue.length > 0 && (opts.helpInThread !== false || live().length === 0)) {
          // Every worker is busy: build one story here, then let replies in.
          const j = take(MAIN);
          out[j] = opts.inThread(jobs[j]!.articles);
          await new Promise<void>((resolve) => setImmediate(resolve));
          continue;
        }
        if (pending.size === 0) break;
        await new Promise<void>((resolve) => {
          onEvent = resolve;
        });
        onEvent = null;
      }
    } finally {
      for (const s of live()) s.worker.unref();
    }
    return out as StoryReport[];
  };

  return {
    buildStoryReports,
    start: () => {
      slots ??= start();
    },
    size: () => (slots ?? []).filter((s) => !s.dead).length,
    async close() {
      const all = slots ?? [];
      slots = [];
      await Promise.all(all.map((s) => s.worker.terminate()));
    },
  };
}
