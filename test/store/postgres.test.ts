// Runs the conformance suite against a real PostgreSQL started in a temp dir, plus a
// multi-process ingest test. Skips (with the reason) when PostgreSQL is not installed.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { findPgBin, startPgTestServer, type PgTestServer } from '../../scripts/pg-test-server.js';
import { openStore } from '../../src/store/open-store.js';
import { runStoreConformance } from './conformance.js';

const bin = findPgBin();
const skip = bin ? undefined : 'PostgreSQL is not installed (no /usr/lib/postgresql/*/bin/initdb): SKIPPING postgres tests';
if (skip) console.log(`# ${skip}`);

let server: PgTestServer | null = null;
let n = 0;
const started = async (): Promise<PgTestServer> => {
  if (!server) {
    const s = await startPgTestServer();
    if ('skip' in s) throw new Error(s.skip);
    server = s;
  }
  return server;
};
after(async () => { await server?.stop(); });

runStoreConformance({
  name: 'postgres',
  ...(skip ? { skip } : {}),
  async fresh() {
    const url = await (await started()).createDatabase(`conf_${process.pid}_${n++}`);
    return { open: () => openStore(url) };
  },
});

function runWorker(url: string, worker: number): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'test/store/pg-worker.ts', url, String(worker)], { stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    child.stdout.on('data', (b: Buffer) => { out += b.toString(); });
    child.stderr.on('data', (b: Buffer) => { out += b.toString(); });
    child.on('exit', (code) => (code === 0 ? resolve(out) : reject(new Error(`worker ${worker} exited ${code}: ${out}`))));
  });
}

describe('PostgreSQL: concurrent ingest workers', { skip: skip ?? false }, () => {
  let url = '';
  before(async () => { url = await (await started()).createDatabase(`workers_${process.pid}`); });

  it('three processes ingesting interleaved articles of the same stories neither lose nor split a story', async () => {
    // Open once first so the workers race on ingest, not only on migration.
    await (await openStore(url)).close();
    await Promise.all([0, 1, 2].map((w) => runWorker(url, w)));
    const store = await openStore(url);
    try {
      const asg = await store.assignments();
      assert.equal(asg.length, 3 * 4 * 10, 'every article assigned once');
      assert.equal(new Set(asg.map((x) => x.articleId)).size, asg.length);
      for (const key of ['gamma', 'delta', 'eps', 'zeta']) {
        const stories = new Set(asg.filter((x) => x.articleId.endsWith(`@${key}`)).map((x) => x.storyId));
        assert.equal(stories.size, 1, `story ${key} is not split`);
        const report = await store.getStory([...stories][0] ?? '');
        assert.equal(report?.articleIds.length, 30, `report of ${key} lists all members`);
      }
      const c = await store.counts();
      assert.deepEqual(c, { articles: 120, versions: 120, stories: 4 });
    } finally {
      await store.close();
    }
  });
});
