/**
 * Candidate numbers of one sentence: digits (with thousands separators, decimals, a scale word or
 * letter, a trailing "+" or "%") and runs of number words. Dates, years, times, ordinals and
 * numbers glued to letters (COVID-19, C5+1, handles, URLs) are dropped here: they are not quantities.
 */
import { NUMBER_WORD_SOURCE, digitValue, wordsValue } from './number-words.js';

export interface NumberCandidate {
  /** Offsets into the sentence text. */
  start: number;
  end: number;
  text: string;
  value: number;
  /** A trailing "+" ("1M+"). */
  plus: boolean;
  percent: boolean;
  currency: string | null;
}

const W = NUMBER_WORD_SOURCE;
// Digits: 12,500 | 4.2 | 2 ; then an optional scale word or glued letter scale; then + and %.
const CANDIDATE_RE = new RegExp(
  String.raw`(?<![\p{L}\p{N}.,/@#_:+])(?<!\p{L}-)(?<!\d{4}-)(?<!\d{4}-\d\d-)(?:` +
    String.raw`(\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)(?:[\s-]?(hundred|thousand|million|billion|trillion)\b|(k|m|mn|bn|tn)(?![\p{L}\p{N}]))?(\+)?(\s*%|\s+per\s?cent\b)?(?![\p{L}\p{N}]|[.,]\d|:\d)` +
    String.raw`|((?:(?:a|an)\s+(?=(?:hundred|thousand|million|billion|trillion|dozen)\b))?(?:${W}|dozen)(?:[\s-]+(?:${W}|dozen))*)\b(?![\p{L}'])` +
    ')',
  'giu',
);

const MONTH = '(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)';
const MONTH_BEFORE_RE = new RegExp(String.raw`\b${MONTH}\.?\s+$`, 'i');
const MONTH_AFTER_RE = new RegExp(String.raw`^(?:\s+of)?\s+${MONTH}\b`, 'i');
const YEAR_CONTEXT_RE = /\b(?:in|since|by|from|of|until|till|to|before|after|during|early|late|mid|year|summer|winter|spring|autumn|fall|the)\s+$/i;
const TIME_AFTER_RE = /^\s*(?:a\.?m\.?|p\.?m\.?|gmt|utc|bst|cet|est|edt|pst|hrs\b|o'clock)/i;
const ORDINAL_AFTER_RE = /^(?:st|nd|rd|th)\b/i;
const CURRENCY_BEFORE_RE = /([$€£])\s?$/;
const CURRENCIES: Record<string, string> = { $: 'USD', '€': 'EUR', '£': 'GBP' };
const RANGE_START_RE = /^\s*(?:and|to|-|–|or)\s*(?:\d|two|three|four|five|six|seven|eight|nine|ten|twenty|hundred|thousand|million|billion)/i;
const LABEL_BEFORE_RE = /(\p{Lu}[\p{L}]*)\.?\s$/u;
const NOT_LABEL = new Set(['about', 'over', 'more', 'nearly', 'some', 'around', 'almost', 'up', 'at', 'than', 'just', 'roughly', 'only', 'under', 'approximately', 'estimated', 'exactly', 'fewer', 'less', 'between', 'from', 'to', 'and', 'the', 'all', 'another', 'only', 'top', 'past', 'last', 'next', 'first', 'in', 'on', 'by', 'with', 'for', 'of', 'as', 'its', 'their', 'his', 'her', 'our', 'these', 'those', 'us', 'u.s', 'uk']);
const COUNT_NOUN_AFTER_RE = /^\s+[a-z]+s\b/;

function isDateOrTime(sentence: string, start: number, end: number, digits: string | undefined, hasScale: boolean): boolean {
  if (digits === undefined || hasScale) return false;
  const before = sentence.slice(Math.max(0, start - 16), start);
  const after = sentence.slice(end, end + 16);
  if (ORDINAL_AFTER_RE.test(after) || TIME_AFTER_RE.test(after)) return true;
  const n = Number(digits);
  if (!digits.includes(',') && !digits.includes('.') && n >= 1 && n <= 31 && (MONTH_BEFORE_RE.test(before) || MONTH_AFTER_RE.test(after))) return true;
  if (/^\d{4}$/.test(digits) && n >= 1000 && n <= 2199) {
    // A bare four-digit number is a year unless it plainly counts something ("2000 people").
    if (MONTH_BEFORE_RE.test(before) || YEAR_CONTEXT_RE.test(before)) return true;
    return !COUNT_NOUN_AFTER_RE.test(after);
  }
  return false;
}

/** Finds quantity candidates in one sentence. */
export function findNumberCandidates(sentence: string): NumberCandidate[] {
  const out: NumberCandidate[] = [];
  CANDIDATE_RE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = CANDIDATE_RE.exec(sentence)) !== null) {
    const start = m.index;
    const end = start + m[0].length;
    const [, digits, scaleWord, scaleLetter, plus, pct, words] = m;
    let value: number | null;
    if (digits !== undefined) {
      // A glued single "m" after a small integer with no other sign is ambiguous (metres): keep only with "+".
      if (scaleLetter?.toLowerCase() === 'm' && !plus) continue;
      if (isDateOrTime(sentence, start, end, digits, scaleWord !== undefined || scaleLetter !== undefined)) continue;
      // A capitalised word right before a number makes it a label: "Category 4", "Article 50", "Apollo 11".
      const prev = LABEL_BEFORE_RE.exec(sentence.slice(Math.max(0, start - 30), start));
      if (prev && start - prev[0].length > 0 && !NOT_LABEL.has(prev[1]!.toLowerCase())) continue;
      value = digitValue(digits, scaleWord ?? scaleLetter);
    } else {
      const parts = (words ?? '').split(/[\s-]+/);
      value = wordsValue(parts);
      // A lone "one" is mostly a pronoun or determiner ("one of them"), not a quantity.
      if (parts.length === 1 && /^one$/i.test(parts[0]!) && !RANGE_START_RE.test(sentence.slice(end, end + 24))) continue;
    }
    if (value === null || !Number.isFinite(value)) continue;
    const cur = CURRENCY_BEFORE_RE.exec(sentence.slice(Math.max(0, start - 3), start));
    const s0 = cur ? start - cur[0].length : start;
    out.push({
      start: s0,
      end,
      text: sentence.slice(s0, end),
      value,
      plus: plus !== undefined,
      percent: pct !== undefined,
      currency: cur ? CURRENCIES[cur[1]!] ?? null : null,
    });
  }
  return out;
}
