import { mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** Where browser tests save screenshots: docs/ when CC_SCREENSHOTS=docs (to refresh the README's pictures), else a temp dir. */
export function screenshotPath(name: string): string {
  const dir = process.env['CC_SCREENSHOTS'] === 'docs' ? 'docs' : join(tmpdir(), 'crosscheck-screenshots');
  mkdirSync(dir, { recursive: true });
  return join(dir, name);
}
