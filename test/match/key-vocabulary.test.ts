import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createKeyVocabulary } from '../../src/match/key-vocabulary.js';
import { createDfTable } from '../../src/match/df-table.js';
import { channelOf } from '../../src/match/story-similarity.js';

function lcg(seed: number): (n: number) => number {
  let x = seed;
  return (n) => { x = (Math.imul(x, 1103515245) + 12345) >>> 0; return (x >>> 8) % n; };
}

const KINDS = ['w:', 'n:', 'N:', '#:', 't:', 'd:'];

test('key vocabulary: the same document frequencies and IDF as the df table, through growth and pruning', () => {
  const next = lcg(9);
  const voc = createKeyVocabulary({ maxKeys: 3000 });
  const df = createDfTable({ maxKeys: 3000 });
  const seen = new Set<string>();
  for (let d = 0; d < 800; d++) {
    const keys = [...new Set(Array.from({ length: 40 }, () => `${KINDS[next(KINDS.length)]}${next(d < 400 ? 5000 : 200)}`))];
    const ids = new Int32Array(keys.length);
    voc.internAll(keys, keys.length, ids);
    voc.addDocument(ids, keys.length);
    df.addDocument(keys);
    for (const k of keys) seen.add(k);
    voc.sweep();
  }
  assert.equal(voc.size(), df.size());
  assert.deepEqual(new Map(voc.exportDf().df), new Map(df.exportState().df));
  // Ids nobody holds were recycled: only the table's keys are alive.
  assert.equal(voc.live(), voc.size());
  assert.ok(voc.live() < seen.size);
  for (const k of seen) {
    const id = voc.intern(k);
    assert.equal(voc.idf(id), df.idf(k), k);
    assert.equal(voc.records().i32[4 * id + 3]! & 7, channelOf(k), k);
  }
});

test('key vocabulary: a held key keeps its id after the table drops it; a released one is freed', () => {
  const voc = createKeyVocabulary({ maxKeys: 4 });
  const a = voc.intern('w:alpha');
  voc.hold(a);
  const docs = [['w:alpha', 'w:b1'], ['w:c1', 'w:d1'], ['w:e1', 'w:f1'], ['w:g1', 'w:h1']];
  for (const keys of docs) {
    const ids = new Int32Array(keys.length);
    voc.internAll(keys, keys.length, ids);
    voc.addDocument(ids, keys.length);
    voc.sweep();
  }
  assert.equal(voc.intern('w:alpha'), a);
  assert.equal(voc.key(a), 'w:alpha');
  voc.release(a);
  voc.sweep();
  const b = voc.intern('w:zeta');
  assert.equal(b, a, 'the freed id is reused');
  assert.equal(voc.key(b), 'w:zeta');
  assert.notEqual(voc.intern('w:alpha'), a);
});

test('key vocabulary: ids kept by key holders stay right through recycling, two vocabularies and new holders', () => {
  const next = lcg(21);
  const vocs = [createKeyVocabulary({ maxKeys: 300 }), createKeyVocabulary({ maxKeys: 500 })];
  let holders = new Map<string, { key: string; id: number; owner: unknown }>();
  const holder = (key: string) => {
    let h = holders.get(key);
    if (h === undefined) holders.set(key, h = { key, id: -1, owner: null });
    return h;
  };
  for (let d = 0; d < 3000; d++) {
    // Now and then every holder is made anew (as feature-key-cache.ts does when full).
    if (next(400) === 0) holders = new Map();
    const voc = vocs[next(2)]!;
    const keys = [...new Set(Array.from({ length: 30 }, () => `${KINDS[next(KINDS.length)]}${next(d % 1000 < 500 ? 2000 : 150)}`))];
    const ids = new Int32Array(keys.length);
    voc.internHeld(keys.map(holder), keys.length, ids);
    keys.forEach((k, i) => assert.equal(voc.key(ids[i]!), k, k));
    voc.addDocument(ids, keys.length);
    voc.sweep();
  }
});
