import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extractMentions } from '../../src/analyze/entities/index.js';
import { splitSentences } from '../../src/analyze/sentence-splitter.js';

const text = 'The actress Tara Reid said she was fine. Police arrested the suspect at the facility on Monday.';

test('nominal and pronoun mentions only when asked', () => {
  const s = splitSentences(text);
  const names = extractMentions(text, s);
  assert.ok(names.every((m) => m.rule !== 'nominal' && m.rule !== 'pronoun'));
  const all = extractMentions(text, s, { includeNominal: true });
  const by = (t: string): (typeof all)[number] | undefined => all.find((m) => m.text === t);
  assert.equal(by('actress')?.rule, 'nominal');
  assert.equal(by('actress')?.type, 'person');
  assert.equal(by('she')?.rule, 'pronoun');
  assert.equal(by('Police')?.type, 'person');
  assert.equal(by('suspect')?.type, 'person');
  assert.equal(by('facility')?.type, 'place');
  assert.equal(by('Monday'), undefined);
  // The name is still one mention, not overlapped by a nominal.
  const reid = all.filter((m) => m.start < text.indexOf('Reid') + 4 && text.indexOf('Tara') < m.end);
  assert.equal(reid.length, 1);
  // Sorted by position.
  assert.deepEqual(all.map((m) => m.start), [...all.map((m) => m.start)].sort((a, b) => a - b));
});

test('pronouns can be left out', () => {
  const all = extractMentions(text, splitSentences(text), { includeNominal: { pronouns: false } });
  assert.equal(all.find((m) => m.text === 'she'), undefined);
  assert.ok(all.some((m) => m.text === 'actress'));
});

test('a WordNet person noun counts after a determiner only', () => {
  const t = 'The pirates seized a tanker. Surgeons pirate films.';
  const all = extractMentions(t, splitSentences(t), { includeNominal: true });
  assert.equal(all.find((m) => m.text === 'pirates')?.type, 'person');
  assert.equal(all.find((m) => m.text === 'pirate'), undefined);
  assert.equal(extractMentions(t, splitSentences(t), { includeNominal: { wordnet: false } }).find((m) => m.text === 'pirates'), undefined);
});
