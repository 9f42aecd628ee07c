import type { Command } from 'commander';
import { loadArticles } from '../../pipeline/load-articles.js';
import { parseFormat, reportDiagnostics, writeOutput } from '../output.js';
import { renderArticlesMarkdown } from '../../report/articles-markdown.js';

const FORMATS = ['json', 'jsonl', 'md'] as const;

export function register(program: Command): void {
  program
    .command('articles')
    .description('Read inputs and print the clean articles')
    .argument('<inputs...>', 'files, directories, or - for stdin')
    .option('-f, --format <format>', 'json | jsonl | md', 'json')
    .option('-o, --out <file>', 'write to a file instead of stdout')
    .option('--max-bytes <n>', 'refuse files larger than this', (v) => Number(v))
    .action((inputs: string[], opts: { format: string; out?: string; maxBytes?: number }) => {
      const format = parseFormat(opts.format, FORMATS);
      const { articles, diagnostics } = loadArticles(inputs, opts.maxBytes ? { maxBytes: opts.maxBytes } : {});
      reportDiagnostics([...diagnostics, ...articles.flatMap((a) => a.diagnostics)]);
      const text =
        format === 'json' ? JSON.stringify({ articles }, null, 2)
        : format === 'jsonl' ? articles.map((a) => JSON.stringify(a)).join('\n')
        : renderArticlesMarkdown(articles);
      writeOutput(text, opts.out);
    });
}
