import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readGolden, seedGolden } from './seed-golden.js';

// Catches any change in the time stage's output on the seed story; after an intended change,
// review the diff and regenerate: npx tsx test/time/seed-golden.ts --write
test('seed story time output matches the golden file', () => {
  assert.deepEqual(seedGolden(), readGolden());
});
