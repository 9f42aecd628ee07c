import type { Command } from 'commander';
import { CrosscheckError } from '../../errors.js';

// Placeholder registration: the 'analyze' command is being built (see the issue list).
export function register(program: Command): void {
  program
    .command('analyze')
    .description('(not yet available)')
    .allowUnknownOption()
    .argument('[args...]')
    .action(() => {
      throw new CrosscheckError('CC_USAGE', 'the analyze command is not available yet');
    });
}
