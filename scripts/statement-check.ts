/**
 * Statement discrepancies found on the same-event English clusters of a labelled story file
 * (default ../shared/data/dev-stories.jsonl): prints the count and every example, to be read
 * by hand (a same-event cluster should give none except real contradictions between outlets).
 * Usage: npx tsx scripts/statement-check.ts [stories.jsonl] [lang]
 */
import { checkStatements } from '../src/eval/statement-check.js';

const file = process.argv[2] ?? '../shared/data/dev-stories.jsonl';
const res = checkStatements(file, process.argv[3] ?? 'en');
console.log(`statement check on ${file}: ${res.events} same-event clusters, ${res.articles} articles -> ${res.found.length} statement discrepancies`);
for (const { event, discrepancy: d } of res.found) {
  console.log(`\n[${event}] ${d.description}`);
  for (const p of d.positions) console.log(`  ${p.articleIds.join(',')}: ${p.value.slice(0, 300)}`);
}
