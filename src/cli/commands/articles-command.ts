import type { Command } from 'commander';
import { loadArticles, type LoadOptions } from '../../pipeline/load-articles.js';
import { parseFormat, reportDiagnostics, writeOutput } from '../output.js';
import { renderArticlesMarkdown } from '../../report/articles-markdown.js';
import { CrosscheckError } from '../../errors.js';
import { createContext } from '../../util/context.js';

const FORMATS = ['json', 'jsonl', 'md'] as const;

function parseBytes(v: string): number {
  const m = /^(\d+(?:\.\d+)?)\s*([kmg]?)b?$/i.exec(v.trim());
  if (!m) throw new CrosscheckError('CC_BAD_OPTION', `--max-bytes must be a size like 5000000, 500k or 20m (got "${v}")`);
  const mult = { '': 1, k: 1024, m: 1024 ** 2, g: 1024 ** 3 }[m[2]!.toLowerCase() as '' | 'k' | 'm' | 'g'];
  return Math.floor(Number(m[1]) * mult);
}

export function register(program: Command): void {
  program
    .command('articles')
    .description('Read inputs (text, HTML, JSON, JSONL, directories, - for stdin) and print the clean articles')
    .argument('<inputs...>', 'files, directories, or - for stdin')
    .option('-f, --format <format>', 'json | jsonl | md', 'json')
    .option('-o, --out <file>', 'write to a file instead of stdout')
    .option('--max-bytes <n>', 'refuse files larger than this (e.g. 5000000, 500k, 20m; default 50m)', parseBytes)
    .option('--no-detect-language', 'do not detect the language when none is given')
    .option('--debug', 'print what cleaning removed from each article on stderr')
    .action(async (inputs: string[], opts: { format: string; out?: string; maxBytes?: number; detectLanguage: boolean; debug?: boolean }) => {
      const format = parseFormat(opts.format, FORMATS);
      const load: LoadOptions = { detectLanguage: opts.detectLanguage, ctx: createContext({ debug: opts.debug === true }) };
      if (opts.maxBytes !== undefined) load.maxBytes = opts.maxBytes;
      const { articles, diagnostics } = await loadArticles(inputs, load);
      reportDiagnostics([...diagnostics, ...articles.flatMap((a) => a.diagnostics)], { quiet: true });
      const text =
        format === 'json' ? JSON.stringify({ articles }, null, 2)
        : format === 'jsonl' ? articles.map((a) => JSON.stringify(a)).join('\n')
        : renderArticlesMarkdown(articles);
      writeOutput(text, opts.out);
    });
}
