// Child process of server-bench.ts: serves a store on 127.0.0.1 (free port) and prints the URL.
import { openStore } from '../src/store/open-store.js';
import { buildApp } from '../src/server/app.js';

const store = await openStore(process.argv[2]);
const app = await buildApp({ store });
const url = await app.listen({ port: 0, host: '127.0.0.1' });
process.stdout.write(`${url}\n`);
process.once('SIGTERM', () => { void app.close().then(() => store.close()).then(() => process.exit(0)); });
