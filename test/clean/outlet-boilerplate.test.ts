import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createOutletBoilerplateFilter } from '../../src/clean/outlet-boilerplate.js';
import type { Article } from '../../src/model/article.js';

function article(id: string, outlet: string, paras: string[]): Article {
  return {
    kind: 'article', id, source: { input: id }, url: null, outlet, title: null, byline: null, publishedAt: null, publishedAtSource: null,
    lang: null, dateline: null, credits: [], agencies: [], text: paras.join('\n\n'), embeds: [], contentHash: id, diagnostics: [],
  };
}

test('outlet boilerplate: a paragraph in most articles of one outlet goes, stories stay', () => {
  const pitch = 'Get the best of our journalism delivered to your inbox every morning.';
  const arts = [
    article('a', 'daily.example', ['Story one starts here with its own facts.', pitch]),
    article('b', 'daily.example', ['Story two is about something else entirely.', pitch]),
    article('c', 'daily.example', [pitch, 'Story three has a third subject.']),
    article('d', 'daily.example', ['Story four closes the set.', pitch]),
    article('e', 'other.example', ['Another outlet prints the same line.', pitch]),
  ];
  createOutletBoilerplateFilter()(arts);
  for (const a of arts.slice(0, 4)) {
    assert.ok(!a.text.includes(pitch), a.id);
    assert.ok(a.diagnostics.some((d) => d.code === 'clean/boilerplate-removed'));
  }
  assert.ok(arts[4]!.text.includes(pitch), 'a single article of another outlet is untouched');
  assert.equal(arts[2]!.text, 'Story three has a third subject.');
});

test('outlet boilerplate: too few articles of an outlet, nothing is removed', () => {
  const line = 'Follow our live coverage for the latest updates.';
  const arts = [article('a', 'x.example', ['One.', line]), article('b', 'x.example', ['Two.', line]), article('c', 'x.example', ['Three.', line])];
  createOutletBoilerplateFilter()(arts);
  for (const a of arts) assert.ok(a.text.includes(line));
});
