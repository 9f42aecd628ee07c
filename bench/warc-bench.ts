// WARC reading speed: builds a WARC (plain and per-record gzip) from the real pages in
// ../shared/data/readability-pages, repeated up to --mb megabytes, in a temp dir; streams it
// through readWarc and prints MB/s, records/s and peak RSS; then extracts articles from a
// sample with @mozilla/readability + linkedom and prints articles/s.
// Usage: npx tsx bench/warc-bench.ts [--mb 100] [--extract 300] [--pages DIR]
import { closeSync, existsSync, mkdtempSync, openSync, readdirSync, readFileSync, rmSync, statSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { Readability } from '@mozilla/readability';
import { readWarc } from '../src/ingest/warc-reader.js';
import { serializeWarcRecord } from '../src/ingest/warc-writer.js';
import type { RawDocument } from '../src/model/article.js';

function arg(name: string, def: string): string {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? (process.argv[i + 1] ?? def) : def;
}
const targetMb = Number(arg('mb', '100'));
const extractN = Number(arg('extract', '300'));
const pagesDir = arg('pages', new URL('../../shared/data/readability-pages', import.meta.url).pathname);
if (!existsSync(pagesDir)) { console.error(`no pages at ${pagesDir}`); process.exit(1); }

const pages = readdirSync(pagesDir).filter((d) => existsSync(join(pagesDir, d, 'source.html'))).sort()
  .map((d) => ({ name: d, html: readFileSync(join(pagesDir, d, 'source.html')) }));
const dir = mkdtempSync(join(tmpdir(), 'cc-warc-bench-'));

const pageBytes = pages.reduce((n, p) => n + p.html.length, 0);
const copies = Math.max(1, Math.ceil((targetMb * 1e6) / pageBytes));

// The same records for both files: `copies` rounds of every page, differing only in URL.
async function build(gzip: boolean): Promise<{ path: string; records: number }> {
  const path = join(dir, gzip ? 'bench.warc.gz' : 'bench.warc');
  const fd = openSync(path, 'w');
  let records = 0;
  for (let copy = 0; copy < copies; copy++) {
    for (const [i, p] of pages.entries()) {
      const date = `2024-01-${String((i % 28) + 1).padStart(2, '0')}T12:00:00Z`;
      writeSync(fd, await serializeWarcRecord({ url: `https://bench.example/${copy}/${p.name}`, date, body: p.html, contentType: 'text/html; charset=utf-8' }, { gzip }));
      records++;
    }
  }
  closeSync(fd);
  return { path, records };
}

// Nothing is kept while timing, so the peak heap shows whether memory stays flat.
async function read(path: string): Promise<{ n: number; seconds: number; cpu: number; peakRss: number; peakHeap: number }> {
  const c0 = process.cpuUsage();
  let n = 0;
  let peakRss = 0;
  let peakHeap = 0;
  const t0 = performance.now();
  for await (const d of readWarc(path, { maxRecordBytes: 20 * 1024 * 1024 })) {
    if (d.content.length > 0) n++;
    if ((n & 31) === 0) {
      const m = process.memoryUsage();
      peakRss = Math.max(peakRss, m.rss);
      peakHeap = Math.max(peakHeap, m.heapUsed);
    }
  }
  const c = process.cpuUsage(c0);
  return { n, seconds: (performance.now() - t0) / 1000, cpu: (c.user + c.system) / 1e6, peakRss, peakHeap };
}

async function takeSample(path: string): Promise<RawDocument[]> {
  const out: RawDocument[] = [];
  for await (const d of readWarc(path, { maxRecordBytes: 20 * 1024 * 1024 })) {
    out.push(d);
    if (out.length >= extractN) break;
  }
  return out;
}

console.log(`pages: ${pages.length} real pages from ${pagesDir}`);
let sample: RawDocument[] = [];
for (const gzip of [false, true]) {
  const tb = performance.now();
  const { path, records } = await build(gzip);
  const size = statSync(path).size;
  console.log(`built ${path.split('/').pop()}: ${(size / 1e6).toFixed(1)} MB, ${records} response records (${((performance.now() - tb) / 1000).toFixed(1)} s)`);
  const r = await read(path);
  const mb = size / 1e6;
  console.log(`  readWarc ${gzip ? '.warc.gz' : '.warc   '}: ${r.n} docs in ${r.seconds.toFixed(2)} s = ${(mb / r.seconds).toFixed(1)} MB/s of file, ${(pageBytes * copies / 1e6 / r.seconds).toFixed(1)} MB/s of HTML, ${(r.n / r.seconds).toFixed(0)} records/s; peak heap ${(r.peakHeap / 1e6).toFixed(0)} MB, peak RSS ${(r.peakRss / 1e6).toFixed(0)} MB`);
  console.log(`    per CPU second (less sensitive to other load): ${(mb / r.cpu).toFixed(1)} MB of file, ${(r.n / r.cpu).toFixed(0)} records (${r.cpu.toFixed(2)} CPU s)`);
  if (gzip) sample = await takeSample(path);
  rmSync(path);
}

// Extraction on a sample (readability is the costly step; linkedom builds the DOM).
let articles = 0;
let bytes = 0;
const ce = process.cpuUsage();
const te = performance.now();
for (const d of sample) {
  bytes += d.content.length;
  const { document } = parseHTML(d.content);
  const art = new Readability(document as unknown as ConstructorParameters<typeof Readability>[0]).parse();
  if (art && (art.textContent ?? '').trim().length > 200) articles++;
}
const es = (performance.now() - te) / 1000;
const ecpu = ((u) => (u.user + u.system) / 1e6)(process.cpuUsage(ce));
console.log(`extraction (linkedom + readability) on ${sample.length} docs: ${articles} articles in ${es.toFixed(2)} s = ${(sample.length / es).toFixed(1)} docs/s, ${(bytes / 1e6 / es).toFixed(1)} MB/s of HTML; per CPU second ${(sample.length / ecpu).toFixed(1)} docs`);
rmSync(dir, { recursive: true, force: true });
