import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extractQuotes } from '../../src/analyze/quotes/index.js';
import { splitSentences } from '../../src/analyze/sentence-splitter.js';

const run = (text: string) => extractQuotes(text, splitSentences(text));
const direct = (text: string) => run(text).filter((q) => q.kind === 'direct');

test('straight and curly double quotes with "X said" and "said X"', () => {
  const qs = direct('"We will not back down," Jane Doe said.\n\n\u201cThe plan is sound and it will work,\u201d said John Roe.');
  assert.equal(qs.length, 2);
  assert.equal(qs[0]!.text, 'We will not back down,');
  assert.equal(qs[0]!.speaker, 'Jane Doe');
  assert.equal(qs[0]!.attribution, 'cue');
  assert.equal(qs[1]!.speaker, 'John Roe');
  assert.equal(qs[1]!.cue, 'said');
});

test('single-quoted full quote is found and attributed', () => {
  const qs = direct("'We have done everything we could for the families,' the mayor said.");
  assert.equal(qs.length, 1);
  assert.equal(qs[0]!.speaker, 'the mayor');
  assert.equal(qs[0]!.speakerType, 'description');
});

test('apostrophes, elisions and possessives are not quotes', () => {
  assert.equal(run("The country's leaders met in the '90s and the voters' mood was sour. It's late.").filter((q) => q.kind !== 'indirect').length, 0);
});

test('a quote split by its attribution is one quote with two parts', () => {
  const qs = direct('"We came here to talk," Maria Lopez said, "and we will stay until the talks end."');
  assert.equal(qs.length, 1);
  assert.equal(qs[0]!.parts.length, 2);
  assert.equal(qs[0]!.speaker, 'Maria Lopez');
  assert.match(qs[0]!.text, /^We came here to talk, and we will stay/);
});

test('a paragraph left open continues into the next one that opens with a quote mark', () => {
  const text = 'Senator Ann Bell spoke at length.\n\n"The first thing we must do is fix the roads.\n\n"The second thing is to pay the teachers," she said.';
  const qs = direct(text);
  assert.equal(qs.length, 1);
  assert.equal(qs[0]!.parts.length, 2);
  assert.equal(qs[0]!.speaker, 'Ann Bell');
  assert.equal(qs[0]!.attribution, 'pronoun');
});

test('pronouns go to the most recent compatible person; Mr/Ms titles are stripped and expanded', () => {
  const text = 'Finance Minister Peter Grant met Ms Laura Hale on Monday.\n\nMr Grant said the budget was balanced. "We have no deficit this year," he added.';
  const qs = direct(text);
  assert.equal(qs[0]!.speaker, 'Peter Grant');
  assert.equal(qs[0]!.attribution, 'pronoun');
  assert.ok(qs[0]!.antecedentSpan);
  const she = direct('Mr Tom Reed met Ms Laura Hale.\n\n"It was a good meeting for both sides," she said.');
  assert.equal(she[0]!.speaker, 'Laura Hale');
});

test('"according to X" and roles ("a spokesperson for the ministry") are attributions', () => {
  const a = direct('"The border will stay closed until further notice," according to Interior Minister Sam Okafor.');
  assert.equal(a[0]!.speaker, 'Sam Okafor');
  assert.equal(a[0]!.speakerRole, 'Interior Minister');
  const b = direct('"There is no truth in these reports at all," a spokesperson for the ministry said.');
  assert.equal(b[0]!.speaker, 'a spokesperson for the ministry');
  assert.equal(b[0]!.attribution, 'title');
});

test('a continuing paragraph keeps the speaker of the quote before it', () => {
  const qs = direct('"We will rebuild the bridge," Governor Lee Park said.\n\n"It will take two years and cost a great deal of money."');
  assert.equal(qs.length, 2);
  assert.equal(qs[1]!.speaker, 'Lee Park');
  assert.equal(qs[1]!.attribution, 'continuation');
  assert.equal(qs[1]!.certainty, 'inferred');
});

test('nobody named: speaker null, attribution none', () => {
  const qs = direct('The banners were everywhere.\n\n"Enough is enough, we want change now."');
  assert.equal(qs.length, 1);
  assert.equal(qs[0]!.speaker, null);
  assert.equal(qs[0]!.attribution, 'none');
});

test('broadcast soundbite header gives speaker and role', () => {
  const qs = direct('(SOUNDBITE) (English) FOREIGN MINISTER OF NORWAY, KARI NILSEN, SAYING: "We are ready to help in any way we can."');
  assert.equal(qs[0]!.speaker, 'Kari Nilsen');
  assert.equal(qs[0]!.attribution, 'soundbite');
  assert.match(qs[0]!.speakerRole ?? '', /Foreign Minister Of Norway/i);
});

test('scare quotes and quoted terms are partial, attributed only with a cue', () => {
  const qs = run('China says the camps provide "vocational training" to students.\n\nThe so-called "reform" has stalled.');
  const voc = qs.find((q) => q.text === 'vocational training')!;
  assert.equal(voc.kind, 'partial');
  assert.equal(voc.isFullQuote, false);
  const reform = qs.find((q) => q.text === 'reform')!;
  assert.equal(reform.kind, 'partial');
  assert.equal(reform.speaker, null);
});

test('titles of works and nicknames in quotes are not quotes', () => {
  const qs = run('She starred in the film "Gone With The Wind" last year. Dwayne "The Rock" Johnson was there too. The book titled "A Promised Land" sold well.');
  assert.equal(qs.filter((q) => q.kind !== 'indirect').length, 0);
});

test('noun uses of cue words do not attribute ("Smith\'s comments")', () => {
  const qs = run('Critics attacked Jane Smith\'s comments "as a disgrace to the office."');
  const q = qs.find((x) => x.kind !== 'indirect')!;
  assert.notEqual(q.speaker, 'Jane Smith');
});

test('indirect speech is the second tier, with that-clauses', () => {
  const qs = run('Prime Minister Ana Costa said that the economy would grow by two percent next year.');
  const ind = qs.filter((q) => q.kind === 'indirect');
  assert.equal(ind.length, 1);
  assert.equal(ind[0]!.tier, 2);
  assert.equal(ind[0]!.speaker, 'Ana Costa');
  assert.match(ind[0]!.text, /^the economy would grow/);
});

test('a dash credit after the quote names the speaker', () => {
  const qs = direct('"This election is about our children and their future." \u2015 Maria Gomez\n\nOther readers wrote in.');
  assert.equal(qs[0]!.speaker, 'Maria Gomez');
});

test('a pasted social-media post is a quote of kind post by the account holder', () => {
  const text = 'Minister Jo Park visited the port.\n\nGreat talks today with port workers. pic.twitter.com/abc123 \u2014 Minister Jo Park (@JoPark) March 3, 2021\n\nShe left later.';
  const posts = run(text).filter((q) => q.kind === 'post');
  assert.equal(posts.length, 1);
  assert.equal(posts[0]!.text, 'Great talks today with port workers.');
  assert.equal(posts[0]!.speaker, 'Jo Park');
  assert.equal(posts[0]!.attribution, 'post');
});

test('a full quote inside a sentence without a speech verb goes to the clause subject, as inferred', () => {
  const qs = direct('Dr. Jane Doe pondered who, without the boxer, might \u201ctestify for our innocence in this season of witch hunting.\u201d');
  assert.equal(qs.length, 1);
  assert.equal(qs[0]!.speaker, 'Jane Doe');
  assert.equal(qs[0]!.certainty, 'inferred');
  assert.equal(qs[0]!.cue, null);
  // A quoted term is not given to the subject.
  const terms = run('Jane Doe pondered who might save the \u201cpilot\u201d programs.').filter((q) => q.kind === 'partial');
  assert.equal(terms.length, 1);
  assert.equal(terms[0]!.speaker, null);
});

test('a credit line under a quote, and an unknown verb next to a name, attribute the quote', () => {
  const qs = direct('"We went to Wall Street before the crash and warned them all."\n\n- Jane Doe.\n\n"Would it be negotiable about the people?" Bob Roe pressed.\n\n"An awful lot of analysts said no," remembered Roy Verley, a spokesman.');
  assert.deepEqual(qs.map((q) => [q.speaker, q.cue]), [['Jane Doe', '-'], ['Bob Roe', 'pressed'], ['Roy Verley', 'remembered']]);
  // A sentence after a quote that ends with a period is not its attribution.
  const after = direct('"We will see what happens next in the talks." Jane Doe walked out of the room.');
  assert.equal(after[0]!.cue === 'walked', false);
});

test('"Del." is a role before a name; a name particle ("del") stays inside the name', () => {
  const qs = direct('"This is a waste of time and money," said Del. Stacey Plaskett of the Virgin Islands.\n\n"We will see about that soon enough," said Juan del Toro.');
  assert.deepEqual(qs.map((q) => q.speaker), ['Stacey Plaskett', 'Juan del Toro']);
});

test('a pronoun agrees with the gender of a first name when no Mr/Ms is printed', () => {
  const qs = direct('John Roe met Mary Poe on Monday in the capital. "We will keep working on this plan together," she said.');
  assert.equal(qs[0]!.speaker, 'Mary Poe');
  assert.equal(qs[0]!.attribution, 'pronoun');
});

test('a country speaking is an organisation, not a person', () => {
  const qs = run("However, France slammed the plan and called its authors 'reckless and naive' on Monday.").filter((q) => q.kind === 'partial');
  assert.equal(qs.length, 1);
  assert.equal(qs[0]!.speaker, 'France');
  assert.equal(qs[0]!.speakerType, 'organisation');
});

test('"X is quoted as saying" and a determined description before a weak cue attribute the quote', () => {
  const qs = direct('"We are in and out of the field faster and our costs are lower," Matt Braynard is quoted as saying.\n\n"She will stand up to the gun lobby and take on the big banks," a voice-over in the ad states.');
  assert.equal(qs[0]!.speaker, 'Matt Braynard');
  assert.equal(qs[1]!.speaker, 'a voice-over in the ad');
  assert.equal(qs[1]!.cue, 'states');
});

test('appositives with a role holding a cue word or a relative clause still reach the cue', () => {
  const qs = direct('"These are steps in the right direction for everyone," Anne Richards, assistant secretary of state for population, refugees, and migration, said on the call.\n\n"Clinton needs a strategy for targeting these voters now," Nate Silver, the polling guru who founded the site, wrote on Twitter.\n\n"By putting this in the constitution, we are tying their hands," state Sen. Jason Holsman said.');
  assert.deepEqual(qs.map((q) => q.speaker), ['Anne Richards', 'Nate Silver', 'Jason Holsman']);
});

test('a longer determined description between a quote and its cue is the speaker', () => {
  const qs = direct('"From Day One, I made climate change the top priority," the bespectacled, 71-year-old diplomat said in an interview.');
  assert.equal(qs[0]!.speaker, 'the bespectacled, 71-year-old diplomat');
  assert.equal(qs[0]!.speakerType, 'description');
  // A clause there is not a description.
  const cl = direct('"We will never agree to these terms at all," the union that represents the workers said.');
  assert.notEqual(cl[0]!.speaker, 'the union that represents the workers');
});

test('an unknown verb after a determined phrase holding a name ("an angry X retaliated")', () => {
  const qs = direct('Trump asserted that France had lost its identity. \u201cFrance will always be France, whatever happens,\u201d an angry Francois Hollande retaliated.');
  assert.equal(qs[0]!.speaker, 'Francois Hollande');
  assert.equal(qs[0]!.cue, 'retaliated');
});
