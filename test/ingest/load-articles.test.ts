import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadArticles } from '../../src/pipeline/load-articles.js';

test('seed story: five articles with ids from file names and header dates', async () => {
  const { articles, diagnostics } = await loadArticles(['examples/seed-story']);
  assert.equal(diagnostics.length, 0);
  assert.deepEqual(articles.map((a) => a.id.slice(0, 3)), ['000', '001', '002', '003', '004']);
  assert.equal(articles[0]!.id, '000_6c6a5322a511c362');
  assert.equal(articles[0]!.publishedAt, '2020-02-02');
  assert.equal(articles[0]!.publishedAtSource, 'header');
  assert.equal(articles[1]!.publishedAt, '2019-12-22');
  assert.equal(articles[3]!.publishedAt, null);
  assert.ok(!articles[0]!.text.startsWith('date'));
});

test('bad inputs become diagnostics and the rest goes on', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'cc-'));
  writeFileSync(join(dir, 'a.bin'), Buffer.from([0, 1, 2, 3, 0, 0, 5]));
  writeFileSync(join(dir, 'b.jsonl'), '{"id":"x1","text":"Hello world."}\nnot json\n{"id":"x2"}\n');
  writeFileSync(join(dir, 'c.txt'), Buffer.from([0x63, 0x61, 0x66, 0xe9, 0x20, 0x6f, 0x6b]));
  const { articles, diagnostics } = await loadArticles([dir, join(dir, 'missing.txt')]);
  const codes = [...diagnostics, ...articles.flatMap((a) => a.diagnostics)].map((d) => d.code).sort();
  assert.deepEqual(codes, ['ingest/bad-encoding', 'ingest/bad-json', 'ingest/bad-record', 'ingest/binary-file', 'ingest/not-found']);
  assert.deepEqual(articles.map((a) => a.id), ['x1', 'c']);
  assert.equal(articles[1]!.text, 'café ok');
  const badLine = diagnostics.find((d) => d.code === 'ingest/bad-json');
  assert.equal(badLine?.line, 2);
});
