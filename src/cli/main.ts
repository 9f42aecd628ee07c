import { Command, CommanderError } from 'commander';
import { isCrosscheckError } from '../errors.js';
import { runState, io, processIo, setIo, type CliIo } from './run-state.js';
import * as articles from './commands/articles-command.js';
import * as cluster from './commands/cluster-command.js';
import * as analyze from './commands/analyze-command.js';
import * as store from './commands/store-commands.js';
import * as serve from './commands/serve-command.js';
import * as watch from './commands/watch-command.js';
import * as evalIngest from './commands/eval-ingest-command.js';
import * as evalClusters from './commands/eval-clusters-command.js';
import * as evalTimex from './commands/eval-timex-command.js';
import * as evalQuotes from './commands/eval-quotes-command.js';
import * as evalEntities from './commands/eval-entities-command.js';
import * as evalSummary from './commands/eval-summary-command.js';

export interface CommandModule {
  register(program: Command): void;
}

const COMMANDS: CommandModule[] = [articles, cluster, analyze, store, serve, watch];
const EVAL_COMMANDS: CommandModule[] = [evalIngest, evalClusters, evalTimex, evalQuotes, evalEntities, evalSummary];

export function buildProgram(): Command {
  const program = new Command('crosscheck')
    .description('News story intelligence: stories, syndication, entities, quotes, timelines, discrepancies.')
    .version('0.1.0')
    .showHelpAfterError();
  for (const c of COMMANDS) c.register(program);
  const evalCmd = program.command('eval').description('Measure accuracy on labelled data');
  for (const c of EVAL_COMMANDS) c.register(evalCmd);
  return program;
}

/** Runs the CLI and resolves to the process exit code. `cliIo` replaces stdout/stderr (tests). */
export async function main(argv: string[], cliIo: CliIo = processIo): Promise<number> {
  runState.exitCode = 0;
  setIo(cliIo);
  const program = buildProgram();
  program.exitOverride();
  program.configureOutput({ writeOut: (t) => io.out(t), writeErr: (t) => io.err(t) });
  try {
    await program.parseAsync(argv);
  } catch (e) {
    if (e instanceof CommanderError) return e.exitCode === 0 ? 0 : 2;
    if (isCrosscheckError(e)) {
      io.err(`error ${e.code}: ${e.message}\n`);
      return 2;
    }
    io.err(`error: ${(e as Error).message}\n`);
    return 2;
  } finally {
    setIo(processIo);
  }
  return runState.exitCode;
}
