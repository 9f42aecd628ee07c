import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after } from 'node:test';
import { openStore } from '../../src/store/open-store.js';
import { runStoreConformance } from './conformance.js';
import { runMultiWorkerTest } from './multi-worker.js';

const dirs: string[] = [];
after(() => { for (const d of dirs) rmSync(d, { recursive: true, force: true }); });

runStoreConformance({
  name: 'sqlite',
  async fresh() {
    const dir = mkdtempSync(join(tmpdir(), 'cc-sqlite-'));
    dirs.push(dir);
    const path = join(dir, 'test.db');
    return { open: () => openStore(path) };
  },
});

runMultiWorkerTest('SQLite', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'cc-sqlite-mw-'));
  dirs.push(dir);
  return join(dir, 'workers.db');
});
