import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { main } from '../../src/cli/main.js';

const dir = mkdtempSync(join(tmpdir(), 'cc-cli-'));

test('crosscheck analyze writes json, md and html reports', async () => {
  for (const format of ['json', 'md', 'html']) {
    const out = join(dir, `r.${format}`);
    const code = await main(['node', 'crosscheck', 'analyze', 'examples/seed-story', '--format', format, '--out', out, '--quiet']);
    assert.equal(code, 0);
    const text = readFileSync(out, 'utf8');
    if (format === 'json') assert.equal((JSON.parse(text) as { stories: unknown[] }).stories.length, 1);
    if (format === 'md') assert.match(text, /## Summary/);
    if (format === 'html') assert.match(text, /^<!doctype html>/);
  }
});

test('crosscheck analyze refuses a bad format or summary length with a usage exit code', async () => {
  assert.equal(await main(['node', 'crosscheck', 'analyze', 'examples/seed-story', '--format', 'pdf']), 2);
  assert.equal(await main(['node', 'crosscheck', 'analyze', 'examples/seed-story', '--sentences', '9']), 2);
});

test('crosscheck eval summary scores every system on a small file', async () => {
  const file = join(dir, 'summ.jsonl');
  const input = 'The storm hit the coast town on Monday and flooded hundreds of homes. Officials said the river rose two metres overnight. Residents of the coast town fled to higher ground as the storm hit. A football match was played in another city. The mayor said the town would rebuild after the storm.';
  writeFileSync(file, `${JSON.stringify({ input, outputs: ['– The storm flooded the coast town and residents fled.'] })}\n`);
  assert.equal(await main(['node', 'crosscheck', 'eval', 'summary', file, '--json']), 0);
  assert.equal(await main(['node', 'crosscheck', 'eval', 'summary', join(dir, 'missing.jsonl')]), 2);
});
