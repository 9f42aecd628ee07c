import type { Command } from 'commander';
import { CrosscheckError } from '../../errors.js';
import { evalTimex, type Prf } from '../../eval/timex-eval.js';
import { writeOutput } from '../output.js';

const SETS: Record<string, string> = {
  test: '../shared/data/tempeval3/te3-platinum',
  train: '../shared/data/tempeval3/data/TBAQ-cleaned',
};

const fmt = (name: string, p: Prf): string =>
  `${name.padEnd(8)} P ${p.precision.toFixed(4)}  R ${p.recall.toFixed(4)}  F1 ${p.f1.toFixed(4)}`;

export function register(evalCmd: Command): void {
  evalCmd
    .command('timex')
    .description('Score time expressions (TempEval-3 task A: relaxed, strict and value F1) on TimeML .tml files')
    .argument('[dir]', 'folder of .tml files (default: the --set folder)')
    .option('--set <set>', 'train (TBAQ-cleaned, for tuning) or test (TE3 platinum)', 'test')
    .option('--errors <n>', 'also list up to N value errors, misses and spurious expressions', '0')
    .option('--json', 'print the scores as JSON')
    .action((dir: string | undefined, opts: { set: string; errors: string; json?: boolean }) => {
      const folder = dir ?? SETS[opts.set];
      if (!folder) throw new CrosscheckError('CC_BAD_OPTION', `--set must be train or test (got "${opts.set}")`);
      const s = evalTimex(folder);
      if (opts.json) {
        const { valueErrors: _v, missed: _m, spurious: _s, ...figures } = s;
        writeOutput(JSON.stringify(figures, null, 2));
        return;
      }
      const lines = [
        `TempEval-3 task A on ${folder}: ${s.documents} documents, ${s.gold} gold timexes, ${s.system} system timexes`,
        fmt('relaxed', s.relaxed), fmt('strict', s.strict), fmt('value', s.value),
      ];
      const n = Number(opts.errors) || 0;
      if (n > 0) {
        lines.push('', 'value errors (system / gold):', ...s.valueErrors.slice(0, n).map((e) => `  ${e.doc}: ${e.text}  ${e.system} vs ${e.gold}`));
        lines.push('', 'missed:', ...s.missed.slice(0, n).map((e) => `  ${e.doc}: ${e.text}  ${e.value}`));
        lines.push('', 'spurious:', ...s.spurious.slice(0, n).map((e) => `  ${e.doc}: ${e.text}  ${e.value}`));
      }
      writeOutput(lines.join('\n'));
    });
}
