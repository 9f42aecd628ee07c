import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Article } from '../../src/model/article.js';
import type { StoryCluster } from '../../src/model/match.js';
import { createStoryClusterer } from '../../src/match/story-clusterer.js';
import { clusterArticles } from '../../src/match/cluster-articles.js';

function art(id: string, text: string, publishedAt: string | null = null): Article {
  return {
    kind: 'article', id, source: { input: id }, url: null, outlet: null, title: null, byline: null, publishedAt,
    publishedAtSource: null, lang: null, dateline: null, credits: [], agencies: [], text, embeds: [], contentHash: id, diagnostics: [],
  };
}

const QUAKE = (place: string, n: number) => `A magnitude 6.${n} earthquake struck near ${place} on Tuesday, killing at least ${n * 7} people and destroying hundreds of homes, officials in ${place} said. Rescue teams from the Red Crescent searched the rubble of collapsed buildings overnight.`;
const VOTE = (n: number) => `Lawmakers in the Bundestag voted ${n} to 212 on Thursday to approve the pension reform bill proposed by Chancellor Olaf Scholz, after a heated debate about retirement ages and contributions.`;
const SPACE = 'The Artemis rocket lifted off from Cape Canaveral on Wednesday carrying the Orion capsule, NASA said, beginning a 25-day mission around the Moon without astronauts aboard.';

const STREAM = [
  art('q1', QUAKE('Malatya', 4), '2023-03-01'),
  art('v1', VOTE(401), '2023-03-02'),
  art('q2', `Rescuers in Malatya kept digging. ${QUAKE('Malatya', 4)}`, '2023-03-01'),
  art('s1', SPACE, '2023-03-02'),
  art('v2', `Berlin: ${VOTE(401)} The opposition criticised the vote.`, '2023-03-02'),
  art('q3', QUAKE('Malatya', 4).replace('Rescue teams', 'Emergency crews'), '2023-03-02'),
];

// The same happening told in other words (no copied passage: copies join whatever the dates).
const QUAKE_RETOLD = 'Officials in Malatya said at least 28 people died when a 6.4 magnitude quake shook the region on Tuesday; the Red Crescent sent rescue teams to search the rubble, and hundreds of homes were destroyed.';

const ids = (ss: StoryCluster[]) => ss.map((s) => s.articleIds.slice().sort().join(',')).sort();

test('related reports join one story, unrelated ones stay apart', () => {
  const c = createStoryClusterer();
  for (const a of STREAM) c.add(a);
  assert.deepEqual(ids(c.stories()), ['q1,q2,q3', 's1', 'v1,v2']);
});

test('same input, same order: same stories and ids', () => {
  const run = () => { const c = createStoryClusterer(); return STREAM.map((a) => c.add(a)); };
  assert.deepEqual(run(), run());
});

test('a copied text joins its story even when its date is off', () => {
  const c = createStoryClusterer();
  c.add(art('a', QUAKE('Malatya', 4), '2023-03-01'));
  assert.equal(c.add(art('b', `${QUAKE('Malatya', 4)} More aftershocks.`, '2023-04-20')).storyId, 's1');
});

test('the same event weeks apart is a different story (time proximity)', () => {
  const c = createStoryClusterer();
  c.add(art('a', QUAKE('Malatya', 4), '2023-03-01'));
  c.add(art('b', `${QUAKE('Malatya', 4)} More aftershocks.`, '2023-03-01'));
  const r = c.add(art('c', 'Another strong earthquake hit Malatya on Friday. Officials said 28 people were killed and homes were destroyed, and Red Crescent rescue teams searched collapsed buildings.', '2023-04-20'));
  assert.equal(c.stories().length, 2);
  assert.equal(r.similarity, 0);
});

test('a story too far away in time to be joined takes no candidate place', () => {
  // One candidate place; the older story shares more with the new report than the same-day one
  // does, but is weeks away (and not frozen): the same-day story must get the place.
  const c = createStoryClusterer({ maxCandidates: 1, exactCandidates: 1, freezeAfterDays: 1000 });
  c.add(art('old', 'A magnitude 6.4 earthquake struck near Malatya, killing 28 people. Red Crescent rescue teams searched the rubble of collapsed buildings.', '2023-01-01'));
  c.add(art('new1', 'Officials in Malatya said on Tuesday that the death toll rose to 28 people.', '2023-03-01'));
  const r = c.add(art('new2', 'Officials in Malatya said the earthquake of magnitude 6.4 killed 28 people on Tuesday as Red Crescent teams searched the rubble.', '2023-03-01'));
  assert.equal(r.storyId, 's2');
  assert.ok(r.similarity > 0);
});

test('a report dated only to the month does not pin its story to mid-month', () => {
  // The month-dated report arrives first (it sorts first); the day-dated ones are 12 days from the
  // month's middle, which would cost them the match if the month stood for its 15th day.
  const c = createStoryClusterer();
  c.add(art('m', QUAKE('Malatya', 4), '2023-03'));
  c.add(art('d1', QUAKE_RETOLD, '2023-03-03'));
  assert.deepEqual(ids(c.stories()), ['d1,m']);
  // A month apart is still apart.
  const r = c.add(art('x', 'Another strong earthquake hit Malatya on Friday. Officials said 28 people were killed and homes were destroyed, and Red Crescent rescue teams searched collapsed buildings.', '2023-04-20'));
  assert.equal(r.similarity, 0);
});

test('a date read from an undated text (it may be background) only weakens a match', () => {
  const c = createStoryClusterer();
  c.add(art('a', QUAKE('Malatya', 4), '2023-03-01'));
  c.add(art('b', `${QUAKE('Malatya', 4)} More aftershocks.`, '2023-03-01'));
  const r = c.add(art('c', `${QUAKE_RETOLD} The city was last hit by a strong quake on March 3, 1964.`));
  assert.equal(r.storyId, 's1');
});

test('stories untouched for the window freeze and take no more articles', () => {
  const frozen: string[] = [];
  const c = createStoryClusterer({ freezeAfterArticles: 2, onFreeze: (s) => frozen.push(s.id) });
  c.add(STREAM[0]!); // q1 -> s1
  c.add(STREAM[1]!);
  c.add(STREAM[3]!);
  c.add(STREAM[4]!); // q1's story untouched for 3 articles -> frozen
  assert.ok(frozen.includes('s1'));
  const r = c.add(STREAM[2]!); // q2 would have joined q1
  assert.notEqual(r.storyId, 's1');
  const s1 = c.stories().find((s) => s.id === 's1')!;
  assert.deepEqual(s1.articleIds, ['q1']);
  assert.equal(s1.frozen, true);
});

test('retainFrozen false drops frozen stories from stories()', () => {
  const c = createStoryClusterer({ freezeAfterArticles: 1, retainFrozen: false });
  for (const a of [STREAM[0]!, STREAM[1]!, STREAM[3]!]) c.add(a);
  assert.ok(c.stories().length < 3);
});

test('exportState round-trips through JSON and resumes identically', () => {
  const a = createStoryClusterer();
  const b = createStoryClusterer();
  for (const x of STREAM.slice(0, 3)) { a.add(x); b.add(x); }
  const resumed = createStoryClusterer({ state: JSON.parse(JSON.stringify(b.exportState())) });
  const rest = STREAM.slice(3);
  assert.deepEqual(rest.map((x) => resumed.add(x)), rest.map((x) => a.add(x)));
  assert.deepEqual(resumed.stories(), a.stories());
  assert.throws(() => createStoryClusterer({ state: { version: 99 } }), TypeError);
});

test('clusterArticles puts every article in exactly one story', () => {
  const { stories, relations } = clusterArticles(STREAM);
  const all = stories.flatMap((s) => s.articleIds).sort();
  assert.deepEqual(all, STREAM.map((a) => a.id).sort());
  assert.ok(relations.some((r) => [r.a, r.b].sort().join() === 'q1,q2' && r.kind === 'reprint'));
  assert.ok(!relations.some((r) => r.a.startsWith('v') !== r.b.startsWith('v')));
});

test('a warm start from the pile\'s document frequencies keeps related reports together', () => {
  const { stories } = clusterArticles(STREAM, { warmIdf: true });
  assert.deepEqual(ids(stories), ['q1,q2,q3', 's1', 'v1,v2']);
});

test('two tallies with none in common weaken the match', () => {
  const joinScore = (tallyConflictFactor: number): number => {
    const c = createStoryClusterer({ copyContainment: 0, joinThreshold: 0.01, tallyConflictFactor });
    c.add(art('a1', VOTE(401)));
    c.add(art('a2', `Berlin: ${VOTE(401)}`));
    return c.add(art('b1', VOTE(318))).similarity;
  };
  const off = joinScore(1);
  assert.ok(off > 0.3);
  assert.ok(Math.abs(joinScore(0.5) - off / 2) < 0.002);
});

test('consolidate merges the stories that arrival order split, and only those', () => {
  // A join threshold no report reaches: every report starts a story of its own.
  const c = createStoryClusterer({ joinThreshold: 0.99, mergeThreshold: 0.99, consolidateThreshold: 0.25, copyContainment: 0 });
  for (const a of STREAM) c.add(a);
  assert.equal(c.stories().length, STREAM.length);
  const merges = c.consolidate?.() ?? [];
  assert.deepEqual(ids(c.stories()), ['q1,q2,q3', 's1', 'v1,v2']);
  assert.equal(merges.length, 3);
  assert.ok(merges.every((m) => Number(m.into.slice(1)) < Number(m.from.slice(1))), 'the older story is kept');
});

test('consolidate compares each story with its consolidateCandidates best candidates only', () => {
  const split = (consolidateCandidates: number): number => {
    const c = createStoryClusterer({ joinThreshold: 0.99, mergeThreshold: 0.99, consolidateThreshold: 0.25, copyContainment: 0, consolidateCandidates });
    for (const a of STREAM) c.add(a);
    c.consolidate?.();
    return c.stories().length;
  };
  // A story is among its own candidates (it shares all its keys): one place leaves no other.
  assert.equal(split(1), STREAM.length);
  assert.equal(split(2), 3);
});

test('an undated report whose headline names an earlier year stays out of a later story, also after consolidation', () => {
  const y2022 = 'The centrist party of President Laurent Morel won 245 seats in the National Assembly on Sunday, while the opposition led by Claire Dumas took 131 seats, official results showed.';
  const y2017 = { ...art('e2017', 'Legislative elections: President Laurent Morel and his centrist party won a large majority of 308 seats in the National Assembly, results showed on Sunday; Claire Dumas and the opposition won 8 seats.'), title: 'Legislative elections 2017: the results' };
  const r = clusterArticles([art('a', y2022, '2022-06-19'), art('b', `Results: ${y2022.replace('official results showed', 'the interior ministry said')}`, '2022-06-19'), y2017]);
  const storyOf = (id: string) => r.stories.find((s) => s.articleIds.includes(id))!.id;
  assert.equal(storyOf('a'), storyOf('b'));
  assert.notEqual(storyOf('e2017'), storyOf('a'));
});

test('the evidence gates grow with the pile (gateDocs): the same shared keys weigh less among more documents', () => {
  const joined = (gateDocs: number): boolean => {
    const c = createStoryClusterer({ gateDocs });
    c.add(art('a', 'A magnitude 6.4 earthquake struck near Malatya on Tuesday, killing at least 28 people, officials said.', '2023-03-01'));
    return c.add(art('b', 'Rescue teams searched the rubble in Malatya after the quake killed 28 people on Tuesday.', '2023-03-01')).storyId === 's1';
  };
  assert.equal(joined(1e9), true);
  // Gates set for a pile of one document: scaled up by ln(N + 21) / ln(2), more than these keys give.
  assert.equal(joined(1), false);
});
