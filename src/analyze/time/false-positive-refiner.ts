import type { Candidate, CandidateRefiner } from './candidate.js';

/**
 * Drops candidates that look like time words but are not: "May" the name or the modal,
 * "March" the verb, "Sunday Times" the newspaper, "sat" the verb, "Wed." in lowercase, "C5+1".
 * Rules: a month named alone (no day, no year) must be capitalised and follow a word that
 * introduces a time ("in", "since", "last", "early" ...); a weekday must be capitalised and not
 * begin a proper name (followed by a capitalised word that is not a month or part of the day).
 */

const MONTH_CONTEXT_BEFORE = /\b(?:in|since|until|till|by|from|to|through|during|before|after|of|on|between|and|or|early|late|mid|last|next|this|that|end\s+of|start\s+of|beginning\s+of|middle\s+of|as\s+of|until\s+late|since\s+early)[\s-]+$/i;
const DATE_CONTEXT_BEFORE = /\b(?:on|since|until|till|by|before|after|from|late|early|last|next|this|that)\s+$/i;
const TITLE_BEFORE = /\b(?:Sergeant|Sgt\.?|Detective|Det\.?|Officer|Agent|Captain|Capt\.?|Mr\.?|Mrs\.?|Ms\.?|Dr\.?|Man|Girl|Joe|Saint|St\.?)\s+$/;
const CAPITALISED = /^\p{Lu}/u;
const PROPER_AFTER = /^(?:'s)?[ \t]+(?!(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|Morning|Afternoon|Evening|Night|And|Or|But|In|On|At|The|A|As|After|Before|When|While)\b)\p{Lu}\p{Ll}/u;
const WEEKDAY_ABBR = /^(?:sun|mon|tues?|wed|thu|thurs?|fri|sat)\.?$/i;
const WEEKDAY_WORD = /(sunday|monday|tuesday|wednesday|thursday|friday|saturday|sun|mon|tues?|wed|thu|thurs?|fri|sat)\.?(?:'s)?(?:,?\s+\w+)?$/i;

function keepMonthAlone(c: Candidate, text: string): boolean {
  if (!CAPITALISED.test(c.text)) return false;
  const before = text.slice(Math.max(0, c.start - 24), c.start);
  if (MONTH_CONTEXT_BEFORE.test(before)) return true;
  // a month heading a clause of its own: "June was the hottest month" is rare; reject the rest
  return false;
}

function keepWeekday(c: Candidate, text: string): boolean {
  const m = WEEKDAY_WORD.exec(c.text);
  const word = m ? m[1]! : c.text;
  const wordStart = c.text.toLowerCase().lastIndexOf(word.toLowerCase());
  const w = c.text.slice(wordStart, wordStart + word.length);
  if (!CAPITALISED.test(w)) return false;
  if (WEEKDAY_ABBR.test(w) && !/^\s*,?\s*(?:\(|\d|Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)/.test(text.slice(c.end, c.end + 6))) {
    // abbreviations only next to a date: "Sun., Mar. 7" not "Sun" the newspaper
    if (!/\.$/.test(w)) return false;
  }
  if (c.spec.kind === 'weekday' && (c.spec.part !== undefined || c.spec.shift !== undefined)) return true;
  if (DATE_CONTEXT_BEFORE.test(text.slice(Math.max(0, c.start - 12), c.start))) return true;
  if (PROPER_AFTER.test(text.slice(c.end, c.end + 30))) return false;
  // "Sergeant Friday", "Man Friday": a title or name word right before makes it a name
  if (TITLE_BEFORE.test(text.slice(Math.max(0, c.start - 16), c.start))) return false;
  return true;
}

export const falsePositiveRefiner: CandidateRefiner = (cands, { text }) =>
  cands.filter((c) => {
    const s = c.spec;
    if (s.kind === 'calendar' && s.month !== undefined && s.day === undefined && s.year === undefined && s.hour === undefined) {
      return keepMonthAlone(c, text);
    }
    if (s.kind === 'weekday') return keepWeekday(c, text);
    if (s.kind === 'month-offset' || (s.kind === 'calendar' && c.source === 'month-offset')) return true;
    if (c.source === 'chrono' && /[+]\d|\d[+]/.test(text.slice(Math.max(0, c.start - 2), c.end + 2))) return false;
    return true;
  });
