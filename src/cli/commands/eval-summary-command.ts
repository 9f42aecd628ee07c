import type { Command } from 'commander';
import { evaluateSummaries, readNewsSumm, SYSTEMS } from '../../eval/summary-eval.js';
import { writeOutput } from '../output.js';

const DEFAULT_FILE = '../shared/data/leval_news_summ/news_summ.jsonl';

export function register(evalCmd: Command): void {
  evalCmd
    .command('summary')
    .description('ROUGE-1/2/L F1 of the summarizer vs LexRank, TextRank and lead baselines on LEval news_summ (word budget = reference length)')
    .argument('[file]', 'news_summ.jsonl (input, outputs)', DEFAULT_FILE)
    .option('--systems <list>', `comma-separated: ${Object.keys(SYSTEMS).join(',')}`, Object.keys(SYSTEMS).join(','))
    .option('--per-case', 'also print ROUGE-1 F1 per cluster')
    .option('--json', 'print JSON')
    .action((file: string, opts: { systems: string; perCase?: boolean; json?: boolean }) => {
      const cases = readNewsSumm(file);
      const results = evaluateSummaries(cases, opts.systems.split(',').map((s) => s.trim()).filter(Boolean));
      if (opts.json) {
        writeOutput(JSON.stringify({ file, cases: cases.length, results: results.map(({ perCase, ...r }) => ({ ...r, perCaseRouge1: perCase.map((p) => p.rouge1.f1) })) }, null, 2));
        return;
      }
      const pct = (x: number) => (100 * x).toFixed(2).padStart(7);
      const lines = [
        `summary eval on ${file}: ${cases.length} clusters, ROUGE F1 (own implementation: rouge-score tokenizer + Porter stemmer), budget = reference words`,
        `${'system'.padEnd(20)}${'R-1'.padStart(7)}${'R-2'.padStart(7)}${'R-L'.padStart(7)}`,
        ...results.map((r) => `${r.system.padEnd(20)}${pct(r.rouge1)}${pct(r.rouge2)}${pct(r.rougeL)}`),
      ];
      if (opts.perCase) {
        lines.push('', `R-1 per cluster: ${results.map((r) => r.system).join(' | ')}`);
        cases.forEach((_, i) => lines.push(`${String(i + 1).padStart(3)} ${results.map((r) => pct(r.perCase[i]!.rouge1.f1)).join(' ')}`));
      }
      writeOutput(lines.join('\n'));
    });
}
