import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadArticles } from '../../src/pipeline/load-articles.js';
import { orderSpread, readGoldLabels, scoreClustering } from '../../src/eval/cluster-eval.js';
import { isCrosscheckError } from '../../src/errors.js';

const WIRE = 'Firefighters battled a blaze at the old city library for more than five hours on Tuesday night, and the roof of the 120-year-old building collapsed before dawn, the fire chief said.';
const rows = [
  { id: 'a1', event: 'fire', dup_group: 'g1', text: `${WIRE} No one was hurt.` },
  { id: 'a2', event: 'fire', dup_group: 'g1', text: `LOCAL NEWS. ${WIRE} Residents gathered to watch.` },
  { id: 'a3', event: 'fire', text: 'The library fire destroyed thousands of rare books on Tuesday night, the fire chief told reporters as the roof of the library collapsed.' },
  { id: 'b1', event: 'vote', text: 'The city council voted 7 to 2 on Monday to raise bus fares by ten cents from March, after a long debate about the transit budget deficit.' },
];

function goldFile(lines: string[]): string {
  const dir = mkdtempSync(join(tmpdir(), 'cc-eval-'));
  const p = join(dir, 'gold.jsonl');
  writeFileSync(p, lines.join('\n'));
  return p;
}

test('scores a tiny labelled set', async () => {
  const p = goldFile(rows.map((r) => JSON.stringify(r)));
  const gold = readGoldLabels(p);
  assert.equal(gold.length, 4);
  assert.equal(gold[0]!.dupGroup, 'g1');
  assert.equal(gold[2]!.dupGroup, null);
  const s = scoreClustering((await loadArticles([p])).articles, gold);
  assert.equal(s.articles, 4);
  assert.equal(s.events, 2);
  assert.equal(s.syndicatedPairs.f1, 1);
  assert.equal(s.bcubed.precision, 1);
});

test('gold lines without an event are evaluation-data errors', () => {
  const p = goldFile([JSON.stringify({ id: 'x', text: 'Some text here.' })]);
  assert.throws(() => readGoldLabels(p), (e: unknown) => isCrosscheckError(e) && e.code === 'CC_EVAL_DATA');
  assert.throws(() => readGoldLabels(goldFile(['not json'])), (e: unknown) => isCrosscheckError(e) && e.code === 'CC_EVAL_DATA');
});

test('eval clusters prints cross-language scores and can leave out consolidation', async () => {
  const { runCli } = await import('../support/run-cli.js');
  const p = goldFile([
    ...rows.map((r) => JSON.stringify({ ...r, lang: 'en' })),
    JSON.stringify({ id: 'f1', event: 'fire', lang: 'fr', text: 'Les pompiers ont combattu pendant plus de cinq heures mardi soir un incendie à la vieille bibliothèque, dont le toit, vieux de 120 ans, s\'est effondré.' }),
  ]);
  const on = await runCli(['eval', 'clusters', p]);
  assert.equal(on.code, 0, on.err);
  assert.match(on.out, /cross-language pairs\s+P [\d.]+ {2}R [\d.]+/);
  const off = await runCli(['eval', 'clusters', p, '--no-consolidate']);
  assert.equal(off.code, 0, off.err);
  assert.match(off.out, /no consolidation/);
  assert.doesNotMatch(on.out, /no consolidation/);
});

test('eval clusters --orders scores shuffled input orders, repeatably, and rejects a bad count', async () => {
  const p = goldFile(rows.map((r) => JSON.stringify(r)));
  const gold = readGoldLabels(p);
  const { articles } = await loadArticles([p]);
  const a = orderSpread(articles, gold, 3);
  assert.deepEqual(a, orderSpread(articles, gold, 3));
  assert.equal(a.orders, 3);
  assert.ok(a.min - 1e-9 <= a.mean && a.mean <= a.max + 1e-9 && a.max <= 1 && a.min > 0, JSON.stringify(a));
  const { runCli } = await import('../support/run-cli.js');
  const ok = await runCli(['eval', 'clusters', p, '--orders', '2']);
  assert.equal(ok.code, 0, ok.err);
  assert.match(ok.out, /over 2 shuffled input orders: mean [\d.]+, min [\d.]+, max [\d.]+/);
  const bad = await runCli(['eval', 'clusters', p, '--orders', 'many']);
  assert.notEqual(bad.code, 0);
  assert.match(bad.err, /--orders/);
});
