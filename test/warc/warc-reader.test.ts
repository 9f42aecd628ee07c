import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { readWarc } from '../../src/ingest/warc-reader.js';
import { openWarcCheckpoint } from '../../src/ingest/warc-checkpoint.js';
import { serializeWarcRecord, type WarcRecordInput } from '../../src/ingest/warc-writer.js';
import type { RawDocument } from '../../src/model/article.js';
import type { Diagnostic } from '../../src/model/diagnostic.js';

const PAGES = ['herald-sun-1', 'ars-1', 'daringfireball-1'];
const page = (p: string): string => readFileSync(new URL(`../../fixtures/feeds/pages/${p}.html`, import.meta.url), 'utf8');

// Real pages among records a crawler also writes: warcinfo, requests, a redirect, a 404, an image.
function records(): WarcRecordInput[] {
  const out: WarcRecordInput[] = [{ type: 'warcinfo', url: 'x', date: '2021-03-01T00:00:00Z', body: 'software: test\r\n' }];
  PAGES.forEach((p, i) => {
    const url = `https://news.example/${p}`;
    out.push({ type: 'request', url, date: `2021-03-0${i + 1}T10:00:00Z`, body: '' });
    out.push({ url, date: `2021-03-0${i + 1}T10:00:00Z`, body: page(p), contentType: 'text/html; charset=utf-8' });
    if (i === 0) {
      out.push({ url: 'https://news.example/old', date: '2021-03-01T10:00:01Z', body: '', status: 301, httpHeaders: { Location: '/x' } });
      out.push({ url: 'https://news.example/logo.png', date: '2021-03-01T10:00:02Z', body: new Uint8Array([137, 80, 78, 71]), contentType: 'image/png' });
      out.push({ url: 'https://news.example/missing', date: '2021-03-01T10:00:03Z', body: '<html>404</html>', status: 404, contentType: 'text/html' });
    }
  });
  return out;
}

let dir: string;
const files: Record<'plain' | 'gz', string> = { plain: '', gz: '' };
before(async () => {
  dir = mkdtempSync(join(tmpdir(), 'cc-warc-'));
  for (const kind of ['plain', 'gz'] as const) {
    const parts = await Promise.all(records().map((r) => serializeWarcRecord(r, { gzip: kind === 'gz' })));
    files[kind] = join(dir, kind === 'gz' ? 'pages.warc.gz' : 'pages.warc');
    writeFileSync(files[kind], Buffer.concat(parts));
  }
});
after(() => rmSync(dir, { recursive: true, force: true }));

async function collect(it: AsyncIterable<RawDocument>, stopAfter = Infinity): Promise<RawDocument[]> {
  const out: RawDocument[] = [];
  for await (const d of it) { out.push(d); if (out.length >= stopAfter) break; }
  return out;
}

for (const kind of ['plain', 'gz'] as const) {
  describe(`readWarc (${kind})`, () => {
    it('yields the HTML 200 responses with target URI, WARC-Date and the page bytes', async () => {
      let progress = 0;
      const docs = await collect(readWarc(files[kind], { onProgress: (n) => { progress = n; } }));
      assert.deepEqual(docs.map((d) => d.meta.url), PAGES.map((p) => `https://news.example/${p}`));
      assert.deepEqual(docs.map((d) => d.content), PAGES.map(page));
      assert.equal(docs[1]?.meta.publishedAt, '2021-03-02T10:00:00.000Z');
      assert.equal(docs[1]?.meta.publishedAtSource, 'warc');
      assert.ok(docs.every((d) => d.format === 'html' && d.kind === 'raw'));
      assert.equal(progress, statSync(files[kind]).size);
    });
    it('resumes from a checkpoint without repeating or losing documents', async () => {
      let cp = { offset: 0, record: 0 };
      const firstRun = await collect(readWarc(files[kind], { onCheckpoint: (offset, record) => { cp = { offset, record }; } }), 2);
      assert.equal(firstRun.length, 2);
      assert.ok(cp.offset > 0);
      // The checkpoint was taken before the second document was handed out: it is re-read once.
      const rest = await collect(readWarc(files[kind], { startOffset: cp.offset, startRecord: cp.record }));
      const urls = [...firstRun.slice(0, 1), ...rest].map((d) => d.meta.url);
      assert.deepEqual(urls, PAGES.map((p) => `https://news.example/${p}`));
      assert.equal(rest[0]?.source.index, firstRun[1]?.source.index, 'record indexes stay absolute');
    });
    it('skips records over the size limit with a diagnostic', async () => {
      const diags: Diagnostic[] = [];
      const docs = await collect(readWarc(files[kind], { maxRecordBytes: 20_000, onDiagnostic: (d) => diags.push(d) }));
      assert.deepEqual(docs.map((d) => d.meta.url), ['https://news.example/daringfireball-1']);
      assert.ok(diags.length >= 2 && diags.every((d) => d.code === 'ingest/too-large'));
    });
  });
}

describe('readWarc on damaged input', () => {
  it('reports a truncated gzip WARC with ingest/bad-warc and keeps the records before it', async () => {
    const whole = readFileSync(files.gz);
    const cut = join(dir, 'cut.warc.gz');
    writeFileSync(cut, whole.subarray(0, whole.length - 3000));
    const diags: Diagnostic[] = [];
    const docs = await collect(readWarc(cut, { onDiagnostic: (d) => diags.push(d) }));
    assert.equal(docs.length, 2);
    assert.ok(diags.some((d) => d.code === 'ingest/bad-warc'), JSON.stringify(diags));
  });
  for (const kind of ['plain', 'gz'] as const) {
    it(`stops with ingest/bad-warc when a file is cut inside a record it skips (${kind}), instead of hanging`, { timeout: 10_000 }, async () => {
      const whole = readFileSync(files[kind]);
      const cut = join(dir, `cut-inside.${kind}`);
      // Cut inside the last response's payload (its last 3000 bytes are page text).
      writeFileSync(cut, whole.subarray(0, whole.length - (kind === 'gz' ? 1000 : 3000)));
      for (const contentTypes of [['application/pdf'], ['text/html']]) {
        const diags: Diagnostic[] = [];
        const docs = await collect(readWarc(cut, { contentTypes, onDiagnostic: (d) => diags.push(d) }));
        assert.equal(docs.length, contentTypes[0] === 'text/html' ? 2 : 0);
        assert.deepEqual(diags.map((d) => d.code), ['ingest/bad-warc']);
      }
    });
  }
  it('reads a WARC gzipped as one stream (not resumable by offset, but readable)', async () => {
    const one = join(dir, 'one.warc.gz');
    writeFileSync(one, gzipSync(readFileSync(files.plain)));
    const docs = await collect(readWarc(one));
    assert.equal(docs.length, 3);
    // Resuming by record count: skip the records up to and including the first page.
    const first = docs[0]?.source.index ?? -1;
    const rest = await collect(readWarc(one, { skipRecords: first + 1 }));
    assert.deepEqual(rest.map((d) => d.meta.url), docs.slice(1).map((d) => d.meta.url));
  });
});

describe('openWarcCheckpoint', () => {
  it('resumes an interrupted run from the saved point, and knows when a file is done', async () => {
    const cpFile = join(dir, 'checkpoints.json');
    const cp = openWarcCheckpoint(cpFile);
    assert.deepEqual(cp.resumePoint(files.gz), { startOffset: 0, startRecord: 0, done: false });
    // First run: store two documents, saving the point after each "commit", then stop.
    const stored: string[] = [];
    let next = { offset: 0, record: 0 };
    for await (const d of readWarc(files.gz, { onCheckpoint: (offset, record) => { next = { offset, record }; } })) {
      stored.push(d.meta.url ?? '');
      // The document is committed: the point to save is the record after it.
      cp.save(files.gz, next.offset, next.record);
      if (stored.length === 2) break;
    }
    // The point saved after a document is the offset of that same document (taken before it
    // was yielded), so the last committed document is read again: at-least-once, never lost.
    const again = openWarcCheckpoint(cpFile).resumePoint(files.gz);
    assert.ok(again.startOffset > 0 && !again.done);
    const rest: string[] = [];
    for await (const d of readWarc(files.gz, { ...again, onCheckpoint: (o, r) => cp.save(files.gz, o, r) })) rest.push(d.meta.url ?? '');
    assert.deepEqual([...new Set([...stored, ...rest])], PAGES.map((p) => `https://news.example/${p}`));
    assert.ok(rest.length <= 2);
    assert.equal(openWarcCheckpoint(cpFile).resumePoint(files.gz).done, true);
  });
});
