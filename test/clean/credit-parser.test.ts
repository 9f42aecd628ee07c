import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseAgencyLine, parseCreditLine, splitTrailingCredit } from '../../src/clean/credit-parser.js';
import { extractCredits } from '../../src/clean/credit-extractor.js';
import { fixture } from './fixtures.js';

interface Case { line: string; agencies: string[]; people: [string, string][] }
const data = fixture<{
  cases: Case[]; trailing: { line: string; rest: string; people: number }[]; negative: string[];
  agencyLines: { line: string; agencies: string[] }[]; agencyNegative: string[];
}>('credits.json');

test('credit: closing lines that name only agencies', () => {
  for (const c of data.agencyLines) assert.deepEqual(parseAgencyLine(c.line)?.agencies, c.agencies, c.line);
  for (const line of data.agencyNegative) assert.equal(parseAgencyLine(line), null, line);
  const r = extractCredits(['Body one.', 'Reuters', 'Body two.', '— AFP']);
  assert.deepEqual(r.lines, ['Body one.', 'Reuters', 'Body two.']);
  assert.deepEqual(r.credits.map((c) => c.agencies), [['AFP']]);
});

for (const c of data.cases) {
  test(`credit: ${c.line.slice(0, 40)}`, () => {
    const credit = parseCreditLine(c.line);
    assert.ok(credit);
    assert.deepEqual(credit.agencies, c.agencies);
    assert.deepEqual(credit.people.map((p) => [p.role, p.name]), c.people);
    assert.equal(credit.text, c.line);
  });
}

test('credit: a bracketed credit closing a paragraph is split off', () => {
  for (const c of data.trailing) {
    const r = splitTrailingCredit(c.line);
    assert.ok(r);
    assert.equal(r.rest, c.rest);
    assert.equal(r.credit.people.length, c.people);
  }
});

test('credit: sentences that start like credits stay', () => {
  for (const line of data.negative) assert.equal(parseCreditLine(line), null, line);
  const r = extractCredits(data.negative);
  assert.deepEqual(r.lines, data.negative);
  assert.equal(r.credits.length, 0);
});

test('credit: extractCredits lifts the credit paragraph at the end', () => {
  const lines = ['First paragraph of the story.', 'Second paragraph.', 'With reporting by AFP and Reuters'];
  const r = extractCredits(lines);
  assert.deepEqual(r.lines, lines.slice(0, 2));
  assert.deepEqual(r.credits[0]!.agencies, ['AFP', 'Reuters']);
});
