import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extractMentions } from '../../src/analyze/entities/index.js';
import { splitSentences } from '../../src/analyze/sentence-splitter.js';

function found(text: string): { text: string; type: string; role?: string }[] {
  return extractMentions(text, splitSentences(text)).map((m) => (m.role ? { text: m.text, type: m.type, role: m.role } : { text: m.text, type: m.type }));
}

test('a month or weekday word after a first name is part of the name', () => {
  const m = found('Prime Minister Theresa May met April Ryan in London on Monday.');
  assert.deepEqual(m.filter((x) => x.type === 'person').map((x) => x.text), ['Theresa May', 'April Ryan']);
  assert.ok(!m.some((x) => x.text === 'Monday'));
});

test('role words before a name are split off as the role', () => {
  const m = found('The board includes Legal Counsel Maria Gadde and Chief Financial Officer Ned Segal, the company said.');
  assert.deepEqual(m.find((x) => x.text === 'Maria Gadde'), { text: 'Maria Gadde', type: 'person', role: 'Legal Counsel' });
  assert.deepEqual(m.find((x) => x.text === 'Ned Segal'), { text: 'Ned Segal', type: 'person', role: 'Chief Financial Officer' });
});

test('a plural role word heads a group; a facility head makes a place', () => {
  const m = found('Several Tory MPs said the dinner at the Grand Palace was a disaster.');
  assert.equal(m.find((x) => x.text === 'Tory MPs')?.type, 'group');
  assert.equal(m.find((x) => x.text === 'Grand Palace')?.type, 'place');
});

test('an -ist or -ian word alone is not a person', () => {
  const m = found('Voters backed the Centrist in the runoff, analysts said.');
  assert.notEqual(m.find((x) => x.text === 'Centrist')?.type, 'person');
});

test('a leading party word is a group of its own, not part of the person name', () => {
  const m = found('Tory Graham Brady said the vote would go ahead.');
  assert.equal(m.find((x) => x.text === 'Graham Brady')?.type, 'person');
  assert.equal(m.find((x) => x.text === 'Tory')?.type, 'group');
});

test('a name run that swallowed the next capitalised word is split when the article names the person alone', () => {
  const m = found('The Ned Segal Zorbex deal collapsed on Friday. Ned Segal said nothing.');
  assert.deepEqual(m.filter((x) => x.type === 'person').map((x) => x.text), ['Ned Segal', 'Ned Segal']);
  assert.equal(m.find((x) => x.text === 'Zorbex')?.type, 'other');
});

test('storms, contests and made things are not people; abbeys and castles are places', () => {
  const m = found('Hurricane Zelda hit the coast before the World Cup, and the Event Horizon Telescope team met at Windsor Castle.');
  assert.equal(m.find((x) => x.text === 'Hurricane Zelda')?.type, 'other');
  assert.equal(m.find((x) => x.text === 'World Cup')?.type, 'other');
  assert.equal(m.find((x) => x.text === 'Event Horizon Telescope')?.type, 'other');
  assert.equal(m.find((x) => x.text === 'Windsor Castle')?.type, 'place');
});

test('a non-name word before a known city names a club; area words keep it a place; Mme is a title', () => {
  const m = found('Fans of Atletico Madrid gathered on Sunday. Mme Le Pen spoke. Greater London was calm.');
  assert.equal(m.find((x) => x.text === 'Atletico Madrid')?.type, 'organization');
  assert.deepEqual(m.find((x) => x.text === 'Le Pen'), { text: 'Le Pen', type: 'person', role: 'Mme' });
  assert.notEqual(m.find((x) => x.text === 'Greater London')?.type, 'organization');
});

test('a dateline city run into a person name is its own place mention', () => {
  const m = found('Lisbon Antonio Costa said on Monday that talks would go on.');
  assert.equal(m.find((x) => x.text === 'Lisbon')?.type, 'place');
  assert.equal(m.find((x) => x.text === 'Antonio Costa')?.type, 'person');
});

test('forms of address and photo credits are not people', () => {
  const m = found('The Royal Family said Her Royal Highness was well. Pool Photo via Reuters.');
  for (const name of ['Royal Family', 'Royal Highness', 'Pool Photo']) assert.notEqual(m.find((x) => x.text === name)?.type, 'person', name);
});
