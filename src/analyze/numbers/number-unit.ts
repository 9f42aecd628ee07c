/**
 * The unit of a number: the head noun that follows it ("250 people", "nearly two decades",
 * "two million Syrian refugees" -> people, "three-nation" -> nation), normalised
 * (decades -> years x10, people-like nouns and capitalised plural groups -> people, %).
 */

const STOP = new Set([
  'in', 'on', 'at', 'to', 'for', 'with', 'from', 'by', 'that', 'who', 'which', 'whom', 'and', 'or', 'but', 'have', 'has', 'had',
  'are', 'is', 'were', 'was', 'will', 'would', 'be', 'been', 'being', 'the', 'a', 'an', 'as', 'than', 'per', 'across', 'since',
  'into', 'over', 'under', 'after', 'before', 'during', 'while', 'where', 'when', 'it', 'its', 'their', 'they', 'he', 'she', 'this',
  'these', 'those', 'there', 'said', 'says', 'say', 'also', 'not', 'more', 'less', 'ago', 'later', 'earlier', 'each', 'apiece',
  'times', 'if', 'so', 'all', 'such', 'still', 'now', 'then', 'up', 'out', 'off', 'about', 'around', 'among', 'against', 'between',
]);
const MODIFIERS = new Set([
  'ethnic', 'other', 'additional', 'new', 'young', 'old', 'local', 'foreign', 'registered', 'confirmed', 'estimated', 'mostly',
  'possible', 'total', 'suspected', 'further', 'extra', 'more', 'fewer', 'of', 'innocent', 'armed', 'unarmed', 'small', 'large',
  'major', 'minor', 'different', 'separate', 'similar', 'full', 'whole', 'straight', 'consecutive', 'straight', 'previous', 'last', 'first',
]);
const PEOPLE = new Set([
  'people', 'persons', 'person', 'individuals', 'residents', 'citizens', 'civilians', 'men', 'women', 'children', 'adults', 'inhabitants',
  'refugees', 'migrants', 'workers', 'voters', 'members', 'victims', 'patients', 'students', 'soldiers', 'troops', 'protesters', 'passengers',
]);
const TIME_UNITS: Record<string, [string, number]> = {
  year: ['years', 1], years: ['years', 1], decade: ['years', 10], decades: ['years', 10], century: ['years', 100], centuries: ['years', 100],
  month: ['months', 1], months: ['months', 1], week: ['weeks', 1], weeks: ['weeks', 1], day: ['days', 1], days: ['days', 1],
  hour: ['hours', 1], hours: ['hours', 1], minute: ['minutes', 1], minutes: ['minutes', 1],
};
const MONEY: Record<string, string> = { dollars: 'USD', dollar: 'USD', euros: 'EUR', euro: 'EUR', pounds: 'GBP', yuan: 'CNY', yen: 'JPY', rupees: 'INR' };
const TOKEN_RE = /^[\s-]*([\p{L}](?:[\p{L}'’-]|\.(?=\p{L}))*)/u;

export interface UnitResult {
  unit: string | null;
  /** Multiply the value by this (decades -> years). */
  factor: number;
  /** The word(s) read as the unit, as printed. */
  head: string | null;
  /** Offset (in the sentence) after the unit words. */
  end: number;
}

function singular(w: string): string {
  if (w.endsWith('ies') && w.length > 4) return `${w.slice(0, -3)}y`;
  if (/(?:ss|us|is)$/.test(w)) return w;
  if (w.endsWith('s') && w.length > 3) return w.slice(0, -1);
  return w;
}

function normalise(word: string, capitalisedGroup: boolean): [string, number] {
  const w = word.toLowerCase();
  const t = TIME_UNITS[w];
  if (t) return t;
  const money = MONEY[w];
  if (money) return [money, 1];
  if (PEOPLE.has(w) || capitalisedGroup) return ['people', 1];
  return [singular(w), 1];
}

/** Reads the unit after a number ending at `end` in `sentence`. */
export function readUnit(sentence: string, end: number): UnitResult {
  let pos = end;
  let capRun: string[] = [];
  for (let step = 0; step < 5; step++) {
    const m = TOKEN_RE.exec(sentence.slice(pos));
    if (!m) break;
    const word = m[1]!.replace(/[’']+$/, '');
    const lower = word.toLowerCase();
    const next = pos + m[0].length;
    if (/^[\p{Ll}].*\p{Lu}/u.test(word)) {
      pos = next; // "ex-Soviet": a modifier
      continue;
    }
    if (/^\p{Ll}+ed$/u.test(word) && word.length > 3 && !MODIFIERS.has(lower)) break; // a verb: "1M+ detained"
    if (/^\p{Lu}/u.test(word) && !PEOPLE.has(lower) && !TIME_UNITS[lower]) {
      capRun.push(word);
      pos = next;
      continue;
    }
    if (capRun.length > 0 && (STOP.has(lower) || MODIFIERS.has(lower))) break;
    if (STOP.has(lower)) return { unit: null, factor: 1, head: null, end };
    if (MODIFIERS.has(lower)) {
      capRun = [];
      pos = next;
      continue;
    }
    // An adjective or noun modifier before the head ("eight existing radio observatories"): the
    // head is the last word of the lowercase run, up to two words on, unless a plural ends it first.
    let head = word;
    let headEnd = next;
    const hyphenated = /^-/.test(m[0]); // "three-nation summit": the count is of nations
    for (let k = 0; k < 2 && !hyphenated && !/s$/.test(head) && !PEOPLE.has(head.toLowerCase()) && !TIME_UNITS[head.toLowerCase()]; k++) {
      const n2 = /^[ ]+(\p{Ll}[\p{Ll}-]*)\b/u.exec(sentence.slice(headEnd));
      if (!n2 || STOP.has(n2[1]!) || /ed$/.test(n2[1]!)) break;
      head = n2[1]!;
      headEnd += n2[0].length;
    }
    const [unit, factor] = normalise(head, false);
    return { unit, factor, head: sentence.slice(end, headEnd).trim(), end: headEnd };
  }
  const last = capRun[capRun.length - 1];
  if (last && /s$/.test(last) && last.length > 3) return { unit: 'people', factor: 1, head: capRun.join(' '), end: pos };
  return { unit: null, factor: 1, head: null, end };
}
