import type { Command } from 'commander';
import { evaluateIngest, INGEST_FIELDS } from '../../eval/ingest-eval.js';
import { evaluateStories } from '../../eval/ingest-stories-eval.js';
import { writeOutput } from '../output.js';

const DEFAULT_DIR = '../shared/data/readability-pages';

export function register(evalCmd: Command): void {
  evalCmd
    .command('ingest')
    .description('Compare extracted title, byline, site name, date and language with expected-metadata.json (Readability test pages)')
    .argument('[dir]', 'folder of <case>/source.html + expected-metadata.json', DEFAULT_DIR)
    .option('--json', 'print the full result as JSON')
    .option('--misses', 'list every disagreement')
    .option('--stories <file>', 'also score language detection, header dates and outlets on a labelled JSONL (e.g. ../shared/data/dev-stories.jsonl), labels hidden from the reader')
    .action(async (dir: string, opts: { json?: boolean; misses?: boolean; stories?: string }) => {
      const r = await evaluateIngest(dir);
      const st = opts.stories ? await evaluateStories(opts.stories) : null;
      if (opts.json) { writeOutput(JSON.stringify(st ? { pages: r, stories: st } : r, null, 2)); return; }
      const pct = (x: number): string => `${(100 * x).toFixed(1)}%`;
      const lines = [`ingest eval: ${r.cases} pages, ${r.noText} without article text`, 'field          agree/total  rate    (page metadata alone, no Readability)'];
      for (const f of INGEST_FIELDS) {
        const s = r.fields[f];
        const m = r.metaOnly[f];
        lines.push(`${f.padEnd(14)} ${`${s.agree}/${s.total}`.padStart(11)}  ${pct(s.rate).padEnd(7)} (${m.agree}/${m.total} ${pct(m.rate)})`);
      }
      lines.push(`${'overall'.padEnd(14)} ${`${r.overall.agree}/${r.overall.total}`.padStart(11)}  ${pct(r.overall.rate)}`);
      if (opts.misses) for (const m of r.misses) lines.push(`miss ${m.case} ${m.field}: expected ${JSON.stringify(m.expected)} got ${JSON.stringify(m.got)}`);
      if (st) {
        lines.push('', `stories: ${st.records} records (labels hidden from the reader)`);
        for (const [name, s] of [['lang', st.lang], ['lang (non-en)', st.langNonEnglish], ['date (header)', st.date], ['outlet (url)', st.outlet]] as const) {
          lines.push(`${name.padEnd(14)} ${`${s.agree}/${s.total}`.padStart(11)}  ${pct(s.rate)}`);
        }
        if (opts.misses) for (const m of st.misses) lines.push(`miss ${m.id} ${m.field}: expected ${JSON.stringify(m.expected)} got ${JSON.stringify(m.got)}`);
      }
      writeOutput(lines.join('\n'));
    });
}
