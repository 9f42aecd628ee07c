import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mergeQuotes } from '../../src/story/quote-merger.js';
import { seedArticles } from './seed-helpers.js';

const items = seedArticles();
const story = mergeQuotes(items);
const find = (start: string) => story.filter((q) => q.variants.some((v) => v.text.startsWith(start)));

test('"Protect human dignity" is one quote carried by 000, 001, 003 and 004 with its variants', () => {
  const qs = find('Protect human dignity');
  assert.equal(qs.length, 1);
  const q = qs[0]!;
  assert.deepEqual([...q.articleIds].sort(), ['000', '001', '003', '004']);
  assert.equal(q.text, "Protect human dignity, just do what's right.");
  assert.ok(q.variants.some((v) => v.text.includes('dignity - just')), 'dash variant listed');
  assert.ok(q.variants.some((v) => v.text.includes('what is right') && v.articleIds.includes('004')), '"what is right" variant listed');
  assert.equal(q.singleSource, false);
  assert.equal(q.speaker, 'Mike Pompeo');
  assert.notEqual(q.firstCarrier, '004', 'dated carriers come before the undated one');
});

test('"We ask simply ..." is one quote, speaker Pompeo, despite "to"/"for"', () => {
  const qs = find('We ask simply');
  assert.equal(qs.length, 1);
  const q = qs[0]!;
  assert.ok(q.articleIds.includes('004') && q.articleIds.includes('000') && q.articleIds.includes('003'));
  assert.ok(q.variants.some((v) => v.text.includes('for those')));
  assert.match(q.speaker ?? '', /Pompeo/);
});

test("001's soundbite quote is single-carrier, with speaker and role from the header", () => {
  const qs = find("It's always important");
  assert.equal(qs.length, 1);
  assert.equal(qs[0]!.singleSource, true);
  assert.deepEqual(qs[0]!.articleIds, ['001']);
  const m = items[1]!.quotes.find((x) => x.text.startsWith("It's always"))!;
  assert.equal(m.speaker, 'Mike Pompeo');
  assert.equal(m.attribution, 'soundbite');
  assert.match(m.speakerRole ?? '', /Secretary of State/i);
});

test("002's 'ignorant & hypocritical' is not attributed to Pompeo", () => {
  const m = items[2]!.quotes.find((x) => x.text.includes('ignorant'));
  assert.ok(m, 'found as a quote');
  assert.equal(m.kind, 'partial');
  assert.doesNotMatch(m.speaker ?? '', /Pompeo/);
});

test('"Mr Pompeo" is normalised to the full name printed earlier; continuing paragraph keeps the speaker', () => {
  const q000 = items[0]!.quotes.filter((x) => x.kind === 'direct');
  assert.equal(q000.length, 2);
  assert.equal(q000[0]!.speaker, 'Mike Pompeo');
  assert.equal(q000[0]!.attribution, 'cue');
  assert.equal(q000[1]!.speaker, 'Mike Pompeo');
  assert.equal(q000[1]!.attribution, 'continuation');
});

test('indirect speech is a second tier: "Mr Pompeo said he has raised the matter"', () => {
  const m = items[0]!.quotes.find((x) => x.kind === 'indirect' && x.text.startsWith('he has raised'));
  assert.ok(m);
  assert.equal(m.tier, 2);
  assert.equal(m.speaker, 'Mike Pompeo');
});

test('001 soundbite running over several paragraphs is one quote', () => {
  const m = items[1]!.quotes.find((x) => x.text.startsWith('The protection'))!;
  assert.ok(m.parts.length >= 4);
  assert.match(m.text, /what's right\.$/);
  assert.equal(m.speaker, 'Mike Pompeo');
});

test("002's embedded tweets, when still in the text, are posts by Pompeo", () => {
  const posts = items[2]!.quotes.filter((x) => x.kind === 'post');
  if (!items[2]!.article.text.includes('(@SecPompeo)')) return; // cleaning moved them to embeds
  assert.equal(posts.length, 2);
  for (const p of posts) assert.equal(p.speaker, 'Mike Pompeo');
});
