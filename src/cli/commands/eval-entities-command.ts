import type { Command } from 'commander';
import { CrosscheckError } from '../../errors.js';
import { evaluateEntities, formatEntityEval } from '../../eval/entity-eval.js';
import { writeOutput } from '../output.js';

// `crosscheck eval entities [dir]`: mention detection and entity coreference on ECB+.
export function register(evalCmd: Command): void {
  evalCmd
    .command('entities')
    .description('Entity mentions (HUM/LOC P/R/F1) and cross-document entity coreference (MUC, B-cubed, CEAF-e, CoNLL F1) on ECB+')
    .argument('[dir]', 'the ecbplus data folder', '../shared/data/ecbplus')
    .option('--split <name>', 'Test (default), Dev or Train', 'Test')
    .option('--format <fmt>', 'text or json', 'text')
    .option('--out <file>', 'write the report to a file')
    .action((dir: string, o: { split: string; format: string; out?: string }) => {
      if (!['Test', 'Dev', 'Train'].includes(o.split)) throw new CrosscheckError('CC_BAD_OPTION', `--split must be Test, Dev or Train (got ${o.split})`);
      if (!['text', 'json'].includes(o.format)) throw new CrosscheckError('CC_BAD_OPTION', `--format must be text or json (got ${o.format})`);
      const report = evaluateEntities({ dir, split: o.split as 'Test' | 'Dev' | 'Train' });
      writeOutput(o.format === 'json' ? JSON.stringify(report, null, 2) : formatEntityEval(report), o.out);
    });
}
