import type { Command } from 'commander';
import { CrosscheckError } from '../../errors.js';

// Placeholder registration: 'eval ingest' is being built (see the issue list).
export function register(evalCmd: Command): void {
  evalCmd
    .command('ingest')
    .description('(not yet available)')
    .allowUnknownOption()
    .argument('[args...]')
    .action(() => {
      throw new CrosscheckError('CC_USAGE', 'eval ingest is not available yet');
    });
}
