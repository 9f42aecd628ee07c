/**
 * Calendar words in the languages most common in news (folded: lower case, no accents), to read
 * date evidence out of a text: weekdays ("on Monday"), and day-month pairs ("Sept. 19",
 * "19 septembre"). Two reports of one happening name the same days; two similar happenings
 * (a vote and the next vote, a death and the funeral) name different ones.
 */

import { numberKey } from './number-key.js';
import { foldWord } from './match-tokenizer.js';

const WEEKDAYS: string[][] = [
  ['monday', 'lundi', 'lunes', 'montag', 'lunedi', 'maandag'],
  ['tuesday', 'mardi', 'martes', 'dienstag', 'martedi', 'dinsdag'],
  ['wednesday', 'mercredi', 'miercoles', 'mittwoch', 'mercoledi', 'woensdag'],
  ['thursday', 'jeudi', 'jueves', 'donnerstag', 'giovedi', 'donderdag'],
  ['friday', 'vendredi', 'viernes', 'freitag', 'venerdi', 'vrijdag'],
  ['saturday', 'samedi', 'sabado', 'samstag', 'sabato', 'zaterdag'],
  ['sunday', 'dimanche', 'domingo', 'sonntag', 'domenica', 'zondag'],
];

const MONTHS: string[][] = [
  ['january', 'jan', 'janvier', 'enero', 'januar', 'gennaio', 'janeiro', 'januari'],
  ['february', 'feb', 'fevrier', 'febrero', 'februar', 'febbraio', 'fevereiro', 'februari'],
  ['march', 'mar', 'mars', 'marzo', 'marz', 'marco', 'maart'],
  ['april', 'apr', 'avril', 'abril', 'aprile'],
  ['may', 'mai', 'mayo', 'maggio', 'maio', 'mei'],
  ['june', 'jun', 'juin', 'junio', 'juni', 'giugno', 'junho'],
  ['july', 'jul', 'juillet', 'julio', 'juli', 'luglio', 'julho'],
  ['august', 'aug', 'aout', 'agosto', 'augustus'],
  ['september', 'sep', 'sept', 'septembre', 'septiembre', 'settembre', 'setembro'],
  ['october', 'oct', 'octobre', 'octubre', 'oktober', 'ottobre', 'outubro'],
  ['november', 'nov', 'novembre', 'noviembre', 'novembro'],
  ['december', 'dec', 'decembre', 'diciembre', 'dezember', 'dicembre', 'dezembro'],
];

// Languages whose weekday and month names come from the runtime's ICU data (Intl), in the
// Gregorian calendar: news in these languages names its days too. Names of one word only.
const ICU_LOCALES = [
  'ar', 'bg', 'bn', 'ca', 'cs', 'da', 'de', 'el', 'es', 'et', 'fa', 'fi', 'fr', 'he', 'hi', 'hr', 'hu', 'id', 'is', 'it',
  'ka', 'lt', 'lv', 'mk', 'ms', 'nb', 'nl', 'pl', 'pt', 'ro', 'ru', 'sk', 'sl', 'sq', 'sr', 'sv', 'sw', 'ta', 'th', 'tr',
  'uk', 'ur', 'vi',
];
const ONE_WORD_RE = /^\p{L}{4,}$/u;
const ARABIC_ARTICLE_RE = /^ال(?=\p{L}{3})/u;

/** Weekday (1 Monday .. 7) and month (1..12) names of the ICU locales, in their one-word forms. */
function icuNames(): { weekdays: string[][]; months: string[][] } {
  const weekdays: string[][] = Array.from({ length: 7 }, () => []);
  const months: string[][] = Array.from({ length: 12 }, () => []);
  const add = (into: string[], name: string): void => {
    const f = foldWord(name.replace(/[.,]/g, '').trim());
    if (!ONE_WORD_RE.test(f)) return;
    into.push(f);
    const bare = f.replace(ARABIC_ARTICLE_RE, '');
    if (bare !== f) into.push(bare);
  };
  for (const loc of ICU_LOCALES) {
    let lf: Intl.DateTimeFormat;
    try { lf = new Intl.DateTimeFormat(`${loc}-u-ca-gregory`, { weekday: 'long', timeZone: 'UTC' }); } catch { continue; }
    const mf = new Intl.DateTimeFormat(`${loc}-u-ca-gregory`, { month: 'long', timeZone: 'UTC' });
    const df = new Intl.DateTimeFormat(`${loc}-u-ca-gregory`, { month: 'long', day: 'numeric', timeZone: 'UTC' });
    // 2024-01-01 was a Monday.
    for (let d = 0; d < 7; d++) add(weekdays[d]!, lf.format(new Date(Date.UTC(2024, 0, 1 + d))));
    for (let m = 0; m < 12; m++) {
      const date = new Date(Date.UTC(2024, m, 5));
      add(months[m]!, mf.format(date));
      // The form used with a day: genitive in Slavic and Greek ("5 сентября").
      for (const part of df.formatToParts(date)) if (part.type === 'month') add(months[m]!, part.value);
    }
  }
  return { weekdays, months };
}

function index(groups: string[][], more: string[][]): Map<string, number> {
  const m = new Map<string, number>();
  groups.forEach((g, i) => { for (const w of g) m.set(w, i + 1); });
  // Hand-listed names first: an ICU name that is another month's name elsewhere does not move it.
  more.forEach((g, i) => { for (const w of g) if (!m.has(w)) m.set(w, i + 1); });
  return m;
}

const ICU = icuNames();
export const WEEKDAY_OF: ReadonlyMap<string, number> = index(WEEKDAYS, ICU.weekdays);
export const MONTH_OF: ReadonlyMap<string, number> = index(MONTHS, ICU.months);

const DAY_RE = /^(\d{1,2})(?:st|nd|rd|th|er|e)?$/;

/** Day of month from a token ("19", "19th", "1er", "١٩"), or null. */
export function dayNumber(norm: string): number | null {
  const m = DAY_RE.exec(numberKey(norm));
  if (!m) return null;
  const d = Number(m[1]);
  return d >= 1 && d <= 31 ? d : null;
}

/** Date-evidence keys of a folded token sequence: weekdays and month-day pairs. */
export function calendarKeys(norms: readonly string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < norms.length; i++) {
    const w = norms[i]!;
    const wd = WEEKDAY_OF.get(w);
    if (wd !== undefined) { out.push(`d:wd${wd}`); continue; }
    const mo = MONTH_OF.get(w);
    if (mo === undefined) continue;
    // "Sept 19" / "19 septembre" / "19 de septiembre"
    const after = norms[i + 1] !== undefined ? dayNumber(norms[i + 1]!) : null;
    const before = norms[i - 1] !== undefined ? dayNumber(norms[i - 1]!) : null;
    const beforeDe = norms[i - 1] === 'de' && norms[i - 2] !== undefined ? dayNumber(norms[i - 2]!) : null;
    const d = after ?? before ?? beforeDe;
    if (d !== null) out.push(`d:${mo}-${d}`);
  }
  return out;
}

const YEAR_TOKEN_RE = /^(?:19|20)\d\d$/;

const TWO_DIGITS_RE = /^\d\d$/;

/** An ISO date split into tokens at its hyphens ("2019", "03", "12"), as a day; else null. */
function isoDayAt(norms: readonly string[], i: number): number | null {
  if (!YEAR_TOKEN_RE.test(norms[i]!) || !TWO_DIGITS_RE.test(norms[i + 1] ?? '') || !TWO_DIGITS_RE.test(norms[i + 2] ?? '')) return null;
  const mo = Number(norms[i + 1]);
  const d = Number(norms[i + 2]);
  if (mo < 1 || mo > 12 || d < 1 || d > 31) return null;
  return Math.floor(Date.UTC(Number(norms[i]), mo - 1, d) / 86_400_000);
}

/**
 * Explicit full dates named in a folded token sequence ("March 12, 2019", "12 mars 2019",
 * "12 de marzo de 2019", "2019-03-12"), as days since 1970-01-01, in text order.
 */
export function explicitDays(norms: readonly string[]): number[] {
  const out: number[] = [];
  for (let i = 0; i < norms.length; i++) {
    const iso = isoDayAt(norms, i);
    if (iso !== null) { out.push(iso); i += 2; continue; }
    const mo = MONTH_OF.get(norms[i]!);
    if (mo === undefined) continue;
    let d: number | null = null;
    let y: string | undefined;
    const after = norms[i + 1] !== undefined ? dayNumber(norms[i + 1]!) : null;
    if (after !== null && YEAR_TOKEN_RE.test(norms[i + 2] ?? '')) { d = after; y = norms[i + 2]; }
    else {
      const before = norms[i - 1] !== undefined ? dayNumber(norms[i - 1]!) : null;
      const beforeDe = norms[i - 1] === 'de' && norms[i - 2] !== undefined ? dayNumber(norms[i - 2]!) : null;
      const yAt = norms[i + 1] === 'de' ? i + 2 : i + 1;
      if ((before ?? beforeDe) !== null && YEAR_TOKEN_RE.test(norms[yAt] ?? '')) { d = before ?? beforeDe; y = norms[yAt]; }
    }
    if (d === null || y === undefined) continue;
    const t = Date.UTC(Number(y), mo - 1, d);
    out.push(Math.floor(t / 86_400_000));
  }
  return out;
}

