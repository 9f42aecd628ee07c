import { readFileSync } from 'node:fs';

/** Reads a labelled fixture of fixtures/ingest/. */
export function fixture<T>(name: string): T {
  return JSON.parse(readFileSync(new URL(`../../fixtures/ingest/${name}`, import.meta.url), 'utf8')) as T;
}
