import { test } from 'node:test';
import assert from 'node:assert/strict';
import { splitSentences } from '../../src/analyze/sentence-splitter.js';
import { createSummarizer } from '../../src/story/summary-builder.js';
import { createSupportIndex } from '../../src/story/summary-citations.js';
import { compressSentence, pickTitle } from '../../src/story/summary-title.js';
import { isSummarisable, templateSentences } from '../../src/story/summary-candidates.js';
import type { AnalyzedArticle } from '../../src/model/analyzed.js';
import type { Article } from '../../src/model/article.js';

function item(id: string, text: string, title: string | null = null): AnalyzedArticle {
  const article = { kind: 'article', id, text, title, source: { input: id }, diagnostics: [] } as unknown as Article;
  return { article, sentences: splitSentences(text), timexes: [], quotes: [], mentions: [], numbers: [] };
}

const items = [
  item('a', 'LISBON (AP) - Portuguese firefighters battled a huge wildfire near the town of Monchique on Tuesday as strong winds pushed the flames toward the coast.\n\nMore than 700 firefighters and nine aircraft were deployed against the blaze, the civil protection agency said.\n\nHowever, the weather is expected to improve.\n\n"We are doing everything we can," the mayor said.'),
  item('b', 'Firefighters in Portugal battled a huge wildfire near Monchique on Tuesday as strong winds pushed flames toward the Algarve coast.\n\nThe civil protection agency said more than 700 firefighters and nine aircraft were deployed against the blaze.\n\nHundreds of residents were evacuated from villages around the town overnight.'),
  item('c', 'Hundreds of residents were evacuated overnight from villages around Monchique as the wildfire spread in southern Portugal.\n\nThe fire started on Friday in a forest area and has burned thousands of hectares of land since then, officials said.'),
];

test('summary leads with the event and cites every article stating each sentence', () => {
  const { summary } = createSummarizer({ sentences: 3 })(items);
  assert.equal(summary.length, 3);
  assert.match(summary[0]!.text, /battled a huge wildfire near/);
  assert.doesNotMatch(summary[0]!.text, /^LISBON/);
  assert.deepEqual([...summary[0]!.articleIds].sort(), ['a', 'b']);
  const evac = summary.find((s) => /evacuated/.test(s.text));
  assert.ok(evac, 'evacuation sentence chosen');
  assert.deepEqual([...evac.articleIds].sort(), ['b', 'c']);
  for (const s of summary) {
    assert.ok(s.articleIds.length >= 1);
    assert.doesNotMatch(s.text, /^"|^However/);
  }
});

test('support index does not cite an article that only shares a few words', () => {
  const idx = createSupportIndex(items);
  assert.deepEqual(idx.supporters('The fire started on Friday in a forest area and has burned thousands of hectares of land since then, officials said.', 'c'), ['c']);
});

test('boilerplate and quote-only sentences are not summarisable', () => {
  assert.equal(isSummarisable('© Copyright AFP 2024. All rights reserved.'), false);
  assert.equal(isSummarisable('"We are doing everything we can to stop it," the mayor said.'), false);
  assert.equal(isSummarisable('Pompeo urges Kazakhstan to press China over Uighurs'), false);
  assert.equal(isSummarisable('The civil protection agency said more than 700 firefighters were deployed.'), true);
});

test('title: the most representative article title, else a compressed lead', () => {
  const withTitles = [item('a', 'x', 'Wildfire rages near Monchique in Portugal'), item('b', 'y', 'Photos of the week'), item('c', 'z', 'Portugal wildfire near Monchique forces evacuations')];
  const t = pickTitle(withTitles.map((i) => i.article), ['Firefighters battled a wildfire near Monchique in Portugal.'], null);
  assert.match(t, /Monchique/);
  assert.equal(compressSentence('US envoy John Smith, in Ruritania on Sunday, urged the country to act over its treatment of minorities in the north.'), 'US envoy John Smith urged the country to act over its treatment of minorities…');
});

test('support index tolerates paraphrase: abbreviated months, derived words', () => {
  const lead = 'The mayor urged the council on Tuesday (Aug 7) to join the region in pressing the government over its handling of the wildfire near Monchique, a sensitive matter for the coastal town, which depends on tourism.';
  const idx = createSupportIndex([
    item('a', lead),
    item('b', 'The mayor has urged the council on August 7 to join the region in mounting pressure on the government over the wildfire near Monchique.'),
    item('c', 'Hundreds of residents were evacuated from villages near Monchique as the wildfire spread on August 7.'),
  ]);
  assert.deepEqual(idx.supporters(lead, 'a'), ['a', 'b']);
});

test('page furniture out: gallery captions and sentences repeating a template inside one article', () => {
  assert.equal(isSummarisable('Hide Caption 11 of 23 Photos: The rise and fall of a football star who played for the club.'), false);
  assert.equal(isSummarisable('8/37 Sleep deprivation When you feel exhausted, it can feel like you are lacking in brain capacity.'), false);
  const caption = (n: number) => `Photos: the rise and fall of a famous singer in picture number ${n} of the series.`;
  const texts = [caption(1), 'The singer was released from prison on Sunday after serving nine years.', caption(2), caption(3), 'Secretary of State Anna Berg met Secretary of State Anna Berg and Secretary of State Anna Berg.'];
  assert.deepEqual([...templateSentences(texts)].sort(), [0, 2, 3]);
});

test('quoting sentences are kept only on request', () => {
  const q = 'The mayor said the fire was under control and "nobody is in danger any more", adding that roads would reopen.';
  assert.equal(isSummarisable('"Nobody is in danger any more," the mayor said on the radio after the fire.'), false);
  assert.equal(isSummarisable('"Nobody is in danger any more," the mayor said on the radio after the fire.', true), true);
  assert.equal(isSummarisable(q), true);
});
