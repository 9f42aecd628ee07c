import { test } from 'node:test';
import assert from 'node:assert/strict';
import { tokenize } from '../../src/match/match-tokenizer.js';
import { containment, shingleHashes, shingleSet } from '../../src/match/shingle-hasher.js';
import { estimateJaccard, minhashSignature } from '../../src/match/minhash-signer.js';
import { createLshIndex } from '../../src/match/lsh-index.js';

const WORDS = 'alpha bravo charlie delta echo foxtrot golf hotel india juliet kilo lima mike november oscar papa quebec romeo sierra tango uniform victor whiskey xray yankee zulu'.split(' ');

function text(seed: number, n: number): string {
  const out: string[] = [];
  let x = seed;
  for (let i = 0; i < n; i++) {
    x = (Math.imul(x, 1103515245) + 12345) >>> 0;
    out.push(`${WORDS[x % WORDS.length]}${(x >>> 8) % 50}`);
  }
  return out.join(' ');
}

function sig(t: string): Uint32Array {
  return minhashSignature(shingleHashes(tokenize(t)));
}

test('tokenizer folds case and accents and keeps offsets', () => {
  const t = tokenize('Le Président a dit: «Non».');
  assert.deepEqual(t.map((x) => x.norm), ['le', 'president', 'a', 'dit', 'non']);
  assert.equal('Le Président a dit: «Non».'.slice(t[1]!.start, t[1]!.end), 'Président');
  assert.equal(t[4]!.quoted, true);
  assert.equal(t[1]!.quoted, false);
});

test('shingle containment: a copied half is 0.5 contained', () => {
  const a = text(1, 200);
  const b = `${a.split(' ').slice(0, 100).join(' ')} ${text(2, 100)}`;
  const sa = shingleSet(shingleHashes(tokenize(a)));
  const sb = shingleSet(shingleHashes(tokenize(b)));
  const c = containment(sb, sa);
  assert.ok(c > 0.45 && c < 0.55, `containment ${c}`);
});

test('minhash estimates Jaccard: identical texts 1, unrelated texts near 0', () => {
  const a = text(3, 300);
  assert.equal(estimateJaccard(sig(a), sig(a)), 1);
  assert.ok(estimateJaccard(sig(a), sig(text(4, 300))) < 0.05);
  const half = `${a.split(' ').slice(0, 150).join(' ')} ${text(5, 150)}`;
  const j = estimateJaccard(sig(a), sig(half));
  assert.ok(j > 0.2 && j < 0.5, `estimate ${j}`);
});

test('LSH finds a partial copy and not unrelated texts; remove forgets', () => {
  const idx = createLshIndex();
  const a = text(6, 300);
  idx.add('a', sig(a));
  for (let i = 0; i < 20; i++) idx.add(`u${i}`, sig(text(100 + i, 300)));
  const copy = `${text(7, 200)} ${a.split(' ').slice(0, 120).join(' ')}`;
  assert.deepEqual(idx.query(sig(copy)), ['a']);
  assert.deepEqual(idx.query(sig(text(8, 300))), []);
  idx.remove('a');
  assert.deepEqual(idx.query(sig(copy)), []);
  assert.equal(idx.size(), 20);
});

test('signature size must be a power of two', () => {
  assert.throws(() => minhashSignature(new Uint32Array(3), 100), RangeError);
});

test('queryAndAdd finds what query then add find, through removals and re-adds', () => {
  // Tiny value ranges make buckets shared by many ids (and keys repeated within a signature).
  let x = 11;
  const next = (n: number) => { x = (Math.imul(x, 1103515245) + 12345) >>> 0; return (x >>> 8) % n; };
  // Then wide ranges: many distinct keys, so the bucket table grows and deletes move cells.
  for (const range of [3, 40, 1_000_000]) {
  const a = createLshIndex({ minHits: 2 });
  const b = createLshIndex({ minHits: 2 });
  const live: string[] = [];
  for (let step = 0; step < 3000; step++) {
    const sig = Uint32Array.from({ length: 16 }, () => next(range));
    if (live.length > 0 && next(4) === 0) {
      const gone = live.splice(next(live.length), 1)[0]!;
      a.remove(gone);
      b.remove(gone);
    }
    const id = next(5) === 0 && live.length > 0 ? live[next(live.length)]! : `d${step}`;
    const expected = a.query(sig);
    a.add(id, sig);
    assert.deepEqual(b.queryAndAdd(id, sig), expected);
    if (!live.includes(id)) live.push(id);
  }
  assert.equal(a.size(), b.size());
  }
});
