import type { Command } from 'commander';
import { CrosscheckError } from '../../errors.js';
import { DIRECT_SHARE, evaluateQuotes, type QuoteEvalResult } from '../../eval/quote-eval.js';
import { writeOutput } from '../output.js';

const SPLITS = ['train', 'dev', 'test'] as const;

function pct(x: number): string {
  return x.toFixed(3);
}

function render(r: QuoteEvalResult): string {
  return [
    `PolNeAR quotes, split ${r.split}: ${r.documents} documents`,
    `gold direct quotes (content >= ${DIRECT_SHARE} inside quote marks): ${r.gold}`,
    `predicted quotes (full, or attributed fragments): ${r.predicted} (+${r.borderline} overlapping only non-direct gold attributions, not counted)`,
    `quote span (overlap)  precision ${pct(r.precision)}  recall ${pct(r.recall)}  F1 ${pct(r.f1)}`,
    `speaker accuracy      ${pct(r.speakerAccuracy)} (${r.speakerCorrect}/${r.speakerTotal} matched gold quotes)`,
    `speaker span only     ${pct(r.speakerSpanAccuracy)} (predicted speaker/antecedent span overlaps the gold Source)`,
    ...r.errors.map((e) => `  miss ${e.doc} ${e.gold}: gold ${JSON.stringify(e.goldSource)} predicted ${JSON.stringify(e.predicted)} (${e.how}) "${e.quote}"`),
  ].join('\n');
}

export function register(evalCmd: Command): void {
  evalCmd
    .command('quotes')
    .description('Score quote extraction and speaker attribution on PolNeAR (brat Source/Cue/Content)')
    .argument('[dir]', 'PolNeAR folder (holding data/<split>/text and data/<split>/attributions)', '../shared/data/polnear')
    .option('--split <split>', 'train | dev | test (tune on train/dev, report test)', 'test')
    .option('--json', 'print the figures as JSON')
    .option('--errors <n>', 'list up to n speaker errors (for tuning on train/dev)', (v) => Number(v), 0)
    .action((dir: string, opts: { split: string; json?: boolean; errors: number }) => {
      if (!(SPLITS as readonly string[]).includes(opts.split)) throw new CrosscheckError('CC_BAD_OPTION', `--split must be one of ${SPLITS.join(', ')}`);
      const r = evaluateQuotes(dir, opts.split, { maxErrors: opts.errors });
      writeOutput(opts.json ? JSON.stringify(r, null, 2) : render(r));
    });
}
