import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { extractMentions } from '../../src/analyze/entities/index.js';
import { splitSentences } from '../../src/analyze/sentence-splitter.js';

const lines = (name: string): string[] =>
  readFileSync(new URL(`../../fixtures/entities/${name}`, import.meta.url), 'utf8').split('\n').filter((l) => l.trim() !== '' && !l.startsWith('#'));
const find = (text: string) => extractMentions(text, splitSentences(text));

test('negative fixtures: no mention at all', () => {
  for (const line of lines('negatives.txt')) assert.deepEqual(find(line).map((m) => m.text), [], line);
});

test('positive fixtures: each listed mention with its type', () => {
  for (const line of lines('positives.tsv')) {
    const [text, expected] = line.split('\t') as [string, string];
    const found = find(text);
    for (const pair of expected.split(';')) {
      const [name, type] = pair.split('=') as [string, string];
      assert.ok(found.some((m) => m.text === name && m.type === type), `${name}=${type} in "${text}": ${JSON.stringify(found.map((m) => `${m.text}=${m.type}`))}`);
    }
  }
});
