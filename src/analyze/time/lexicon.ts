/** Word lists shared by the time parsers (English). */

export const MONTHS: Record<string, number> = {
  january: 1, jan: 1, february: 2, feb: 2, march: 3, mar: 3, april: 4, apr: 4, may: 5, june: 6, jun: 6,
  july: 7, jul: 7, august: 8, aug: 8, september: 9, sep: 9, sept: 9, october: 10, oct: 10, november: 11, nov: 11,
  december: 12, dec: 12,
};

export const WEEKDAYS: Record<string, number> = {
  sunday: 0, sun: 0, monday: 1, mon: 1, tuesday: 2, tue: 2, tues: 2, wednesday: 3, wed: 3, thursday: 4, thu: 4, thur: 4, thurs: 4,
  friday: 5, fri: 5, saturday: 6, sat: 6,
};

export const NUMBER_WORDS: Record<string, number> = {
  a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12,
  thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19, twenty: 20, thirty: 30,
  forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90, hundred: 100, half: 0.5, dozen: 12,
};

/** Vague quantities: the TIMEX3 value gets an X ("several days" = PXD). */
export const VAGUE_QUANTITIES = new Set(['several', 'few', 'many', 'some', 'a few', 'numerous', 'couple of', 'a couple of']);

export const PARTS_OF_DAY: Record<string, 'MO' | 'AF' | 'EV' | 'NI' | 'DT'> = {
  morning: 'MO', afternoon: 'AF', evening: 'EV', night: 'NI', overnight: 'NI', daytime: 'DT',
};

export const ORDINALS: Record<string, number> = {
  first: 1, second: 2, third: 3, fourth: 4, '1st': 1, '2nd': 2, '3rd': 3, '4th': 4,
};

/** Regex source for a number written in digits or words ("30", "thirty", "two", "a"). */
export const NUMBER_RE_SRC =
  '\\d+(?:\\.\\d+)?|(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[- ](?:one|two|three|four|five|six|seven|eight|nine))?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|hundred|a dozen|dozen|a couple of|couple of|a few|few|several|many|some|numerous|an?|half an?';

/** Parses a number matched by NUMBER_RE_SRC; null for vague quantities. */
export function parseNumber(s: string): number | null {
  const w = s.toLowerCase().trim();
  if (/^\d/.test(w)) return Number(w);
  if (VAGUE_QUANTITIES.has(w)) return null;
  if (w === 'a dozen') return 12;
  if (w.startsWith('half')) return 0.5;
  const parts = w.split(/[- ]/);
  let n = 0;
  for (const p of parts) {
    const v = NUMBER_WORDS[p];
    if (v === undefined) return null;
    n += v;
  }
  return n;
}
