import type { Command } from 'commander';
import { CrosscheckError } from '../../errors.js';

// Placeholder registration: the 'serve' command is being built (see the issue list).
export function register(program: Command): void {
  program
    .command('serve')
    .description('(not yet available)')
    .allowUnknownOption()
    .argument('[args...]')
    .action(() => {
      throw new CrosscheckError('CC_USAGE', 'the serve command is not available yet');
    });
}
