import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extractMentions } from '../../src/analyze/entities/index.js';
import { splitSentences } from '../../src/analyze/sentence-splitter.js';
import type { AnalyzedArticle } from '../../src/model/analyzed.js';
import type { EntityType } from '../../src/model/entity.js';
import { canonicalizeEntities } from '../../src/story/entity-canonicalizer.js';

// Invented sentences in the shape of British and space news: numbers inside names, role words,
// institutions, street abbreviations, letter prefixes; then the story entries they give.

function mentions(text: string): [string, EntityType][] {
  return extractMentions(text, splitSentences(text)).map((m) => [m.text, m.type]);
}

test('a number inside a name stays in it', () => {
  const m = mentions('The chair of the 1922 Committee met aides at No 10 before the Apollo 11 anniversary. Crowds gathered outside 10 Downing Street.');
  assert.ok(m.some(([t, ty]) => t === '1922 Committee' && ty === 'organization'), JSON.stringify(m));
  assert.ok(m.some(([t]) => t === 'No 10'), JSON.stringify(m));
  assert.ok(m.some(([t]) => t === 'Apollo 11'), JSON.stringify(m));
  assert.ok(m.some(([t, ty]) => t === '10 Downing Street' && ty === 'place'), JSON.stringify(m));
  assert.ok(!m.some(([t]) => t === 'No' || t === 'Committee' || t === 'Apollo'), JSON.stringify(m));
});

test('a number that counts or scores is not part of the name', () => {
  const m = mentions('Parliament voted 308 to 297. Critics said Smith 12 times changed course, and Croatia 4 was the final score in Moscow.');
  assert.ok(!m.some(([t]) => /\d/.test(t)), JSON.stringify(m));
});

test('role words, abbreviations and letter prefixes are not names; institutions are organisations', () => {
  const m = mentions('Rebel MPs said the PM had made too many U-turns, and Ministers told Parliament the Treasury would act.');
  const names = m.map(([t]) => t);
  for (const junk of ['MPs', 'PM', 'U-turns', 'Ministers']) assert.ok(!names.includes(junk), `${junk} in ${JSON.stringify(m)}`);
  assert.deepEqual(m.filter(([t]) => t === 'Parliament' || t === 'Treasury').map(([, ty]) => ty), ['organization', 'organization']);
});

test('a street abbreviation ends a place, a speech verb marks a lone name as a person (weakly)', () => {
  const text = 'Protesters marched down Downing St on Monday. Okonjo said the talks had failed.';
  const ms = extractMentions(text, splitSentences(text));
  assert.equal(ms.find((x) => x.text === 'Downing St')?.type, 'place');
  const o = ms.find((x) => x.text === 'Okonjo');
  assert.equal(o?.type, 'person');
  assert.equal(o?.certainty, 'inferred');
});

function storyOf(texts: string[]): AnalyzedArticle[] {
  return texts.map((text, i) => {
    const sentences = splitSentences(text);
    return { article: { id: `a${i}` } as AnalyzedArticle['article'], sentences, mentions: extractMentions(text, sentences), timexes: [], quotes: [], numbers: [] };
  });
}

test('story entries: full names kept, a ruler by given name joins the regnal name, numbers keep things apart', () => {
  const e = canonicalizeEntities(storyOf([
    'King Charles III accepted the resignation. The House of Commons sat late near 10 Downing Street.',
    'Later that day Charles spoke to the House of Commons, a short walk from Downing Street. Apollo 11 and Apollo 13 were recalled.',
  ]));
  const names = e.map((x) => x.name);
  assert.deepEqual(e.find((x) => x.name === 'Charles III')?.variants.map((v) => v.text).sort(), ['Charles', 'Charles III'], JSON.stringify(names));
  assert.ok(names.includes('House of Commons') && !names.includes('House'), JSON.stringify(names));
  const street = e.filter((x) => x.variants.some((v) => /Downing Street/.test(v.text)));
  assert.equal(street.length, 1, JSON.stringify(names));
  assert.ok(names.includes('Apollo 11') && names.includes('Apollo 13'), JSON.stringify(names));
});

test('name-shaped things are not people: common words, firms named by a country, title modifiers alone', () => {
  const text = 'The state funeral service was long. Mourners watched the State Funeral Service and the Gun Carriage, a gun carriage built for it. Shares of Japan Railways rose, and Route 94 was shut near Cudjoe Key.';
  const ms = extractMentions(text, splitSentences(text));
  const typeOf = (name: string): string | undefined => ms.find((m) => m.text === name)?.type;
  assert.notEqual(typeOf('State Funeral Service'), 'person', JSON.stringify(ms.map((m) => [m.text, m.type])));
  assert.ok(!ms.some((m) => m.text === 'Funeral Service'), JSON.stringify(ms.map((m) => m.text)));
  assert.notEqual(typeOf('Gun Carriage'), 'person');
  assert.equal(typeOf('Japan Railways'), 'organization');
  assert.equal(typeOf('Route 94'), 'place');
  assert.equal(typeOf('Cudjoe Key'), 'place');
  // A first name keeps the person: "John Key" and a titled deputy.
  const t2 = 'Prime Minister John Key met Deputy Mary Jones.';
  const m2 = extractMentions(t2, splitSentences(t2));
  assert.equal(m2.find((m) => m.text === 'John Key')?.type, 'person');
  assert.equal(m2.find((m) => m.text === 'Mary Jones')?.type, 'person');
});

test('abbreviations of times and common nouns, lone letters and two-letter words are dropped; short surnames stay', () => {
  const text = 'President Xi Jinping spoke. Later Xi met Jack Ma in Beijing, and Ma said the storm hit Lafayette, La. at 10 GMT as TV crews watched the Plan B vote.';
  const names = mentions(text).map(([t]) => t);
  for (const junk of ['La', 'GMT', 'TV', 'B']) assert.ok(!names.includes(junk), `${junk} in ${JSON.stringify(names)}`);
  assert.ok(names.includes('Xi') && names.includes('Ma'), JSON.stringify(names));
});

test('story entries: a storm by its name joins its prefixed name, a unique given name joins the person, a place is not a prefix of a larger one', () => {
  const e = canonicalizeEntities(storyOf([
    'Hurricane Irma hit the Florida Keys, said forecaster Alisson Becker. Florida braced.',
    'As Irma weakened, Alisson, 30, told reporters in Florida.',
  ]));
  const variantsOf = (name: string): string[] | undefined => e.find((x) => x.name === name)?.variants.map((v) => v.text).sort();
  assert.deepEqual(variantsOf('Hurricane Irma'), ['Hurricane Irma', 'Irma'], JSON.stringify(e.map((x) => x.name)));
  assert.deepEqual(variantsOf('Alisson Becker'), ['Alisson', 'Alisson Becker'], JSON.stringify(e.map((x) => x.name)));
  assert.deepEqual(variantsOf('Florida Keys'), ['Florida Keys']);
  assert.equal(e.find((x) => x.name === 'Florida Keys')?.type, 'place');
  // Two people with one given name: the given name alone stays apart.
  const two = canonicalizeEntities(storyOf(['Alisson Becker and Alisson Silva met. Later, Alisson said no.']));
  assert.ok(two.some((x) => x.name === 'Alisson'), JSON.stringify(two.map((x) => x.name)));
});

test('a role word before two words makes no person when they name a thing or a place', () => {
  const text = 'It came on the State Gun Carriage, rebuilt after the Great Chicago Fire and before the European Cup Final, said Legal Counsel Jo Bloggs, who studies our Milky Way and the South Pole.';
  const ms = extractMentions(text, splitSentences(text));
  const persons = ms.filter((m) => m.type === 'person').map((m) => m.text);
  assert.deepEqual(persons, ['Jo Bloggs'], JSON.stringify(ms.map((m) => [m.text, m.type])));
  assert.equal(ms.find((m) => m.text === 'South Pole')?.type, 'place');
});

test('brand names with a lower-case prefix, model numbers and letters stay whole and apart', () => {
  const text = 'Apple showed the iPhone 8 Plus beside the iPhone X and the iPhone XS on Tuesday, running iOS 11. She said: "Everything is new."';
  const names = mentions(text).map(([t]) => t);
  for (const n of ['iPhone 8 Plus', 'iPhone X', 'iPhone XS', 'iOS 11']) assert.ok(names.includes(n), `${n} not in ${JSON.stringify(names)}`);
  assert.ok(!names.includes('Plus') && !names.includes('Everything'), JSON.stringify(names));
  const e = canonicalizeEntities(storyOf([text, 'The iPhone XS costs more than the iPhone X.']));
  const x = e.find((v) => v.name === 'iPhone X');
  assert.deepEqual(x?.variants.map((v) => v.text), ['iPhone X'], JSON.stringify(e.map((v) => [v.name, v.variants.map((w) => w.text)])));
});

test('a lone word does not join a name-shaped full name as its given name without a person cue', () => {
  const e = canonicalizeEntities(storyOf(['Demand for Apple Watch grew, and shares of Apple gained.', 'Sales of Apple Watch grew, and Apple rose.']));
  assert.ok(e.some((v) => v.name === 'Apple'), JSON.stringify(e.map((v) => v.name)));
});

test('the first word of a name typed by shape alone does not make a lone word a person', () => {
  const text = 'Apple unveiled phones. Sales of Apple Watch grew fast, and shares of Apple rose, said Ana Gomez. Gomez was pleased.';
  const ms = extractMentions(text, splitSentences(text));
  const apple = ms.filter((m) => m.text === 'Apple');
  assert.ok(apple.length === 2 && apple.every((m) => m.rule !== 'document-name'), JSON.stringify(apple));
  // The surname of a full name still makes its lone mention a person.
  assert.equal(ms.find((m) => m.text === 'Gomez')?.type, 'person');
});

test('post-nominal letters, a title before "for" and compass words around a place', () => {
  const text = 'Simon Clarke MP, Labour MP for Middlesbrough South and East Cleveland, spoke in the U.K. Parliament.';
  const ms = extractMentions(text, splitSentences(text)).map((m) => [m.text, m.type]);
  assert.deepEqual(ms.filter(([, t]) => t === 'person'), [['Simon Clarke', 'person']], JSON.stringify(ms));
  assert.ok(ms.some(([n, t]) => n === 'Middlesbrough South' && t === 'place') && ms.some(([n, t]) => n === 'East Cleveland' && t === 'place'), JSON.stringify(ms));
  const e = canonicalizeEntities(storyOf([text]));
  assert.ok(e.some((x) => x.name === 'U.K. Parliament'), JSON.stringify(e.map((x) => x.name)));
});
