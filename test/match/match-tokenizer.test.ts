import { test } from 'node:test';
import { seededRandom as rng } from '../../src/util/seeded-random.js';
import assert from 'node:assert/strict';
import { foldWord, quotedMask, tokenize, type MatchToken } from '../../src/match/match-tokenizer.js';

// The definition the hand-written scanner follows: the regular expression it replaced.
const TOKEN_RE = /\p{N}+(?:[.,]\p{N}+)*|[\p{L}\p{M}\p{N}\u200c\u200d]+(?:['’][\p{L}\p{M}\u200c\u200d]+)*/gu;
const UPPER_RE = /\p{Lu}/u;
const SENTENCE_END_RE = /[.!?:;\n"”»]\s*$/;

function reference(text: string, from = 0): MatchToken[] {
  const out: MatchToken[] = [];
  const quoted = quotedMask(text, from);
  TOKEN_RE.lastIndex = from;
  let prevEnd = from;
  let m: RegExpExecArray | null;
  while ((m = TOKEN_RE.exec(text)) !== null) {
    const raw = m[0];
    const start = m.index;
    const initial = out.length === 0 || SENTENCE_END_RE.test(text.slice(prevEnd, start));
    out.push({ norm: foldWord(raw), start, end: start + raw.length, cap: UPPER_RE.test(raw[0] ?? ''), initial, quoted: quoted[start] === 1 });
    prevEnd = start + raw.length;
  }
  return out;
}

// Letters, marks, digits of several scripts, separators, quotation marks, spaces, astral letters,
// digits and symbols, lone surrogates.
const PIECES = ['a', 'Z', 'é', 'É', 'ß', 'İ', 'K', '\u0301', 'ж', 'Ж', 'ع', '٣', '中', '7', '0', '²', '½', '.', ',', "'", '’', '"', '“', '”', '„', '«', '»',
  '\n', ' ', '\u00a0', '\u2009', '\t', ':', ';', '!', '?', '-', '𝐀', '😀', '𝟘', '\ud800', '\udc00', '\u200c', 'word', 'The', '12,500', '3.5', "don't", 'l’an'];


/** Up to `max` random pieces, and where to start reading them (0 seven times in ten). */
function randomText(r: () => number, max: number): { text: string; from: number } {
  let text = '';
  const len = 1 + Math.floor(r() * max);
  for (let k = 0; k < len; k++) text += PIECES[Math.floor(r() * PIECES.length)]!;
  return { text, from: r() < 0.3 ? Math.floor(r() * text.length) : 0 };
}

test('the scanner gives the tokens of the defining regular expression', () => {
  const r = rng(7);
  for (let n = 0; n < 3000; n++) {
    const { text, from } = randomText(r, 40);
    assert.deepEqual(tokenize(text, from), reference(text, from), JSON.stringify({ text, from }));
  }
});

test('news text: sentence starts, quotes, numbers and apostrophes', () => {
  const text = 'He said: "We won 12,500 votes." Then «Non», she added.\n“It’s over,” O\'Brien said on 3.5 km of road. Europe"s';
  assert.deepEqual(tokenize(text), reference(text));
  assert.deepEqual(tokenize(text, 9), reference(text, 9));
});

test('scanWords gives the tokens of tokenize as columns, with their hashes', async () => {
  const { scanWords, tokenColumns, TOKEN_CAP, TOKEN_INITIAL, TOKEN_NEWLINE, TOKEN_QUOTED } = await import('../../src/match/match-tokenizer.js');
  const { fnv1a } = await import('../../src/match/hash-util.js');
  const cols = tokenColumns<string>();
  const packOf = (s: string): number[] => {
    const p = [0, 0, 0, 0, 0];
    for (let i = 0; i < s.length && i < 10; i++) p[i >> 1]! |= i & 1 ? s.charCodeAt(i) << 16 : s.charCodeAt(i);
    return p;
  };
  const r = rng(11);
  for (let n = 0; n < 2000; n++) {
    const { text, from } = randomText(r, 60);
    scanWords(text, from, cols);
    const norms = Array.from({ length: cols.n }, (_, i) => cols.norms[i] ?? text.slice(cols.start[i], cols.end[i]).toLowerCase());
    norms.forEach((w, i) => {
      assert.equal(cols.hashes[i], fnv1a(w));
      assert.deepEqual([...cols.packs.subarray(5 * i, 5 * i + 5)], packOf(w));
      if (cols.norms[i] === null) assert.ok([...text.slice(cols.start[i], cols.end[i])].every((c) => c.charCodeAt(0) < 0x80));
    });
    const got = Array.from({ length: cols.n }, (_, i) => ({
      norm: norms[i]!, start: cols.start[i]!, end: cols.end[i]!, cap: (cols.flags[i]! & TOKEN_CAP) !== 0,
      initial: (cols.flags[i]! & TOKEN_INITIAL) !== 0, quoted: (cols.flags[i]! & TOKEN_QUOTED) !== 0,
    }));
    assert.deepEqual(got, tokenize(text, from), JSON.stringify({ text, from }));
    for (let i = 1; i < cols.n; i++) {
      assert.equal((cols.flags[i]! & TOKEN_NEWLINE) !== 0, text.slice(cols.end[i - 1], cols.start[i]).includes('\n'), JSON.stringify({ text, from, i }));
    }
  }
});

test('a zero-width non-joiner stays inside its word, and folds away', () => {
  const tokens = tokenize('کلیسای وست\u200cمینستر');
  assert.deepEqual(tokens.map((t) => t.norm), ['کلیسای', 'وستمینستر']);
});
