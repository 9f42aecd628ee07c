/**
 * Canonical subject keys for number alignment: verbs of news counts grouped by meaning
 * (detained = held = incarcerated = jailed; killed = died = dead), other verbs by Porter stem,
 * event nouns as units (deaths -> killed, cases -> infected). General news vocabulary only.
 */
import { stemWord } from './content-words.js';

const GROUPS: [string, string[]][] = [
  ['detained', ['detain', 'held', 'hold', 'incarcer', 'imprison', 'jail', 'intern', 'arrest', 'lock', 'captur', 'abduct', 'kidnap']],
  ['killed', ['kill', 'die', 'di', 'dead', 'death', 'slain', 'murder', 'fatal', 'perish']],
  ['infected', ['infect', 'case', 'contract', 'test']],
  ['injured', ['injur', 'wound', 'hurt']],
  ['hospitalised', ['hospitalis', 'hospitaliz', 'admit']],
  ['evacuated', ['evacu']],
  ['displaced', ['displac', 'flee', 'fled', 'uproot']],
  ['missing', ['miss']],
];
const BY_STEM = new Map<string, string>();
for (const [key, stems] of GROUPS) for (const s of stems) BY_STEM.set(s, key);

/** Event nouns used as units imply the subject ("40 deaths" = 40 killed). */
const EVENT_UNITS = new Map<string, string>([['death', 'killed'], ['fatality', 'killed'], ['casualty', 'killed'], ['case', 'infected'], ['infection', 'infected'], ['arrest', 'detained'], ['injury', 'injured']]);

/** Canonical key of a verb subject, or of a population/age subject (kept whole). */
export function subjectKey(subject: string | null, unit: string | null): string | null {
  if (subject === null) return unit !== null ? EVENT_UNITS.get(unit) ?? null : null;
  if (subject === 'age') return null; // an age with no person named cannot be aligned
  if (subject.startsWith('population') || subject.startsWith('age')) return subject;
  const stem = stemWord(subject.toLowerCase());
  return BY_STEM.get(stem) ?? stem;
}

/** Unit shown for a key: "people" for the event-noun units, else the unit itself. */
export function displayUnit(unit: string | null, key: string | null): string | null {
  if (unit !== null && key !== null && EVENT_UNITS.get(unit) === key) return 'people';
  return unit;
}
