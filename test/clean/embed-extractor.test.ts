import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extractEmbeds } from '../../src/clean/embed-extractor.js';
import { fixture } from './fixtures.js';

interface Case { lines: string[]; author: string; handle?: string; date: string; textStart: string; platform: string }
const data = fixture<{ cases: Case[]; negative: string[] }>('embeds.json');

for (const c of data.cases) {
  test(`embed: ${c.platform} ${c.author}`, () => {
    const before = 'The storm hit the coast on Sunday, officials said.';
    const after = 'Rescue teams were sent to the area.';
    const r = extractEmbeds([before, ...c.lines, after]);
    assert.deepEqual(r.lines, [before, after]);
    assert.equal(r.embeds.length, 1);
    const e = r.embeds[0]!;
    assert.equal(e.author, c.author);
    assert.equal(e.handle, c.handle);
    assert.equal(e.date, c.date);
    assert.equal(e.platform, c.platform);
    assert.ok(e.text.startsWith(c.textStart), e.text);
    assert.ok(!e.text.includes('(@'));
  });
}

test('embed: sentences mentioning handles and dates stay in the text', () => {
  const r = extractEmbeds(data.negative);
  assert.deepEqual(r.lines, data.negative);
  assert.equal(r.embeds.length, 0);
});
