/**
 * Bounds on the year an article or story is about. A dated article is about its publication
 * year; an undated one is about the latest year it names or later (news names past years as
 * background, rarely the future): "at least". Two sides whose bounds cannot meet (a story dated
 * 2017 and an undated report naming 2022) are likely similar events in different years (an
 * election and the next one, two product launches a year apart).
 */

export interface YearBounds {
  /** The event is in this year or later; null when unknown. */
  low: number | null;
  /** The event is in this year or earlier; null when unknown. */
  high: number | null;
}

/** Bounds of one article from the years its text names and its publication year. */
export function articleYearBounds(textYears: readonly number[], publishedYear: number | null, titleYears: readonly number[] = []): YearBounds {
  if (publishedYear !== null) return { low: publishedYear, high: publishedYear };
  let low: number | null = null;
  for (const y of textYears) if (low === null || y > low) low = y;
  // A headline names the year of its event ("Elections 2017: the results"), or an earlier one:
  // the latest year of the title bounds an undated article from above, unless the text names a later one.
  let high: number | null = null;
  for (const y of titleYears) if (high === null || y > high) high = y;
  if (high !== null && low !== null && low > high) high = null;
  return { low, high };
}

const TITLE_YEAR_RE = /(?<!\p{N})(?:19|20)\d\d(?!\p{N})/gu;

/** The years (1900-2099) a title names. */
export function titleYears(title: string | null): number[] {
  return title === null ? [] : [...title.matchAll(TITLE_YEAR_RE)].map((m) => Number(m[0]));
}

/**
 * A story's lower bound: the most common of its members' lower bounds (ties: the lower), so one
 * member naming a future year cannot move the story.
 */
export function storyYearLow(lows: Readonly<Record<string, number>>): number | null {
  let best: number | null = null;
  let n = 0;
  for (const [k, c] of Object.entries(lows)) {
    const y = Number(k);
    if (c > n || (c === n && best !== null && y < best)) { best = y; n = c; }
  }
  return best;
}

/** An undated story's upper bound: the most common of its members' (ties: the higher), or null. */
export function storyYearHigh(highs: Readonly<Record<string, number>>): number | null {
  let best: number | null = null;
  let n = 0;
  for (const [k, c] of Object.entries(highs)) {
    const y = Number(k);
    if (c > n || (c === n && best !== null && y > best)) { best = y; n = c; }
  }
  return best;
}

/** The year of a day number (days since 1970-01-01), or null. */
export function yearOfDay(day: number | null): number | null {
  return day === null ? null : new Date(day * 86_400_000).getUTCFullYear();
}

/** Whether two bounds cannot meet. */
export function yearsConflict(a: YearBounds, b: YearBounds): boolean {
  return (a.low !== null && b.high !== null && a.low > b.high) || (b.low !== null && a.high !== null && b.low > a.high);
}
