import { test } from 'node:test';
import assert from 'node:assert/strict';
import { splitSentences } from '../../src/analyze/sentence-splitter.js';
import { detectStatementDiscrepancies } from '../../src/story/discrepancy-statement-detector.js';
import { negationScopes, tokenize } from '../../src/story/statement-polarity.js';
import type { AnalyzedArticle } from '../../src/model/analyzed.js';
import type { Article } from '../../src/model/article.js';

function item(id: string, text: string): AnalyzedArticle {
  const article = { kind: 'article', id, text, source: { input: id }, diagnostics: [] } as unknown as Article;
  return { article, sentences: splitSentences(text), timexes: [], quotes: [], mentions: [], numbers: [] };
}

test('negation scope: the cue governs its verb and that verb\'s object, not the next clause', () => {
  const s = negationScopes(tokenize('The ministry has not granted any of the workers a permit, and praised them.'));
  assert.equal(s.length, 1);
  assert.equal(s[0]!.head, 'grant');
  assert.ok(s[0]!.verbHead);
  assert.equal(negationScopes(tokenize('Not only farmers, but workers protested.')).length, 0);
  assert.equal(negationScopes(tokenize('The council made no comment on the plan.'))[0]!.verbHead, false);
});

test('a negated verb against the same or a synonym verb on the same object is a contradiction', () => {
  const d = detectStatementDiscrepancies([
    item('a', 'Ruritania has let several striking dock workers from Freedonia stay in the port city, but has not granted any of them residency permits.'),
    item('b', 'The minister praised Ruritania for not deporting the striking dock workers from Freedonia and offering residency permits to them.'),
  ]);
  assert.equal(d.length, 1);
  assert.equal(d[0]!.kind, 'statement');
  assert.deepEqual(d[0]!.positions.map((p) => p.articleIds[0]), ['a', 'b']);
});

test('no contradiction: same negation in both, noun-headed negation, unrelated sentences, negated clause ended', () => {
  const cases: [string, string][] = [
    ['The government has repeatedly denied any mistreatment of prisoners in the northern camps.', 'The government has repeatedly denied any mistreatment to the prisoners held in the northern camps.'],
    ['The city council made no comment on the housing plan for the river district today.', 'The city council commented on the housing plan for the river district today.'],
    ['Officials did not confirm the death toll from the flood in the river valley.', 'The flood in the river valley forced officials to evacuate thousands of residents.'],
    ['Officials praised the port for not closing its gates and keeping the river valley trade open.', 'Officials said the port kept the river valley trade open all week.'],
  ];
  for (const [a, b] of cases) assert.deepEqual(detectStatementDiscrepancies([item('a', a), item('b', b)]), [], `${a} / ${b}`);
});

test('sentences of the same article never contradict each other', () => {
  const d = detectStatementDiscrepancies([item('a', 'The port has not granted the dock workers permits. The union says the port granted the dock workers permits.')]);
  assert.deepEqual(d, []);
});

test('antonym predicates in the same local context contradict each other', () => {
  const pairs: [string, string, string][] = [
    ['The health ministry confirmed the outbreak of cholera in the northern province on Monday.', 'The health ministry denied the outbreak of cholera in the northern province on Monday.', 'confirmed'],
    ['Unemployment in the eastern region increased last year, the statistics office reported.', 'Unemployment in the eastern region decreased last year, the statistics office reported.', 'increased'],
    ['The union accepted the pay offer from the railway operator after weeks of talks.', 'The union rejected the pay offer from the railway operator after weeks of talks.', 'accepted'],
    ['The missing climber was found alive on the northern face of the mountain by rescuers.', 'The missing climber was found dead on the northern face of the mountain by rescuers.', 'alive'],
    ['The main border crossing between the two countries remained open to trucks on Friday.', 'The main border crossing between the two countries remained closed to trucks on Friday.', 'open'],
    ['The opposition leader agreed to sign the ceasefire proposal put forward by the mediators in Geneva.', 'The opposition leader refused to sign the ceasefire proposal put forward by the mediators in Geneva.', 'agreed'],
  ];
  for (const [a, b, word] of pairs) {
    const d = detectStatementDiscrepancies([item('a', a), item('b', b)]);
    assert.equal(d.length, 1, `${a} / ${b}`);
    assert.ok(d[0]!.positions.some((p) => p.evidence[0]!.includes(word)));
  }
});

test('"no one was injured" contradicts "were injured" in the same event', () => {
  const d = detectStatementDiscrepancies([
    item('a', 'No one was injured in the explosion at the chemical plant near the river port.'),
    item('b', 'Several workers were injured in the explosion at the chemical plant near the river port.'),
  ]);
  assert.equal(d.length, 1);
  assert.equal(d[0]!.topic, 'injured');
});

test('no antonym contradiction: negated antonym, different subjects, different objects, conditionals', () => {
  const cases: [string, string][] = [
    ['The ruling party lost the regional election in the southern state of Bavaria.', 'The ruling party did not win the regional election in the southern state of Bavaria.'],
    ['Oil prices rose on Monday after the storm hit refineries on the coast of Texas.', 'Gold prices fell on Monday as investors sold bullion after the storm hit Texas.'],
    ['The union rejected the pay offer from the railway operator after weeks of talks.', 'The union accepted the invitation to more talks with the railway operator after the pay offer failed.'],
    ['The prime minister urged lawmakers to back her deal on the border before the vote.', 'Lawmakers rejected her deal on the border in the vote on Tuesday evening.'],
  ];
  for (const [a, b] of cases) assert.deepEqual(detectStatementDiscrepancies([item('a', a), item('b', b)]), [], `${a} / ${b}`);
});
