// Runs the conformance suite against a real PostgreSQL started in a temp dir, plus a
// multi-process ingest test. Skips (with the reason) when PostgreSQL is not installed.
import { after } from 'node:test';
import { findPgBin, startPgTestServer, type PgTestServer } from '../../scripts/pg-test-server.js';
import { openStore } from '../../src/store/open-store.js';
import { runStoreConformance } from './conformance.js';
import { runMultiWorkerTest } from './multi-worker.js';

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

runMultiWorkerTest('PostgreSQL', async () => (await started()).createDatabase(`workers_${process.pid}`), skip ?? false);
