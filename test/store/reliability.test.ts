// A process killed with SIGKILL mid-ingest loses nothing committed; a re-run completes the rest.
import { after, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openStore } from '../../src/store/open-store.js';

const TOTAL = 1500;
const dir = mkdtempSync(join(tmpdir(), 'cc-kill-'));
after(() => rmSync(dir, { recursive: true, force: true }));

function runChild(path: string, killAfterBatches: number | null, mode: string): Promise<{ committed: number; killed: boolean }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'test/store/kill-worker.ts', path, String(TOTAL), mode], { stdio: ['ignore', 'pipe', 'pipe'] });
    let committed = 0;
    let buf = '';
    let err = '';
    child.stderr.on('data', (b: Buffer) => { err += b.toString(); });
    child.stdout.on('data', (b: Buffer) => {
      buf += b.toString();
      committed = (buf.match(/^committed /gm) ?? []).length;
      if (killAfterBatches !== null && committed >= killAfterBatches && child.exitCode === null) child.kill('SIGKILL');
    });
    child.on('exit', (code, signal) => {
      if (signal === 'SIGKILL') resolve({ committed, killed: true });
      else if (code === 0) resolve({ committed, killed: false });
      else reject(new Error(`child exited ${code}: ${err}`));
    });
  });
}

for (const mode of ['eager', 'deferred']) describe(`SQLite ingest killed with SIGKILL (${mode} reports)`, () => {
  it('keeps every committed batch whole and a re-run finishes without duplicates', async () => {
    const path = join(dir, `kill-${mode}.db`);
    // A reader polls the store while the child writes: it must only ever see whole batches.
    const reader = await openStore(path);
    const seen: number[] = [];
    let polling = true;
    const poll = (async () => {
      while (polling) {
        seen.push((await reader.counts()).articles);
        await new Promise((r) => setTimeout(r, 15));
      }
    })();
    let first: { committed: number; killed: boolean };
    try {
      first = await runChild(path, 6, mode);
    } finally {
      polling = false;
      await poll;
      await reader.close();
    }
    assert.ok(seen.some((n) => n > 0), 'the reader saw committed batches during the ingest');
    assert.ok(seen.every((n, i) => n % 50 === 0 && n >= (seen[i - 1] ?? 0)), `reader saw whole batches only: ${seen.join(',')}`);
    assert.equal(first.killed, true, 'the child was killed before finishing');
    let store = await openStore(path);
    const mid = await store.counts();
    assert.ok(mid.articles >= first.committed * 50, `committed batches survive (${mid.articles} >= ${first.committed * 50})`);
    assert.ok(mid.articles < TOTAL, 'the kill happened mid-way');
    assert.equal(mid.articles % 50, 0, 'no half batch is visible');
    assert.equal((await store.assignments()).length, mid.articles, 'every stored article has its story');
    assert.equal((await store.loadClustererState())?.version, mid.articles / 50, 'clusterer state saved with each batch');
    await store.close();

    const second = await runChild(path, null, mode);
    assert.equal(second.killed, false);
    store = await openStore(path);
    try {
      const end = await store.counts();
      assert.deepEqual([end.articles, end.versions], [TOTAL, TOTAL]);
      const asg = await store.assignments();
      assert.equal(asg.length, TOTAL);
      const stories = new Set(asg.map((x) => x.storyId));
      assert.equal(end.stories, stories.size, 'every story has a report row');
      if (mode === 'deferred') {
        // Every story waits for its report, and every member's analysis was stored with its batch.
        assert.equal((await store.staleStories()).length, stories.size);
        for (const id of [...stories].slice(0, 20)) {
          const input = await store.storyBuildInput(id);
          assert.ok(input && input.members.length > 0 && input.members.every((m) => (m.analysis as { chars?: number } | null)?.chars === m.article.text.length));
        }
      }
    } finally {
      await store.close();
    }
  });
});
