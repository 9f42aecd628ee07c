/**
 * Junk count of story entity entries: for every multi-article English event of a labelled story
 * file (default ../shared/data/dev-stories.jsonl), the event's articles are analysed and their
 * entities canonicalised as one story (the labelled grouping, so clustering errors do not count
 * here); then each entry is put through simple generic sanity checks that a reader of the entity
 * list would apply. Prints, per type, entries and entries failing at least one check, then the
 * count per check; `-v` lists the failing entries. The checks are crude on purpose (a single
 * common word is junk unless it is an institution typed organization): the figure is a
 * before/after yardstick, not a gold score.
 * Usage: npx tsx scripts/entity-junk-count.ts [stories.jsonl] [-v]
 */
import { readFileSync } from 'node:fs';
import { recordToDoc } from '../src/ingest/json-reader.js';
import { createCleaner } from '../src/clean/clean-document.js';
import { createArticleAnalyzer } from '../src/pipeline/analyze-article.js';
import { extractMentions } from '../src/analyze/entities/index.js';
import { canonicalizeEntities } from '../src/story/entity-canonicalizer.js';
import { getLexicon, isKnownPlace } from '../src/analyze/entities/lexicon.js';
import { isRoleWord } from '../src/analyze/entities/candidate-rules.js';
import { FACILITY_HEADS, GROUP_WORDS, ORG_HEADS, PERSON_TITLES, PLACE_HEADS } from '../src/analyze/entities/word-lists.js';
import type { StoryEntity } from '../src/model/entity.js';

const args = process.argv.slice(2);
const verbose = args.includes('-v');
const file = args.find((a) => !a.startsWith('-')) ?? '../shared/data/dev-stories.jsonl';

const byEvent = new Map<string, Record<string, unknown>[]>();
for (const line of readFileSync(file, 'utf8').split('\n')) {
  if (!line.trim()) continue;
  const rec = JSON.parse(line) as Record<string, unknown>;
  if (rec['lang'] !== undefined && rec['lang'] !== 'en') continue;
  const ev = String(rec['event'] ?? '');
  let l = byEvent.get(ev);
  if (!l) byEvent.set(ev, (l = []));
  l.push(rec);
}

const lex = getLexicon();
const clean = createCleaner({ now: new Date('2030-01-01T00:00:00Z') });
const analyze = createArticleAnalyzer({ entities: (text, sentences) => extractMentions(text, sentences) });
// Heads of names that are no person's ("Downing St", "Conservative Party").
// Abbreviations of roles, written in capitals.
const ROLE_ABBREVIATIONS = new Set(['pm', 'mp', 'mep', 'ceo', 'cfo', 'coo', 'cto', 'md', 'gm', 'qc', 'dj', 'vp']);
const NON_PERSON_HEADS = new Set([...ORG_HEADS, ...FACILITY_HEADS, ...PLACE_HEADS, 'st', 'rd', 'ave']);

function checks(e: StoryEntity, all: StoryEntity[]): string[] {
  const out: string[] = [];
  const words = e.name.split(/\s+/);
  const lower = e.name.toLowerCase();
  if (!/\p{L}/u.test(e.name)) out.push('no-letter');
  // "U-turns", "X-style": no word is a capital followed by a letter, digit or dot, nor a lone capital.
  // (A brand's lower-case prefix before a capital counts: "iPhone", "eBay".)
  if (!words.some((w) => /^(?:\p{Ll}{1,2})?\p{Lu}(?:[\p{L}\p{N}.'’]|$)/u.test(w))) out.push('no-capital-word');
  if (words.length === 1) {
    const singular = lower.length >= 3 && lower.endsWith('s') && !lower.endsWith('ss') ? lower.slice(0, -1) : lower;
    const place = isKnownPlace(lex, lower) || lex.countryCodes.has(e.name.replace(/\./g, ''));
    const nationality = lex.nationalities.has(lower) || lex.nationalities.has(singular) || GROUP_WORDS.has(lower);
    // A role: a title or a person noun the corpus writes in lower case ("MPs", "PM", "ministers"),
    // or a short capital abbreviation of one ("PM" for prime minister, "CFO").
    const role = PERSON_TITLES.has(lower) || PERSON_TITLES.has(singular) || ROLE_ABBREVIATIONS.has(singular)
      || ((isRoleWord(lower, lex) || isRoleWord(singular, lex)) && (lex.commonWords.has(lower) || lex.commonWords.has(singular)));
    if (!place && !nationality && !lex.firstNames.has(lower)) {
      if (role) out.push('role-noun');
      else if (lex.commonWords.has(lower) && !(e.type === 'organization' && ORG_HEADS.has(lower))) out.push('common-word');
    }
  }
  // A person's name of several words with no given name that holds a common word, a place, a
  // nationality or a digit ("Funeral Service", "Japan Railways", "A12 Bionic").
  if (e.type === 'person' && words.length > 1 && !lex.firstNames.has(words[0]!.toLowerCase())
    && words.some((w) => /\d/.test(w) || lex.commonWords.has(w.toLowerCase()) || isKnownPlace(lex, w) || lex.nationalities.has(w.toLowerCase()))) out.push('person-without-given-name');
  if (e.type === 'person' && words.length > 1 && NON_PERSON_HEADS.has(words[words.length - 1]!.toLowerCase().replace(/\.$/, ''))) out.push('person-with-place-head');
  // A lone word that starts or ends a multi-word person entry of the same story, typed person or
  // other: a split entity ("Charles" beside "Charles III", "Brady" beside "Graham Brady").
  if (words.length === 1 && (e.type === 'person' || e.type === 'other') && all.some((o) => o !== e && o.type === 'person' && o.name.split(/\s+/).length > 1
    && (o.name.endsWith(` ${e.name}`) || o.name.startsWith(`${e.name} `)))) out.push('split-from-person');
  return out;
}

const perType = new Map<string, { entries: number; junk: number }>();
const perCheck = new Map<string, number>();
const listed: string[] = [];
let events = 0;
let entriesTotal = 0;
let junkTotal = 0;
for (const [ev, recs] of byEvent) {
  if (recs.length < 2) continue;
  events++;
  const items = recs.map((rec, i) => {
    const input = Object.fromEntries(Object.entries(rec).filter(([k]) => !['event', 'dup_group'].includes(k)));
    const { doc } = recordToDoc(input, file, { line: i + 1 });
    return doc ? analyze(clean(doc)) : null;
  }).filter((x) => x !== null);
  const entities = canonicalizeEntities(items);
  for (const e of entities) {
    const c = checks(e, entities);
    const t = perType.get(e.type) ?? { entries: 0, junk: 0 };
    t.entries++;
    entriesTotal++;
    if (c.length > 0) {
      t.junk++;
      junkTotal++;
      for (const k of c) perCheck.set(k, (perCheck.get(k) ?? 0) + 1);
      listed.push(`[${ev}] ${e.type} "${e.name}" (${e.mentionCount}): ${c.join(', ')}`);
    }
    perType.set(e.type, t);
  }
}
console.log(`entity junk count on ${file}: ${events} multi-article English events, ${entriesTotal} story entity entries, ${junkTotal} failing a check (${(100 * junkTotal / Math.max(1, entriesTotal)).toFixed(1)}%)`);
for (const [t, v] of [...perType].sort((a, b) => b[1].entries - a[1].entries)) console.log(`  ${t.padEnd(13)} ${String(v.entries).padStart(5)} entries  ${String(v.junk).padStart(4)} junk`);
console.log('per check:', [...perCheck].sort((a, b) => b[1] - a[1]).map(([k, n]) => `${k} ${n}`).join(', '));
if (verbose) for (const l of listed) console.log(l);
