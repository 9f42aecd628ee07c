import { readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, extname, join } from 'node:path';
import type { RawDocument } from '../model/article.js';
import { diagnostic, type Diagnostic } from '../model/diagnostic.js';
import { readTextFile } from './text-reader.js';
import { readJsonFile } from './json-reader.js';

export interface ReadOptions {
  /** Files over this size are refused with a diagnostic. */
  maxBytes?: number;
}

export interface ReadResult {
  docs: RawDocument[];
  /** Problems with inputs that produced no document. */
  diagnostics: Diagnostic[];
}

const DEFAULT_MAX_BYTES = 50 * 1024 * 1024;

/** Expands directories recursively (sorted, hidden files skipped). */
export function expandInputs(inputs: string[]): string[] {
  const out: string[] = [];
  for (const input of inputs) {
    if (input === '-') { out.push(input); continue; }
    let st;
    try { st = statSync(input); } catch { out.push(input); continue; }
    if (st.isDirectory()) {
      const names = readdirSync(input).filter((n) => !n.startsWith('.')).sort();
      out.push(...expandInputs(names.map((n) => join(input, n))));
    } else out.push(input);
  }
  return out;
}

/** Reads every input into raw documents. Never throws for content problems. */
export function readInputs(inputs: string[], opts: ReadOptions = {}): ReadResult {
  const docs: RawDocument[] = [];
  const diagnostics: Diagnostic[] = [];
  const maxBytes = opts.maxBytes ?? DEFAULT_MAX_BYTES;
  for (const path of expandInputs(inputs)) {
    let buf: Buffer;
    try {
      if (path !== '-') {
        const st = statSync(path);
        if (st.size > maxBytes) {
          diagnostics.push(diagnostic('ingest/too-large', path, `${st.size} bytes is over the limit of ${maxBytes}`, 'error'));
          continue;
        }
      }
      buf = readFileSync(path === '-' ? 0 : path);
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code === 'ENOENT' ? 'ingest/not-found' : 'ingest/unreadable';
      diagnostics.push(diagnostic(code, path, (e as Error).message, 'error'));
      continue;
    }
    const ext = extname(path).toLowerCase();
    const nameHint = path === '-' ? undefined : basename(path, extname(path));
    if (ext === '.json' || ext === '.jsonl' || ext === '.ndjson') {
      const r = readJsonFile(buf, path, ext !== '.json');
      docs.push(...r.docs);
      diagnostics.push(...r.diagnostics);
    } else {
      const r = readTextFile(buf, path, nameHint);
      if (r.doc) docs.push(r.doc);
      diagnostics.push(...r.diagnostics);
    }
  }
  return { docs, diagnostics };
}
