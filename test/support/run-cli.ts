import { main } from '../../src/cli/main.js';

/** Runs the CLI in-process with its output captured (the process streams stay untouched, so
 *  the test runner's own output is never swallowed). */
export async function runCli(args: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const code = await main(['node', 'crosscheck', ...args], { out: (t) => { out += t; }, err: (t) => { err += t; } });
  return { code, out, err };
}
