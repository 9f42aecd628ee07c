import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { splitSentences } from '../../src/analyze/sentence-splitter.js';
import { extractTimeExpressions } from '../../src/analyze/time/index.js';

const { cases } = JSON.parse(readFileSync('fixtures/time/negative-cases.json', 'utf8')) as { cases: string[] };

test('negative cases yield no time expression', () => {
  assert.ok(cases.length >= 20);
  const failures: string[] = [];
  for (const text of cases) {
    const found = extractTimeExpressions(text, splitSentences(text), '2020-02-02');
    if (found.length) failures.push(`${text} -> ${found.map((t) => `"${t.text}"=${t.value}`).join(', ')}`);
  }
  assert.deepEqual(failures, []);
});
