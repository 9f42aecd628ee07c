import type { Command } from 'commander';
import { loadArticles } from '../../pipeline/load-articles.js';
import { crossValidate, orderSpread, readGoldLabels, scoreClustering, type ClusterScores } from '../../eval/cluster-eval.js';
import { DEFAULT_CLUSTER_OPTIONS } from '../../match/story-clusterer.js';
import type { Prf } from '../../eval/cluster-metrics.js';
import { parseFormat, writeOutput } from '../output.js';
import { CrosscheckError } from '../../errors.js';

const FORMATS = ['text', 'json'] as const;
const GRID = [0.2, 0.25, 0.3, 0.35, 0.4].map((joinThreshold) => ({ joinThreshold }));

function line(name: string, p: Prf): string {
  return `${name.padEnd(22)} P ${p.precision.toFixed(3)}  R ${p.recall.toFixed(3)}  F1 ${p.f1.toFixed(3)}`;
}

function block(s: ClusterScores): string[] {
  return [
    `articles ${s.articles}, gold events ${s.events}, predicted stories ${s.stories}`,
    line('B-cubed', s.bcubed),
    line('pairwise', s.pairwise),
    ...(s.crossLanguage ? [line('cross-language pairs', s.crossLanguage)] : []),
    // Without gold copy groups the syndication scores mean nothing: say so instead of printing 0.
    ...(s.goldDupGroups === 0
      ? ['syndicated pairs       n/a (no dup_group labels in the gold file)']
      : [line('syndicated pairs', s.syndicatedPairs), line('syndicated groups', s.syndicatedGroups)]),
  ];
}

export function register(evalCmd: Command): void {
  evalCmd
    .command('clusters')
    .description('Score story clustering and syndication against gold `event` / `dup_group` labels')
    .argument('<gold>', 'JSONL with id, text, event[, dup_group] per line')
    .option('-f, --format <format>', 'text | json', 'text')
    .option('--folds', 'also run a two-fold check: tune the join threshold on half the events, score the other half')
    .option('--orders <n>', 'also score n shuffled input orders (seeded) and print the mean and range of B-cubed F1', (v: string) => {
      const n = Number(v);
      if (!Number.isInteger(n) || n < 1 || n > 1000) throw new CrosscheckError('CC_BAD_OPTION', `--orders wants a whole number from 1 to 1000, not "${v}"`);
      return n;
    })
    .option('--no-consolidate', 'leave out the consolidation after the stream (to measure what it adds)')
    .option('-o, --out <file>', 'write to a file instead of stdout')
    .action(async (gold: string, opts: { format: string; folds?: boolean; orders?: number; consolidate: boolean; out?: string }) => {
      const format = parseFormat(opts.format, FORMATS);
      const labels = readGoldLabels(gold);
      const { articles } = await loadArticles([gold]);
      const scores = scoreClustering(articles, labels, { consolidate: opts.consolidate });
      const folds = opts.folds ? crossValidate(articles, labels, GRID) : undefined;
      const orders = opts.orders ? orderSpread(articles, labels, opts.orders, { consolidate: opts.consolidate }) : undefined;
      if (format === 'json') {
        writeOutput(JSON.stringify({ scores, ...(folds ? { folds } : {}), ...(orders ? { orders } : {}) }, null, 2), opts.out);
        return;
      }
      const out = [`default options (join threshold ${DEFAULT_CLUSTER_OPTIONS.joinThreshold}${opts.consolidate ? '' : ', no consolidation'})`, ...block(scores)];
      for (const f of folds ?? []) {
        out.push('', `fold ${f.fold}: join threshold ${f.chosen.joinThreshold} chosen on the other half (B-cubed F1 ${f.trainBcubedF1.toFixed(3)}); scored on this half:`, ...block(f.test));
      }
      if (orders) out.push('', `B-cubed F1 over ${orders.orders} shuffled input orders: mean ${orders.mean.toFixed(3)}, min ${orders.min.toFixed(3)}, max ${orders.max.toFixed(3)}`);
      writeOutput(out.join('\n'), opts.out);
    });
}
