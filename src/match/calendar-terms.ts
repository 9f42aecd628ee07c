/**
 * Calendar words in the languages most common in news (folded: lower case, no accents), to read
 * date evidence out of a text: weekdays ("on Monday"), and day-month pairs ("Sept. 19",
 * "19 septembre"). Two reports of one happening name the same days; two similar happenings
 * (a vote and the next vote, a death and the funeral) name different ones.
 */

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

function index(groups: string[][]): Map<string, number> {
  const m = new Map<string, number>();
  groups.forEach((g, i) => { for (const w of g) m.set(w, i + 1); });
  return m;
}

export const WEEKDAY_OF: ReadonlyMap<string, number> = index(WEEKDAYS);
export const MONTH_OF: ReadonlyMap<string, number> = index(MONTHS);

const DAY_RE = /^(\d{1,2})(?:st|nd|rd|th|er|e)?$/;

/** Day of month from a token ("19", "19th", "1er"), or null. */
export function dayNumber(norm: string): number | null {
  const m = DAY_RE.exec(norm);
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

/**
 * Explicit full dates named in a folded token sequence ("March 12, 2019", "12 mars 2019",
 * "12 de marzo de 2019"), as days since 1970-01-01, in text order.
 */
export function explicitDays(norms: readonly string[]): number[] {
  const out: number[] = [];
  for (let i = 0; i < norms.length; i++) {
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
