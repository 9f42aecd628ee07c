import { after, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { main } from '../../src/cli/main.js';

const dir = mkdtempSync(join(tmpdir(), 'cc-cli-'));
after(() => rmSync(dir, { recursive: true, force: true }));

/** Runs the CLI in-process, capturing stdout and stderr. */
async function run(...args: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const ow = process.stdout.write.bind(process.stdout);
  const ew = process.stderr.write.bind(process.stderr);
  process.stdout.write = ((s: string) => { out += s; return true; }) as typeof process.stdout.write;
  process.stderr.write = ((s: string) => { err += s; return true; }) as typeof process.stderr.write;
  try {
    const code = await main(['node', 'crosscheck', ...args]);
    return { code, out, err };
  } finally {
    process.stdout.write = ow;
    process.stderr.write = ew;
  }
}

describe('store CLI commands', () => {
  const db = join(dir, 'cli.db');
  it('ingest prints a summary line and is idempotent', async () => {
    const r1 = await run('ingest', 'examples/seed-story', '--db', db);
    assert.equal(r1.code, 0, r1.err);
    assert.match(r1.err, /read 5 articles: 5 new, 0 updated, 0 unchanged, 0 failed/);
    const r2 = await run('ingest', 'examples/seed-story', '--db', db);
    assert.match(r2.err, /0 new, 0 updated, 5 unchanged/);
  });

  it('stories, story and search print json, md and html', async () => {
    const list = JSON.parse((await run('stories', '--db', db)).out) as { total: number; stories: { id: string }[] };
    assert.ok(list.total >= 1);
    const id = list.stories[0]?.id ?? '';
    assert.match((await run('stories', '--db', db, '--q', 'Uighur', '--format', 'md')).out, /^# Stories/);
    const report = JSON.parse((await run('story', id, '--db', db)).out) as { id: string };
    assert.equal(report.id, id);
    assert.match((await run('story', id, '--db', db, '--format', 'md')).out, /## Articles/);
    const page = (await run('story', id, '--db', db, '--format', 'html')).out;
    assert.match(page, /^<!doctype html>/);
    assert.doesNotMatch(page, /<script/);
    const hits = JSON.parse((await run('search', 'Uighur', '--db', db)).out) as { hits: unknown[] };
    assert.ok(hits.hits.length >= 1);
    const missing = await run('story', 'nope', '--db', db);
    assert.equal(missing.code, 2);
    assert.match(missing.err, /CC_NOT_FOUND/);
  });
});
