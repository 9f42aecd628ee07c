import type { Command } from 'commander';
import { CrosscheckError } from '../../errors.js';
import { loadArticles } from '../../pipeline/load-articles.js';
import { buildAnalysisReport } from '../../pipeline/build-report.js';
import { createDefaultDeps } from '../../pipeline/default-deps.js';
import { renderReportJson } from '../../report/json-report.js';
import { renderReportMarkdown } from '../../report/markdown-report.js';
import { renderReportHtml } from '../../report/html-report.js';
import { parseFormat, reportDiagnostics, writeOutput } from '../output.js';

const FORMATS = ['json', 'md', 'html'] as const;

interface AnalyzeOptions {
  format: string;
  out?: string;
  sentences?: number;
  quiet?: boolean;
}

export function register(program: Command): void {
  program
    .command('analyze')
    .description('Run the whole pipeline on the inputs and print one report per story (no database needed)')
    .argument('<inputs...>', 'files, directories, or - for stdin')
    .option('-f, --format <format>', 'json | md | html', 'json')
    .option('-o, --out <file>', 'write to a file instead of stdout')
    .option('--sentences <n>', 'summary length in sentences (3-6)', (v) => Number(v))
    .option('-q, --quiet', 'print only error diagnostics')
    .action(async (inputs: string[], opts: AnalyzeOptions) => {
      const format = parseFormat(opts.format, FORMATS);
      if (opts.sentences !== undefined && !(opts.sentences >= 3 && opts.sentences <= 6)) {
        throw new CrosscheckError('CC_BAD_OPTION', '--sentences must be between 3 and 6');
      }
      // loadArticles may become async: accept a value or a promise.
      const { articles, diagnostics } = await Promise.resolve(loadArticles(inputs));
      if (articles.length === 0) throw new CrosscheckError('CC_NO_INPUT', 'no article could be read from the inputs');
      const deps = createDefaultDeps(opts.sentences !== undefined ? { summary: { sentences: opts.sentences } } : {});
      const report = buildAnalysisReport(articles, deps);
      reportDiagnostics([...diagnostics, ...articles.flatMap((a) => a.diagnostics)], opts.quiet ? { quiet: true } : {});
      const text = format === 'json' ? renderReportJson(report) : format === 'md' ? renderReportMarkdown(report) : renderReportHtml(report);
      writeOutput(text, opts.out);
    });
}
