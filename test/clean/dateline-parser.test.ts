import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseDateline } from '../../src/clean/dateline-parser.js';
import { fixture } from './fixtures.js';

interface Positive { line: string; place: string; agencies: string[]; rest: string }
const data = fixture<{ positive: Positive[]; negative: string[] }>('datelines.json');

for (const c of data.positive) {
  test(`dateline: ${c.line.slice(0, 40)}`, () => {
    const m = parseDateline(c.line);
    assert.ok(m, 'a dateline is found');
    assert.equal(m.dateline.place, c.place);
    assert.deepEqual(m.dateline.agencies, c.agencies);
    assert.ok(c.line.slice(m.length).startsWith(c.rest), `rest starts "${c.line.slice(m.length, m.length + 30)}"`);
    assert.equal(m.dateline.text, c.line.slice(0, m.length).trim());
  });
}

test('dateline: sentence starts that are not datelines', () => {
  for (const line of data.negative) assert.equal(parseDateline(line), null, line);
});
