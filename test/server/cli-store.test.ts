import { after, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli } from '../support/run-cli.js';

const dir = mkdtempSync(join(tmpdir(), 'cc-cli-'));
after(() => rmSync(dir, { recursive: true, force: true }));

const run = (...args: string[]): ReturnType<typeof runCli> => runCli(args);

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
