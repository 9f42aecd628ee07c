import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createBandTable } from '../../src/match/band-table.js';
import { createKeyTable } from '../../src/match/key-table.js';
import { appendEntry, cellOf, emptyVector, mayHold, setAt, slotOf } from '../../src/match/sparse-vector.js';
import { createPostingLists, emptyIdSet, idSetAdd, idSetClear, idSetHas } from '../../src/match/posting-lists.js';

function lcg(seed: number): (n: number) => number {
  let x = seed;
  return (n) => { x = (Math.imul(x, 1103515245) + 12345) >>> 0; return (x >>> 8) % n; };
}

test('band table: entries match a Map model through growth, removals and cell moves', () => {
  const next = lcg(3);
  const table = createBandTable();
  const model = new Map<number, number[]>();
  for (let step = 0; step < 60_000; step++) {
    // Keys close together and far apart (negative as int32 too), so probe runs collide and wrap.
    const key = next(2) === 0 ? next(5000) : (next(1 << 24) * 257) >>> 0;
    const slot = next(50);
    if (next(3) === 0) {
      table.remove(key, slot);
      const list = model.get(key);
      const i = list ? list.indexOf(slot) : -1;
      if (list && i >= 0) { list.splice(i, 1); if (list.length === 0) model.delete(key); }
    } else {
      table.add(key, slot);
      model.set(key, [...(model.get(key) ?? []), slot]);
    }
  }
  assert.equal(table.size(), [...model.values()].reduce((n, l) => n + l.length, 0));
  const hits = new Int32Array(50);
  for (const [key, list] of model) {
    const touched: number[] = [];
    table.hit(key, hits, touched);
    assert.deepEqual(touched, [...new Set(list)]);
    for (const s of touched) { assert.equal(hits[s], list.filter((x) => x === s).length); hits[s] = 0; }
  }
});

test('key table: ids match a Map model, short and long keys, through deletes', () => {
  const next = lcg(5);
  const keys: string[] = [];
  const table = createKeyTable((id) => keys[id]!);
  const model = new Map<string, number>();
  const letters = 'abcdéß中';
  for (let step = 0; step < 40_000; step++) {
    let k = `w:${''.padEnd(next(14), letters[next(letters.length)]!)}${next(300)}`;
    if (next(4) === 0) k = `N:${k}${k}`;
    const id = model.get(k);
    assert.equal(table.get(k), id ?? -1);
    if (id !== undefined && next(3) === 0) { table.delete(k); model.delete(k); continue; }
    if (id === undefined) { keys.push(k); table.set(k, keys.length - 1); model.set(k, keys.length - 1); }
  }
  assert.equal(table.size(), model.size);
  for (const [k, id] of model) assert.equal(table.get(k), id);
});

test('sparse vector: slots found after growth, absent ids not', () => {
  const v = emptyVector();
  for (let i = 0; i < 5000; i++) appendEntry(v, i * 7919, i / 2);
  for (let i = 0; i < 5000; i++) assert.equal(v.vals[slotOf(v, i * 7919)], i / 2);
  assert.equal(slotOf(v, 1), -1);
  assert.deepEqual([...v.ids.subarray(0, 3)], [0, 7919, 15838]);
  // A value set through its index cell is the value in insertion order too, after growth.
  setAt(v, cellOf(v, 7919), 42);
  for (let i = 5000; i < 9000; i++) appendEntry(v, i * 7919, 0);
  assert.equal(v.vals[1], 42);
  assert.equal(v.cf[2 * cellOf(v, 7919)], 42);
});

test('posting lists: match arrays of arrays through appends, drops past the limit and removals', () => {
  const next = lcg(7);
  const max = 5;
  const lists = createPostingLists(max);
  const model = new Map<number, number[]>();
  const read = (k: number): number[] => [...lists.pool().subarray(lists.start(k), lists.start(k) + lists.length(k))];
  for (let step = 0; step < 40_000; step++) {
    const key = next(300);
    const slot = next(12);
    const list = model.get(key) ?? [];
    if (next(4) === 0) {
      lists.remove(key, slot);
      const kept = list.filter((x) => x !== slot);
      if (kept.length > 0) model.set(key, kept); else model.delete(key);
    } else {
      const appended = lists.post(key, slot);
      assert.equal(appended, list[list.length - 1] !== slot);
      if (appended) list.push(slot);
      if (list.length > max) list.shift();
      model.set(key, list);
    }
    if (step % 1000 === 0) for (let k = 0; k < 300; k++) assert.deepEqual(read(k), model.get(k) ?? []);
  }
  assert.deepEqual(lists.keys(), [...model.keys()].sort((a, b) => a - b));
  lists.set(5, [1, 2, 3]);
  assert.deepEqual(read(5), [1, 2, 3]);
  lists.clear(5);
  assert.equal(lists.length(5), 0);
});

test('sparse vector filter: never rules out a present id (through growth), rules out most absent ones', () => {
  const next = lcg(11);
  const v = emptyVector();
  const present = new Set<number>();
  while (present.size < 3000) {
    const id = next(2) === 0 ? next(20_000) : next(1 << 30);
    if (present.has(id)) continue;
    appendEntry(v, id, present.size);
    present.add(id);
    if (present.size % 97 === 0) for (const p of present) assert.ok(mayHold(v, p));
  }
  for (const p of present) assert.ok(mayHold(v, p));
  let passed = 0;
  let absent = 0;
  for (let id = 0; absent < 20_000; id++) {
    if (present.has(id)) continue;
    absent++;
    if (mayHold(v, id)) { passed++; assert.equal(cellOf(v, id), -1); }
  }
  assert.ok(passed < absent * 0.1, `${passed} of ${absent} absent ids pass the filter`);
});

test('id set: insertion order and membership match a Set model through growth and clear', () => {
  const next = lcg(5);
  const s = emptyIdSet();
  let model = new Set<number>();
  for (let step = 0; step < 20_000; step++) {
    if (next(500) === 0) { idSetClear(s); model = new Set(); continue; }
    const id = next(2) === 0 ? next(300) : next(1 << 30);
    assert.equal(idSetAdd(s, id), !model.has(id));
    model.add(id);
    assert.ok(idSetHas(s, id));
  }
  assert.deepEqual(Array.from(s.list.subarray(0, s.size)), [...model]);
  assert.equal(idSetHas(s, -5), false);
});
