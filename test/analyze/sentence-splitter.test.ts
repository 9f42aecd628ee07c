import { test } from 'node:test';
import assert from 'node:assert/strict';
import { splitSentences } from '../../src/analyze/sentence-splitter.js';

test('splits on terminal punctuation and keeps offsets', () => {
  const text = 'The minister arrived. He met officials.\n\nA new paragraph here!';
  const s = splitSentences(text);
  assert.deepEqual(s.map((x) => x.text), ['The minister arrived.', 'He met officials.', 'A new paragraph here!']);
  for (const x of s) assert.equal(text.slice(x.start, x.end), x.text);
  assert.deepEqual(s.map((x) => x.paragraph), [0, 0, 1]);
});

test('does not split after titles, initials, months and dotted acronyms before names', () => {
  const s = splitSentences('Mr. Smith met Dr. J. Jones on Feb. 2 in the U.S. Senate. The talks ended.');
  assert.deepEqual(s.map((x) => x.text), ['Mr. Smith met Dr. J. Jones on Feb. 2 in the U.S. Senate.', 'The talks ended.']);
});

test('closing quotes stay with their sentence', () => {
  const s = splitSentences('"We will go," she said. "It is right." They left.');
  assert.deepEqual(s.map((x) => x.text), ['"We will go," she said.', '"It is right."', 'They left.']);
});

test('a dotted acronym ends a sentence when a clear starter follows', () => {
  const s = splitSentences('He moved to the U.S. The family followed.');
  assert.equal(s.length, 2);
});
