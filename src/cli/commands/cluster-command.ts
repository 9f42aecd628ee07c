import type { Command } from 'commander';
import { loadArticles } from '../../pipeline/load-articles.js';
import { clusterArticles } from '../../match/cluster-articles.js';
import { renderClustersMarkdown } from '../../match/cluster-markdown.js';
import { CrosscheckError } from '../../errors.js';
import { parseFormat, reportDiagnostics, writeOutput } from '../output.js';

const FORMATS = ['json', 'md'] as const;

function threshold(v: string): number {
  const x = Number(v);
  if (!Number.isFinite(x) || x < 0 || x > 1) throw new CrosscheckError('CC_BAD_OPTION', `threshold must be between 0 and 1 (got "${v}")`);
  return x;
}

export function register(program: Command): void {
  program
    .command('cluster')
    .description('Group articles into stories and report syndication (shared passages)')
    .argument('<inputs...>', 'files, directories, or - for stdin')
    .option('-f, --format <format>', 'json | md', 'json')
    .option('-o, --out <file>', 'write to a file instead of stdout')
    .option('--join-threshold <x>', 'minimum similarity to join a story', threshold)
    .option('--merge-threshold <x>', 'minimum similarity for two stories to merge', threshold)
    .action(async (inputs: string[], opts: { format: string; out?: string; joinThreshold?: number; mergeThreshold?: number }) => {
      const format = parseFormat(opts.format, FORMATS);
      const { articles, diagnostics } = await loadArticles(inputs);
      reportDiagnostics([...diagnostics, ...articles.flatMap((a) => a.diagnostics)], { quiet: true });
      if (articles.length === 0) throw new CrosscheckError('CC_NO_INPUT', 'no article could be read from the inputs');
      const { stories, relations } = clusterArticles(articles, {
        ...(opts.joinThreshold !== undefined ? { joinThreshold: opts.joinThreshold } : {}),
        ...(opts.mergeThreshold !== undefined ? { mergeThreshold: opts.mergeThreshold } : {}),
      });
      const text = format === 'json'
        ? JSON.stringify({ stories: stories.map((s) => ({ id: s.id, title: s.title, articleIds: s.articleIds })), relations }, null, 2)
        : renderClustersMarkdown(stories, relations);
      writeOutput(text, opts.out);
    });
}
