// Several ingest processes writing to one store at once: no story lost or split.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { openStore } from '../../src/store/open-store.js';
import { withFreshReports } from '../../src/store/fresh-report-store.js';
import { keyDeps } from './conformance.js';

function runWorker(url: string, worker: number): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'test/store/ingest-worker.ts', url, String(worker)], { stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    child.stdout.on('data', (b: Buffer) => { out += b.toString(); });
    child.stderr.on('data', (b: Buffer) => { out += b.toString(); });
    child.on('exit', (code) => (code === 0 ? resolve(out) : reject(new Error(`worker ${worker} exited ${code}: ${out}`))));
  });
}

export function runMultiWorkerTest(name: string, freshUrl: () => Promise<string>, skip: string | false = false): void {
  describe(`${name}: concurrent ingest workers`, { skip }, () => {
    it('three processes ingesting interleaved articles of the same stories neither lose nor split a story', async () => {
      const url = await freshUrl();
      // Open once first so the workers race on ingest, not only on migration.
      await (await openStore(url)).close();
      await Promise.all([0, 1, 2].map((w) => runWorker(url, w)));
      // Worker 2 deferred its reports: read through withFreshReports, as the CLI and server do.
      const store = withFreshReports(await openStore(url), (arts) => keyDeps.buildStoryReport(arts));
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
        assert.deepEqual(await store.counts(), { articles: 120, versions: 120, stories: 4 });
      } finally {
        await store.close();
      }
    });
  });
}
