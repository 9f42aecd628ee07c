/**
 * Ingestion + cleaning throughput. Prints articles/s and MB/s for:
 *  - HTML: the Readability test pages (read, Readability over linkedom, metadata, cleaning);
 *  - text: the texts of dev-stories.jsonl repeated (cleaning only, from raw documents);
 *  - text without language detection (to show franc's share).
 * Usage: npx tsx bench/ingest-bench.ts [readability-pages dir] [dev-stories.jsonl] [text repeats]
 */
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { readHtmlFile } from '../src/ingest/html-reader.js';
import { recordToDoc } from '../src/ingest/json-reader.js';
import { createCleaner } from '../src/clean/clean-document.js';
import type { RawDocument } from '../src/model/article.js';

const pagesDir = process.argv[2] ?? '../shared/data/readability-pages';
const storiesPath = process.argv[3] ?? '../shared/data/dev-stories.jsonl';
const repeats = Number(process.argv[4] ?? 20);
const now = new Date('2030-01-01T00:00:00Z');

function report(label: string, n: number, bytes: number, ms: number): void {
  const s = ms / 1000;
  console.log(`${label.padEnd(34)} ${String(n).padStart(6)} articles  ${(bytes / 1e6).toFixed(2).padStart(7)} MB  ${ms.toFixed(0).padStart(6)} ms  ${(n / s).toFixed(0).padStart(7)} articles/s  ${(bytes / 1e6 / s).toFixed(2).padStart(7)} MB/s  ${(ms / n).toFixed(3)} ms/article`);
}

if (existsSync(pagesDir)) {
  const files = readdirSync(pagesDir).map((d) => join(pagesDir, d, 'source.html')).filter((f) => existsSync(f));
  const bufs = files.map((f) => readFileSync(f));
  const bytes = bufs.reduce((s, b) => s + b.length, 0);
  const clean = createCleaner({ now });
  // One warm-up pass over a few pages so JIT compilation is not timed.
  for (const [i, b] of bufs.slice(0, 5).entries()) clean(readHtmlFile(b, files[i]!).docs[0]!);
  const t0 = performance.now();
  let n = 0;
  bufs.forEach((b, i) => { const d = readHtmlFile(b, files[i]!).docs[0]; if (d) { clean(d); n++; } });
  report('html (readability pages)', n, bytes, performance.now() - t0);
} else console.log(`skipped html: ${pagesDir} not found`);

if (existsSync(storiesPath)) {
  const lines = readFileSync(storiesPath, 'utf8').trim().split('\n');
  const docs: RawDocument[] = [];
  for (let r = 0; r < repeats; r++) {
    lines.forEach((l, i) => {
      const { doc } = recordToDoc(JSON.parse(l), storiesPath, { line: i + 1 });
      if (doc) docs.push(doc);
    });
  }
  const bytes = docs.reduce((s, d) => s + Buffer.byteLength(d.content), 0);
  for (const detectLanguage of [true, false]) {
    const clean = createCleaner({ now, detectLanguage });
    for (const d of docs.slice(0, 200)) clean(d);
    const t0 = performance.now();
    for (const d of docs) clean(d);
    report(`text (dev-stories x${repeats})${detectLanguage ? '' : ', no lang detect'}`, docs.length, bytes, performance.now() - t0);
  }
} else console.log(`skipped text: ${storiesPath} not found`);
