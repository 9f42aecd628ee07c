import { test } from 'node:test';
import assert from 'node:assert/strict';
import { dateOfValue, extractTimeExpressions } from '../../src/analyze/time/index.js';
import type { AnalyzedArticle } from '../../src/model/analyzed.js';
import { checkPublicationDates } from '../../src/story/publication-date-checker.js';
import { buildTimeline } from '../../src/story/timeline-builder.js';
import { analyzeForTime, seedArticles, short } from './seed-helpers.js';

const items = analyzeForTime(await seedArticles());
const byId = (p: string): AnalyzedArticle => items.find((i) => short(i.article.id) === p)!;

/** Time expressions of one seed article resolved against `anchor`, with their sentence text. */
function timexes(p: string, anchor: string | null) {
  const it = byId(p);
  return extractTimeExpressions(it.article.text, it.sentences, anchor).map((t) => ({ ...t, sent: it.sentences[t.sentence]!.text }));
}

function find(p: string, anchor: string | null, expr: string, inSentence = '') {
  const t = timexes(p, anchor).find((x) => x.text === expr && x.sent.includes(inSentence));
  assert.ok(t, `${p}: no "${expr}" in a sentence with "${inSentence}"`);
  return t;
}

test('seed articles load with the expected header dates', () => {
  assert.equal(items.length, 5);
  assert.equal(byId('000').article.publishedAt?.slice(0, 10), '2020-02-02');
  assert.equal(byId('001').article.publishedAt?.slice(0, 10), '2019-12-22');
});

test('"Sunday (Feb 2)", "on Sunday", "February 2" -> 2020-02-02', () => {
  const a = find('000', '2020-02-02', 'Sunday (Feb 2)');
  assert.equal(a.value, '2020-02-02');
  assert.deepEqual(a.stated, { month: 2, day: 2, weekday: 0 });
  assert.equal(find('004', '2020-02-02', 'Sunday', 'called on countries').value, '2020-02-02');
  assert.equal(find('002', '2020-02-02', 'February 2', 'has urged Kazakhstan').value, '2020-02-02');
  assert.equal(find('003', '2020-02-02', 'February 2', 'speaking on February 2').value, '2020-02-02');
});

test('"late on February 1" -> 2020-02-01', () => {
  const t = find('003', '2020-02-02', 'February 1', 'arrived late on February 1');
  assert.equal(t.value, '2020-02-01');
  assert.equal(t.certainty, 'inferred');
});

test('future Monday and same-day Sunday evening (004, anchored on the story date)', () => {
  const mon = find('004', '2020-02-02', 'Monday', 'will hold a meeting');
  assert.equal(mon.value, '2020-02-03');
  assert.equal(mon.tense, 'future');
  assert.equal(dateOfValue(find('004', '2020-02-02', 'Sunday evening', 'will fly to Uzbekistan').value), '2020-02-02');
});

test('past events with their own dates', () => {
  assert.equal(find('003', '2020-02-02', 'March 2019').value, '2019-03');
  const june = find('003', '2020-02-02', 'June', 'inaugurated');
  assert.equal(june.value, '2019-06');
  assert.equal(june.certainty, 'inferred');
  assert.equal(find('003', '2020-02-02', 'August 2018').value, '2018-08');
  const sep = find('003', '2020-02-02', 'September 2016');
  assert.equal(sep.value, '2016-09');
  assert.equal(sep.certainty, 'explicit');
  assert.equal(find('004', '2020-02-02', '2015', 'Kerry').value, '2015');
  assert.equal(find('003', '2020-02-02', 'nearly 30 years').value, 'P30Y');
  assert.equal(find('004', '2020-02-02', 'nearly three decades', 'Nazarbayev').value, 'P30Y');
});

test('without an anchor, relative expressions stay partial and inferred', () => {
  const june = find('003', null, 'June', 'inaugurated');
  assert.equal(june.value, 'XXXX-06');
  assert.equal(june.certainty, 'inferred');
  assert.equal(find('004', null, 'Monday', 'will hold').value, 'XXXX-WXX-1');
});

test("001's 2019-12-22 is flagged against \"Sunday (February 2)\"", () => {
  const r = checkPublicationDates(items);
  assert.equal(r.discrepancies.length, 1);
  const d = r.discrepancies[0]!;
  assert.equal(d.kind, 'publication-date');
  assert.deepEqual(d.positions.map((p) => p.value), ['2019-12-22', '2020-02-02']);
  assert.equal(short(d.positions[0]!.articleIds[0]!), '001');
  assert.ok(d.positions[1]!.evidence[0]!.includes('Sunday (February 2)'));
  assert.ok(d.positions[1]!.articleIds.map(short).includes('000'));
  assert.equal(r.storyDate, '2020-02-02');
  // 001 is corrected to its text's date; articles without a header date (003 and 004 in the
  // seed files) take the story's date; the others keep their header.
  const expected: Record<string, string> = { '001': '2020-02-02' };
  for (const it of items) if (!it.article.publishedAt) expected[short(it.article.id)] = '2020-02-02';
  const corrected = Object.fromEntries(Object.entries(r.correctedAnchors).map(([k, v]) => [short(k), v]));
  assert.deepEqual(corrected, expected);
  assert.equal(r.anchors[byId('000').article.id]!.source, 'header');
  for (const it of items) if (!it.article.publishedAt) assert.equal(r.anchors[it.article.id]!.source, 'story');
});

test('the timeline orders the seed dates and cites the articles stating them', () => {
  const tl = buildTimeline(items);
  const dates = tl.map((e) => e.date);
  for (const d of ['2015', '2016-09', '2018-08', '2019-03', '2019-06', '2020-02-01', '2020-02-02', '2020-02-03']) assert.ok(dates.includes(d), `timeline lacks ${d}`);
  const pos = (d: string): number => dates.indexOf(d);
  assert.ok(pos('2015') < pos('2016-09') && pos('2016-09') < pos('2018-08') && pos('2018-08') < pos('2019-03'));
  assert.ok(pos('2019') < pos('2019-03') && pos('2019-03') < pos('2019-06') && pos('2019-06') < pos('2020-02-01'));
  assert.ok(pos('2020-02-01') < pos('2020-02-02') && pos('2020-02-02') < pos('2020-02-03'));
  const event = tl.find((e) => e.date === '2020-02-02' && e.articleIds.length >= 3);
  assert.ok(event, 'the event of 2020-02-02 is stated by three or more articles in one entry');
  assert.ok(['000', '001', '002'].every((p) => event.articleIds.map(short).includes(p)));
  // 001's "on Sunday" lands on 2020-02-02 after re-anchoring, not on its header date.
  assert.ok(!dates.includes('2019-12-22'));
  for (const e of tl) assert.equal(e.articleIds.length, new Set(e.evidence.map((x) => x.articleId)).size);
});
