import { test } from 'node:test';
import assert from 'node:assert/strict';
import { copyrightHolder } from '../../src/clean/outlet-resolver.js';
import { loadArticles } from '../../src/pipeline/load-articles.js';

test('the holder of a removed copyright notice is the outlet when nothing better is known', () => {
  assert.equal(copyrightHolder(['© Copyright AFP 2024. All rights reserved.']), 'AFP');
  assert.equal(copyrightHolder(['Copyright 2019 The Associated Press. All rights reserved.']), 'The Associated Press');
  assert.equal(copyrightHolder(['(c) 2021 Reuters']), 'Reuters');
  assert.equal(copyrightHolder(['All rights reserved.']), null);
  assert.equal(copyrightHolder(['Share this article']), null);
});

test('seed 004 gets its outlet from its copyright line; URL-less articles without one stay unknown', async () => {
  const { articles } = await loadArticles(['examples/seed-story']);
  const byId = new Map(articles.map((a) => [a.id.slice(0, 3), a]));
  assert.equal(byId.get('004')?.outlet, 'AFP');
  assert.equal(byId.get('000')?.outlet, null);
});
