/**
 * Dateline at the start of a story: "OSLO (REUTERS, AFP) -", "WASHINGTON (AP) —",
 * "LONDON, Mar 6 (Reuters) -", "PARIS: ", "Paris (AFP) -", "AUSTIN, Texas (AP) —".
 * Hand-written: no library parses datelines.
 */
import type { Dateline } from '../model/article.js';
import { normalizeAgency, splitNames } from './agency-names.js';

const CAPS_PLACE = String.raw`[A-Z][A-Z'’.\-]*(?:[ /-][A-Z][A-Z'’.\-]*){0,4}(?:,\s[A-Z][a-z]+\.?(?:\s[A-Z][a-z]+\.?)?)?`;
const TITLE_PLACE = String.raw`[A-Z][\p{Ll}'’.\-]+(?:[ -][A-Z][\p{Ll}'’.\-]+){0,3}(?:,\s[A-Z][\p{Ll}]+\.?)?`;
const MONTH = String.raw`(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?`;
// Month names in any language ("Mar 6", "18 dic", "6 mars"): the digits carry the signal.
const MONTH_ANY = String.raw`\p{L}{3,10}\.?`;
const DATE = String.raw`(?:,?\s(?:${MONTH}\s\d{1,2}|\d{1,2}\s${MONTH_ANY}|${MONTH_ANY}\s\d{1,2})(?:,?\s\d{4})?)`;
const PAREN = String.raw`\s*\((?<paren>[^()\n]{1,60})\)`;
const SEP = String.raw`\s*(?:--?|—|–|:)\s+`;

const WITH_PAREN = new RegExp(String.raw`^(?<place>${CAPS_PLACE}|${TITLE_PLACE})(?<date>${DATE})?${PAREN}(?<date2>${DATE})?${SEP}`, 'u');
const CAPS_ONLY = new RegExp(String.raw`^(?<place>${CAPS_PLACE})(?<date>${DATE})?${SEP}`, 'u');
/** Words that start a line in capitals followed by a colon or dash but are not places. */
const NOT_PLACES = /^(?:UPDATE|UPDATED|WATCH|BREAKING|BREAKING NEWS|EXCLUSIVE|LIVE|PHOTOS?|VIDEO|OPINION|ANALYSIS|EDITORIAL|COMMENT|NOTE|EDITOR'S NOTE|CORRECTION|FILE|READ|ALSO READ|READ MORE|RELATED|WARNING|ALERT|FACT CHECK|URGENT|FLASH|NEW|TOPSHOT|TOP SHOT|FILE PHOTO|PHOTO|Q|A|I|OK|FAQ|TV|US|UK|EU|UN)$/;

export interface DatelineMatch {
  dateline: Dateline;
  /** Length of the dateline prefix in the line, separator included. */
  length: number;
}

/** Parses a dateline at the start of the first paragraph, or returns null. */
export function parseDateline(line: string): DatelineMatch | null {
  let m = WITH_PAREN.exec(line);
  let agencies: string[] = [];
  if (m) {
    const names = splitNames(m.groups!['paren']!);
    agencies = [...new Set(names.map(normalizeAgency).filter((a): a is string => a !== null && a !== 'agencies'))];
    const place = m.groups!['place']!;
    const caps = place === place.toUpperCase();
    // A title-case place needs a wire agency in brackets to be told from an ordinary sentence start.
    if (!caps && agencies.length === 0) m = null;
  }
  if (!m) {
    m = CAPS_ONLY.exec(line);
    agencies = [];
    if (!m) return null;
  }
  const place = m.groups!['place']!.trim();
  if (NOT_PLACES.test(place.toUpperCase()) || place.replace(/[^A-Za-z]/g, '').length < 2) return null;
  // The rest of the line must go on as prose (lower-case letters soon), not end or keep shouting.
  if (!/\p{Ll}/u.test(line.slice(m[0].length, m[0].length + 30))) return null;
  return { dateline: { place, agencies, text: m[0].trim() }, length: m[0].length };
}
