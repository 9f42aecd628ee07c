import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { serializeWarcRecord } from '../../src/ingest/warc-writer.js';
import { runCli } from '../support/run-cli.js';
import { openStore } from '../../src/store/open-store.js';

const PAGES = ['herald-sun-1', 'ars-1', 'daringfireball-1'];
let dir: string;
let warc: string;
let recordLengths: number[];
before(async () => {
  dir = mkdtempSync(join(tmpdir(), 'cc-warc-ingest-'));
  warc = join(dir, 'crawl.warc.gz');
  const parts = await Promise.all(PAGES.map((name) => serializeWarcRecord({
    url: `https://news.example/${name}`, date: '2015-04-16T18:15:00Z', contentType: 'text/html; charset=utf-8',
    body: readFileSync(new URL(`../../fixtures/feeds/pages/${name}.html`, import.meta.url)),
  }, { gzip: true })));
  recordLengths = parts.map((p) => p.length);
  writeFileSync(warc, Buffer.concat(parts));
});
after(() => rmSync(dir, { recursive: true, force: true }));

describe('crosscheck ingest <file.warc.gz>', () => {
  it('streams the archive in batches into the store and saves a resume point after each batch', async () => {
    const db = join(dir, 'w.db');
    const r = await runCli(['ingest', warc, '--db', db, '--batch', '2', '--quiet']);
    assert.equal(r.code, 0, r.err);
    assert.match(r.err, /read 3 articles: 3 new/);
    const store = await openStore(db);
    try {
      assert.equal((await store.counts()).articles, 3);
    } finally {
      await store.close();
    }
    const cp = JSON.parse(readFileSync(`${db}.checkpoint.json`, 'utf8')) as Record<string, { done?: boolean }>;
    assert.equal(cp[warc]?.done, true);
    // A second run finds the archive done and reads nothing.
    const again = await runCli(['ingest', warc, '--db', db, '--quiet']);
    assert.equal(again.code, 0, again.err);
    assert.match(again.err, /already ingested/);
    assert.match(again.err, /read 0 articles/);
  });

  it('resumes after the last committed batch: records before the resume point are not read again', async () => {
    const db = join(dir, 'resume.db');
    const checkpoint = join(dir, 'cp.json');
    // An earlier run committed the first two records (per-record gzip: offsets are record boundaries).
    const { openWarcCheckpoint } = await import('../../src/ingest/warc-checkpoint.js');
    openWarcCheckpoint(checkpoint).save(warc, recordLengths[0]! + recordLengths[1]!, 2);
    const r = await runCli(['ingest', warc, '--db', db, '--checkpoint', checkpoint, '--quiet']);
    assert.equal(r.code, 0, r.err);
    assert.match(r.err, /read 1 articles: 1 new/);
    assert.ok(existsSync(checkpoint));
  });
});
