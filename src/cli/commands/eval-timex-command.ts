import type { Command } from 'commander';
import { CrosscheckError } from '../../errors.js';

// Placeholder registration: 'eval timex' is being built (see the issue list).
export function register(evalCmd: Command): void {
  evalCmd
    .command('timex')
    .description('(not yet available)')
    .allowUnknownOption()
    .argument('[args...]')
    .action(() => {
      throw new CrosscheckError('CC_USAGE', 'eval timex is not available yet');
    });
}
