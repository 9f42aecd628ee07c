import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestServer } from '../fetch/test-server.js';
import { fixture, startFeedServer } from './feed-server.js';

const MAIN = new URL('../../src/cli/main.ts', import.meta.url).pathname;
const RUN = `import { main } from ${JSON.stringify(MAIN)}; process.exitCode = await main(process.argv);`;

// Runs the CLI in a child process (async, so this process's test server keeps answering).
function cli(args: string[]): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', RUN, 'crosscheck', ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (c: Buffer) => { stdout += c.toString(); });
    child.stderr.on('data', (c: Buffer) => { stderr += c.toString(); });
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

let srv: TestServer;
let dir: string;
before(async () => {
  srv = await startFeedServer();
  dir = mkdtempSync(join(tmpdir(), 'cc-watch-'));
});
after(async () => { await srv.close(); rmSync(dir, { recursive: true, force: true }); });

describe('crosscheck watch --once', () => {
  it('polls an OPML list, prints new documents, saves state, and prints nothing new on the next run', async () => {
    const opml = join(dir, 'subs.opml');
    writeFileSync(opml, fixture('subscriptions.opml', srv.origin));
    const state = join(dir, 'state.json');
    const args = ['watch', opml, '--once', '--allow-private', '--delay', '0', '--state', state];
    const first = await cli(args);
    assert.equal(first.code, 0, first.stderr);
    const lines = first.stdout.trim().split('\n').map((l) => JSON.parse(l) as { url: string; credit: string | null });
    // RSS gives 3 pages; Atom and JSON Feed list the same pages (taken once) plus one text-only item.
    assert.equal(lines.length, 3 + 0 + 1);
    assert.ok(lines.some((l) => l.credit === 'Reuters'));
    const saved = JSON.parse(readFileSync(state, 'utf8')) as { feeds: Record<string, { seen: string[] }> };
    assert.equal(saved.feeds[`${srv.origin}/rss.xml`]?.seen.length, 3);
    const second = await cli(args);
    assert.equal(second.code, 0, second.stderr);
    assert.equal(second.stdout, '');
  });
  it('refuses loopback feeds without --allow-private, and bad intervals', async () => {
    const list = join(dir, 'feeds.txt');
    writeFileSync(list, `# one feed\n${srv.url('/rss.xml')}\n`);
    const guarded = await cli(['watch', list, '--once', '--delay', '0']);
    assert.match(guarded.stderr, /ingest\/blocked-url/);
    assert.equal(guarded.stdout, '');
    const bad = await cli(['watch', list, '--once', '--interval', 'soon']);
    assert.equal(bad.code, 2);
    assert.match(bad.stderr, /CC_BAD_OPTION/);
  });
  it('--db stores the new pages as articles and stories in the store', async () => {
    const list = join(dir, 'rss-only.txt');
    writeFileSync(list, `${srv.url('/rss.xml')}\n`);
    const db = join(dir, 'watch.db');
    const r = await cli(['watch', list, '--once', '--allow-private', '--delay', '0', '--db', db]);
    assert.equal(r.code, 0, r.stderr);
    assert.match(r.stderr, /stored 3 new/);
    const { openStore } = await import('../../src/store/open-store.js');
    const store = await openStore(db);
    try {
      const c = await store.counts();
      assert.equal(c.articles, 3);
      assert.ok(c.stories >= 1);
    } finally {
      await store.close();
    }
  });
});
