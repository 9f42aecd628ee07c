import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadArticles } from '../../src/pipeline/load-articles.js';
import { FILE_READERS, readInputs } from '../../src/ingest/read-inputs.js';

const NOW = new Date('2024-06-01T00:00:00Z');
const BODY = 'The council approved the new budget on Tuesday after a long debate about the cost of schools and roads in the district.';

test('readers: one reader per extension in the dispatch table', () => {
  for (const ext of ['.txt', '.html', '.htm', '.json', '.jsonl']) assert.equal(typeof FILE_READERS[ext], 'function', ext);
});

test('text reader: a headline-like first line is the title, a sentence is not', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'cc-txt-'));
  writeFileSync(join(dir, 'a.txt'), `Council approves budget after long debate\n${BODY}\n`);
  writeFileSync(join(dir, 'b.txt'), ` date 2021-03-04 ${BODY}\nA second paragraph follows here.\n`);
  const { articles } = await loadArticles([dir], { now: NOW });
  assert.equal(articles[0]!.title, 'Council approves budget after long debate');
  assert.equal(articles[0]!.text, BODY);
  assert.equal(articles[1]!.title, null);
  assert.equal(articles[1]!.publishedAt, '2021-03-04');
  assert.ok(articles[1]!.text.startsWith('The council'));
});

test('json reader: news-please fields and alternatives, ids kept, date header in text', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'cc-json-'));
  const recs = [
    { id: 'np', title: 'T1', maintext: BODY, date_publish: '2020-02-02 10:00:00', source_domain: 'www.example.com', language: 'en', authors: ['A One', 'B Two'] },
    { id: 7, content: BODY, publishedAt: '2020-02-03T00:00:00Z', outlet: 'Example Daily' },
    { body: ` date 2020-02-04 ${BODY}`, url: 'https://www.news.example.net/x', lang: 'en-GB' },
  ];
  writeFileSync(join(dir, 'recs.json'), JSON.stringify({ articles: recs }));
  const { articles, diagnostics } = await loadArticles([join(dir, 'recs.json')], { now: NOW });
  assert.equal(diagnostics.length, 0);
  const [a, b, c] = articles;
  assert.equal(a!.id, 'np');
  assert.equal(a!.title, 'T1');
  assert.equal(a!.publishedAt, '2020-02-02T10:00:00');
  assert.equal(a!.publishedAtSource, 'record');
  assert.equal(a!.outlet, 'example.com');
  assert.equal(a!.byline, 'A One, B Two');
  assert.equal(b!.id, '7');
  assert.equal(b!.outlet, 'Example Daily');
  assert.equal(c!.publishedAt, '2020-02-04');
  assert.equal(c!.publishedAtSource, 'header');
  assert.equal(c!.outlet, 'news.example.net');
  assert.equal(c!.lang, 'en');
  assert.equal(c!.id, c!.contentHash);
});

test('bad input: each problem is a diagnostic naming the input, the rest goes on', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'cc-bad-'));
  mkdirSync(join(dir, 'sub'));
  writeFileSync(join(dir, 'sub', 'ok.txt'), BODY);
  writeFileSync(join(dir, 'empty.txt'), '  \n\n ');
  writeFileSync(join(dir, 'big.txt'), BODY.repeat(100));
  writeFileSync(join(dir, 'img.png'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]));
  writeFileSync(join(dir, 'lines.jsonl'), `{"id":"j1","text":${JSON.stringify(BODY)}}\n{broken\n`);
  writeFileSync(join(dir, 'bad-date.json'), JSON.stringify({ id: 'bd', text: BODY, date: '2020-13-45' }));
  const { articles, diagnostics } = await loadArticles([dir, join(dir, 'nope.txt')], { maxBytes: 5000, now: NOW });
  assert.deepEqual(articles.map((a) => a.id).sort(), ['bd', 'j1', 'ok']);
  const byCode = new Map(diagnostics.map((d) => [d.code, d]));
  assert.equal(byCode.get('ingest/too-large')?.input, join(dir, 'big.txt'));
  assert.equal(byCode.get('ingest/binary-file')?.input, join(dir, 'img.png'));
  assert.equal(byCode.get('clean/empty-body')?.input, join(dir, 'empty.txt'));
  assert.equal(byCode.get('ingest/not-found')?.input, join(dir, 'nope.txt'));
  assert.equal(byCode.get('ingest/bad-json')?.input, `${join(dir, 'lines.jsonl')}:2`);
  const bd = articles.find((a) => a.id === 'bd')!;
  assert.equal(bd.publishedAt, null);
  assert.deepEqual(bd.diagnostics.map((d) => d.code), ['clean/bad-date']);
  for (const d of diagnostics) assert.equal(d.severity, 'error', d.code);
});

test('readInputs: directories are read recursively in sorted order, hidden files skipped', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'cc-dir-'));
  mkdirSync(join(dir, 'b'));
  writeFileSync(join(dir, 'b', 'z.txt'), BODY);
  writeFileSync(join(dir, 'a.txt'), BODY);
  writeFileSync(join(dir, '.hidden.txt'), BODY);
  const { docs } = await readInputs([dir]);
  assert.deepEqual(docs.map((d) => d.nameHint), ['a', 'z']);
});

test('text reader: a "Published:" line gives the date with source text, and leaves the text', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'cc-txtdate-'));
  writeFileSync(join(dir, 'p.txt'), `Strong typhoon slams western Japan; 2 dead, airport flooded\nPublished:Tuesday | September 4, 2018 | 8:56 AM\n${BODY}\n`);
  const { articles } = await loadArticles([dir], { now: NOW });
  const a = articles[0]!;
  assert.equal(a.publishedAt, '2018-09-04T08:56:00');
  assert.equal(a.publishedAtSource, 'text');
  assert.equal(a.text, BODY);
  assert.equal(a.title, 'Strong typhoon slams western Japan; 2 dead, airport flooded');
});

test('readers: longest name ending wins; stdin content is sniffed', async () => {
  const { readerFor, sniffReader } = await import('../../src/ingest/read-inputs.js');
  assert.equal(readerFor('a/b/page.HTML'), FILE_READERS['.html']);
  assert.equal(readerFor('x.jsonl'), FILE_READERS['.jsonl']);
  assert.equal(sniffReader(Buffer.from('{"id":"a","text":"x"}\n{"id":"b","text":"y"}\n')), FILE_READERS['.jsonl']);
  assert.equal(sniffReader(Buffer.from('[{"id":"a"}]')), FILE_READERS['.json']);
  assert.equal(sniffReader(Buffer.from('{\n  "id": "a"\n}')), FILE_READERS['.json']);
  assert.equal(sniffReader(Buffer.from('  <!doctype html><html></html>')), FILE_READERS['.html']);
  assert.equal(sniffReader(Buffer.from(' date 2020-02-02 Text.')), FILE_READERS['.txt']);
});

test('html reader: a declared charset is used when the bytes are not UTF-8', async () => {
  const { readHtmlFile } = await import('../../src/ingest/html-reader.js');
  const head = Buffer.from('<html><head><meta http-equiv="Content-Type" content="text/html; charset=iso-8859-2"></head><body><p>');
  const body = Buffer.from([0x50, 0xf8, 0x69, 0x6c, 0x69, 0xb9]); // "Přiliš" in ISO-8859-2
  const r = readHtmlFile(Buffer.concat([head, body, Buffer.from('</p></body></html>')]), 'p.html');
  assert.ok(r.docs[0]!.content.includes('Přiliš'));
  assert.equal(r.docs[0]!.diagnostics.length, 0);
  const plain = readHtmlFile(Buffer.concat([Buffer.from('<html><body><p>'), Buffer.from([0x63, 0x61, 0x66, 0xe9]), Buffer.from('</p></body></html>')]), 'q.html');
  assert.ok(plain.docs[0]!.content.includes('café'));
  assert.deepEqual(plain.docs[0]!.diagnostics.map((d) => d.code), ['ingest/bad-encoding']);
});

test('clean: a dateline after a short caption paragraph is found; not after a long paragraph', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'cc-dl-'));
  const caption = 'The Isuzu River floods the city of Ise in central Japan on Saturday. More photos at the link.';
  const story = 'TOKYO -- Typhoon Hagibis, Japan\'s largest storm in decades, lashed the country\'s northeast early today.';
  writeFileSync(join(dir, 'a.txt'), `${caption}\n${story}\n`);
  writeFileSync(join(dir, 'b.txt'), `${BODY} ${BODY} ${BODY}\n${story}\n`);
  const { articles } = await loadArticles([dir], { now: NOW });
  assert.equal(articles[0]!.dateline?.place, 'TOKYO');
  assert.ok(articles[0]!.text.includes('\n\nTyphoon Hagibis'));
  assert.equal(articles[1]!.dateline, null);
});
