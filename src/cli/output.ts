import { writeFileSync } from 'node:fs';
import type { Diagnostic } from '../model/diagnostic.js';
import { markFailed, io } from './run-state.js';

/** Writes a command's result to --out FILE or stdout. */
export function writeOutput(text: string, out?: string): void {
  const body = text.endsWith('\n') ? text : `${text}\n`;
  if (out) writeFileSync(out, body);
  else io.out(body);
}

/** Prints diagnostics on stderr, one line each; errors mark the run as failed. */
export function reportDiagnostics(diags: Diagnostic[], opts: { quiet?: boolean } = {}): void {
  for (const d of diags) {
    if (d.severity === 'error') markFailed(1);
    if (opts.quiet && d.severity !== 'error') continue;
    io.err(`${d.severity} ${d.code} ${d.input}: ${d.message}\n`);
  }
}

export function parseFormat<T extends string>(value: string, allowed: readonly T[]): T {
  if ((allowed as readonly string[]).includes(value)) return value as T;
  throw new Error(`--format must be one of ${allowed.join(', ')} (got "${value}")`);
}
