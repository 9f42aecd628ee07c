// Golden numbers of the five seed articles (fixtures/story/seed-numbers.expected.json), reviewed
// by hand against ../shared/seeds/EXPECTED.md. Regenerate after a deliberate change with
// UPDATE_GOLDEN=1 node scripts/run-tests.mjs test/numbers/golden, then review the diff.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { loadArticles } from '../../src/pipeline/load-articles.js';
import { splitSentences } from '../../src/analyze/sentence-splitter.js';
import { extractNumbers } from '../../src/analyze/numbers/number-extractor.js';

const FILE = 'fixtures/story/seed-numbers.expected.json';

test('seed numbers match the golden file', async () => {
  const actual: Record<string, (string | number | null)[][]> = {};
  for (const a of (await loadArticles(['examples/seed-story'])).articles) {
    actual[a.id] = extractNumbers(a.text, splitSentences(a.text)).map((n) => [n.phrase, n.value, n.high ?? null, n.qualifier, n.unit, n.subject]);
  }
  if (process.env['UPDATE_GOLDEN']) writeFileSync(FILE, `${JSON.stringify(actual, null, 1)}\n`);
  assert.deepEqual(actual, JSON.parse(readFileSync(FILE, 'utf8')));
});
