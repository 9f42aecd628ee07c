import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { evaluateIngest } from '../../src/eval/ingest-eval.js';

const PAGE = (title: string, date: string): string => `<!doctype html><html lang="en-US"><head><title>${title}</title>
<meta property="article:published_time" content="${date}"><meta property="og:site_name" content="Site"></head>
<body><article><h1>${title}</h1>${'<p>The council approved the new budget on Tuesday after a long debate about the cost of schools and roads.</p>'.repeat(4)}</article></body></html>`;

test('eval ingest: counts agreement per field where the expected value is present', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'cc-eval-'));
  const cases = [
    { name: 'a', html: PAGE('Budget approved', '2020-02-02T10:00:00Z'), expected: { title: 'Budget approved', publishedTime: '2020-02-02T12:00:00+02:00', lang: 'en', siteName: 'site', byline: null } },
    { name: 'b', html: PAGE('Other title', '2021-05-05'), expected: { title: 'Wrong title', publishedTime: '2021-05-06', lang: 'en-GB', siteName: null, byline: null } },
  ];
  for (const c of cases) {
    mkdirSync(join(dir, c.name));
    writeFileSync(join(dir, c.name, 'source.html'), c.html);
    writeFileSync(join(dir, c.name, 'expected-metadata.json'), JSON.stringify(c.expected));
  }
  const r = await evaluateIngest(dir);
  assert.equal(r.cases, 2);
  assert.deepEqual([r.fields.title.agree, r.fields.title.total], [1, 2]);
  assert.deepEqual([r.fields.publishedTime.agree, r.fields.publishedTime.total], [1, 2]);
  assert.deepEqual([r.fields.lang.agree, r.fields.lang.total], [2, 2]);
  assert.deepEqual([r.fields.siteName.agree, r.fields.siteName.total], [1, 1]);
  assert.equal(r.fields.byline.total, 0);
  assert.deepEqual([r.overall.agree, r.overall.total], [5, 7]);
  assert.deepEqual(r.misses.map((m) => `${m.case}:${m.field}`).sort(), ['b:publishedTime', 'b:title']);
});
