import type { Command } from 'commander';
import { CrosscheckError } from '../../errors.js';
import { DEFAULT_DB, openStore } from '../../store/open-store.js';
import { buildApp } from '../../server/app.js';
import { io } from '../run-state.js';

export function register(program: Command): void {
  program
    .command('serve')
    .description('Serve the HTTP API and web UI over a store')
    .option('--db <url>', 'SQLite file path or postgres:// URL', DEFAULT_DB)
    .option('--port <n>', 'port to listen on', '8080')
    .option('--host <host>', 'address to listen on', '127.0.0.1')
    .action(async (opts: { db: string; port: string; host: string }) => {
      const port = Number(opts.port);
      if (!Number.isInteger(port) || port < 0 || port > 65535) throw new CrosscheckError('CC_BAD_OPTION', `--port must be 0..65535 (got "${opts.port}")`);
      const store = await openStore(opts.db);
      const app = await buildApp({ store });
      const address = await app.listen({ port, host: opts.host });
      io.err(`crosscheck serving ${opts.db} on ${address}\n`);
      await new Promise<void>((resolve) => {
        const stop = (): void => { resolve(); };
        process.once('SIGINT', stop);
        process.once('SIGTERM', stop);
      });
      await app.close();
      await store.close();
    });
}
