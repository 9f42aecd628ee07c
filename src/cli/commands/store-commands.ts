import type { Command } from 'commander';
import cliProgress from 'cli-progress';
import { CrosscheckError } from '../../errors.js';
import { loadArticles } from '../../pipeline/load-articles.js';
import { DEFAULT_DB, openStore } from '../../store/open-store.js';
import type { Store } from '../../store/store.js';
import { createIngestService } from '../../store/ingest-service.js';
import { DEFAULT_BATCH, ingestInBatches } from '../../store/ingest-runner.js';
import { createStoreDeps, defaultAnalysisWorkerCount, withDefaultReports } from '../../pipeline/store-deps.js';
import { renderSearchMarkdown, renderStoryListMarkdown } from '../../server/render/story-markdown.js';
import { renderReportMarkdown } from '../../report/markdown-report.js';
import { renderStoryPage } from '../../server/html/story-page.js';
import { markFailed, io } from '../run-state.js';
import { ingestWarc } from '../../pipeline/warc-ingest.js';
import { openWarcCheckpoint } from '../../ingest/warc-checkpoint.js';

const WARC_PATH = /\.warc(\.gz)?$/i;

/** Resume points live beside a SQLite file; for a server URL, in the working directory. */
function defaultCheckpoint(db: string): string {
  return /^postgres(ql)?:\/\//i.test(db) ? 'crosscheck.checkpoint.json' : `${db}.checkpoint.json`;
}
import { parseFormat, reportDiagnostics, writeOutput } from '../output.js';

/** Opens the store; its story reads build the reports an ingest deferred. */
async function withStore<T>(db: string, fn: (s: Store) => Promise<T>): Promise<T> {
  const store = withDefaultReports(await openStore(db));
  try {
    return await fn(store);
  } finally {
    await store.close();
  }
}

const intOpt = (v: string): number => {
  const n = Number(v);
  if (!Number.isInteger(n) || n < 0) throw new CrosscheckError('CC_BAD_OPTION', `expected a non-negative integer (got "${v}")`);
  return n;
};

export function register(program: Command): void {
  program
    .command('ingest')
    .description('Read inputs and store them: articles, stories and story reports')
    .argument('<inputs...>', 'files, directories, or - for stdin')
    .option('--db <url>', 'SQLite file path or postgres:// URL', DEFAULT_DB)
    .option('--batch <n>', 'articles per transaction', intOpt, DEFAULT_BATCH)
    .option('--quiet', 'only errors on stderr')
    .option('--checkpoint <file>', 'resume file for WARC archives (default: <db>.checkpoint.json)')
    .action(async (inputs: string[], opts: { db: string; batch: number; quiet?: boolean; checkpoint?: string }) => {
      // WARC archives are streamed in batches with a resume point; everything else is read at once.
      const warcs = inputs.filter((i) => WARC_PATH.test(i));
      const others = inputs.filter((i) => !WARC_PATH.test(i));
      const { articles, diagnostics } = others.length > 0 ? await loadArticles(others) : { articles: [], diagnostics: [] };
      reportDiagnostics([...diagnostics, ...articles.flatMap((a) => a.diagnostics)], { quiet: true });
      let failed = diagnostics.filter((d) => d.severity === 'error').length;
      await withStore(opts.db, async (store) => {
        // Reports are built on a story's first read (stories, story, serve), not at every batch;
        // on more than two cores, articles are analysed on worker threads while this one clusters.
        const deps = createStoreDeps(undefined, { workers: 0, analysisWorkers: defaultAnalysisWorkerCount() });
        const svc = createIngestService(store, deps, { deferReports: true });
        const tty = process.stderr.isTTY && !opts.quiet;
        const bar = tty
          ? new cliProgress.SingleBar({ stream: process.stderr, format: 'ingest [{bar}] {value}/{total} articles | {added} new | {stories} stories' }, cliProgress.Presets.shades_classic)
          : null;
        let t = { added: 0, updated: 0, unchanged: 0, stories: 0 };
        if (articles.length > 0) {
          bar?.start(articles.length, 0, { added: 0, stories: 0 });
          t = await ingestInBatches(svc, articles, {
            batchSize: opts.batch,
            onBatch: (done, totals) => bar?.update(done, { added: totals.added, stories: totals.stories }),
          });
          bar?.stop();
        }
        let read = articles.length;
        const checkpoint = warcs.length > 0 ? openWarcCheckpoint(opts.checkpoint ?? defaultCheckpoint(opts.db)) : undefined;
        for (const warc of warcs) {
          const mb = tty ? new cliProgress.SingleBar({ stream: process.stderr, format: `${warc} [{bar}] {percentage}% | {value}/{total} MB` }, cliProgress.Presets.shades_classic) : null;
          let started = false;
          const w = await ingestWarc(warc, svc, {
            batchSize: opts.batch,
            ...(checkpoint ? { checkpoint } : {}),
            onProgress: (done, total) => {
              if (!mb) return;
              if (!started) { mb.start(Math.ceil(total / 1e6), 0); started = true; }
              mb.update(Math.floor(done / 1e6));
            },
            onDiagnostics: (d) => {
              failed += d.filter((x) => x.severity === 'error').length;
              reportDiagnostics(d, { quiet: true });
            },
          });
          mb?.stop();
          if (w.skipped) io.err(`${warc}: already ingested (checkpoint); nothing to do\n`);
          read += w.read;
          t = { added: t.added + w.added, updated: t.updated + w.updated, unchanged: t.unchanged + w.unchanged, stories: t.stories + w.stories.size };
        }
        const c = await store.counts();
        io.err(`read ${read + failed} articles: ${t.added} new, ${t.updated} updated, ${t.unchanged} unchanged, `
          + `${failed} failed; ${t.stories} stories touched, ${c.stories} stories in the store\n`);
      });
      if (failed > 0) markFailed(1);
    });

  program
    .command('stories')
    .description('List stored stories, most recent first')
    .option('--db <url>', 'SQLite file path or postgres:// URL', DEFAULT_DB)
    .option('--since <date>', 'stories with an article published on or after this ISO date')
    .option('--q <text>', 'full-text query')
    .option('--entity <name>', 'stories naming this entity')
    .option('--outlet <name>', 'stories carried by this outlet')
    .option('--limit <n>', 'page size', intOpt, 50)
    .option('--offset <n>', 'records to skip', intOpt, 0)
    .option('-f, --format <format>', 'json | md', 'json')
    .action(async (opts: { db: string; since?: string; q?: string; entity?: string; outlet?: string; limit: number; offset: number; format: string }) => {
      const format = parseFormat(opts.format, ['json', 'md'] as const);
      await withStore(opts.db, async (store) => {
        const q = { limit: opts.limit, offset: opts.offset, ...(opts.since ? { since: opts.since } : {}), ...(opts.q ? { q: opts.q } : {}),
          ...(opts.entity ? { entity: opts.entity } : {}), ...(opts.outlet ? { outlet: opts.outlet } : {}) };
        const page = await store.listStories(q);
        writeOutput(format === 'json' ? JSON.stringify(page, null, 2) : renderStoryListMarkdown(page.stories, page.total));
      });
    });

  program
    .command('story')
    .description('Print one stored story report')
    .argument('<id>', 'story id')
    .option('--db <url>', 'SQLite file path or postgres:// URL', DEFAULT_DB)
    .option('-f, --format <format>', 'json | md | html', 'json')
    .option('-o, --out <file>', 'write to a file instead of stdout')
    .action(async (id: string, opts: { db: string; format: string; out?: string }) => {
      const format = parseFormat(opts.format, ['json', 'md', 'html'] as const);
      await withStore(opts.db, async (store) => {
        const report = await store.getStory(id);
        if (!report) throw new CrosscheckError('CC_NOT_FOUND', `story "${id}" does not exist`);
        const articles = await store.getArticles(report.articleIds);
        const text = format === 'json' ? JSON.stringify(report, null, 2)
          : format === 'md' ? renderReportMarkdown({ articles, stories: [report] })
          : renderStoryPage(report, articles, { standalone: true });
        writeOutput(text, opts.out);
      });
    });

  program
    .command('search')
    .description('Full-text search over stored articles')
    .argument('<text>', 'words to find')
    .option('--db <url>', 'SQLite file path or postgres:// URL', DEFAULT_DB)
    .option('--limit <n>', 'number of hits', intOpt, 20)
    .option('-f, --format <format>', 'json | md', 'json')
    .action(async (text: string, opts: { db: string; limit: number; format: string }) => {
      const format = parseFormat(opts.format, ['json', 'md'] as const);
      await withStore(opts.db, async (store) => {
        const hits = await store.search(text, { limit: opts.limit });
        writeOutput(format === 'json' ? JSON.stringify({ q: text, hits }, null, 2) : renderSearchMarkdown(text, hits));
      });
    });
}
