import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { main } from '../../src/cli/main.js';

test('articles command: JSON output with the documented fields; exit 0', async () => {
  const out = join(mkdtempSync(join(tmpdir(), 'cc-cli-')), 'out.json');
  const code = await main(['node', 'crosscheck', 'articles', 'examples/seed-story', '--format', 'json', '--out', out]);
  assert.equal(code, 0);
  const { articles } = JSON.parse(readFileSync(out, 'utf8')) as { articles: Record<string, unknown>[] };
  assert.equal(articles.length, 5);
  for (const f of ['id', 'source', 'url', 'outlet', 'title', 'publishedAt', 'publishedAtSource', 'lang', 'dateline', 'credits', 'text', 'embeds', 'diagnostics']) {
    assert.ok(f in articles[0]!, f);
  }
});

test('articles command: exit code 1 when an input failed, other inputs still printed', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'cc-cli-'));
  writeFileSync(join(dir, 'ok.txt'), 'The council approved the new budget on Tuesday after a long debate.');
  const out = join(dir, 'out.jsonl');
  const code = await main(['node', 'crosscheck', 'articles', join(dir, 'ok.txt'), join(dir, 'missing.txt'), '--format', 'jsonl', '--out', out]);
  assert.equal(code, 1);
  assert.equal(readFileSync(out, 'utf8').trim().split('\n').length, 1);
  const md = join(dir, 'out.md');
  assert.equal(await main(['node', 'crosscheck', 'articles', join(dir, 'ok.txt'), '--format', 'md', '--out', md, '--max-bytes', '1k']), 0);
  assert.ok(readFileSync(md, 'utf8').includes('The council approved'));
});
