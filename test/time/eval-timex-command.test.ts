import { test } from 'node:test';
import assert from 'node:assert/strict';
import { runCli } from '../support/run-cli.js';

const run = runCli;

test('eval timex prints relaxed, strict and value P/R/F1 for a folder', async () => {
  const r = await run(['eval', 'timex', 'fixtures/time']);
  assert.equal(r.code, 0);
  assert.match(r.out, /^relaxed\s+P 1\.0000\s+R 1\.0000\s+F1 1\.0000$/m);
  assert.match(r.out, /^strict\s+P /m);
  assert.match(r.out, /^value\s+P 1\.0000/m);
});

test('eval timex --json gives the figures as data', async () => {
  const r = await run(['eval', 'timex', 'fixtures/time', '--json']);
  const j = JSON.parse(r.out) as { documents: number; gold: number; value: { f1: number } };
  assert.equal(j.documents, 1);
  assert.equal(j.gold, 5);
  assert.equal(j.value.f1, 1);
});

test('eval timex on a missing folder fails with CC_EVAL_DATA', async () => {
  const r = await run(['eval', 'timex', 'fixtures/no-such-folder']);
  assert.equal(r.code, 2);
  assert.match(r.err, /CC_EVAL_DATA/);
});
