import type { Candidate } from './candidate-finder.js';
import { isKnownPlace, type Lexicon } from './lexicon.js';
import type { Token } from './name-tokenizer.js';
import { CALENDAR, ORG_HEADS } from './word-lists.js';

/**
 * Numbers that are part of a name: a short number after a one- or two-word name ("Pioneer 10",
 * "Section 8", "No 7", "Windows 10"), and a number before an organisation after "the"
 * ("the 1866 Committee") or before a street ("12 Elm Street"). The candidate finder cuts
 * runs at every word without a capital, which drops the digit and leaves "No" or "Committee".
 * Not joined: a number after a place (a score, "Peru 4"), a month ("June 2015"), or one that
 * counts something ("Pioneer 10 engineers" is joined, "Parliament 300 votes" is not).
 */

const SHORT_NUMBER_RE = /^\d{1,3}$/;
const LEADING_NUMBER_RE = /^\d{1,4}$/;
// Nouns a number counts or measures: after them the number is a quantity, not part of a name.
const QUANTITY_WORDS = new Set(`
  people persons years year days day weeks week months month hours hour minutes minute seconds times points
  goals votes seats percent per cent million billion thousand hundred miles mile km kilometres kilometers
  metres meters feet mph kph dead killed injured others of to - \u2013 \u2014 / : %
`.split(/\s+/).filter(Boolean));
const STREET_HEADS = new Set(['street', 'road', 'avenue', 'lane', 'drive', 'boulevard', 'place', 'square', 'st', 'rd', 'ave']);

export function extendWithNumbers(tokens: Token[], candidates: Candidate[], lex: Lexicon): Candidate[] {
  const out: Candidate[] = [];
  for (let i = 0; i < candidates.length; i++) {
    const c = candidates[i]!;
    out.push(c);
    const last = tokens[c.to - 1]!;
    const num = tokens[c.to];
    const after = tokens[c.to + 1];
    if (num && SHORT_NUMBER_RE.test(num.text) && c.to - c.from <= 2 && num.start - last.end <= 1
      && !isKnownPlace(lex, last.lower) && !CALENDAR.has(last.lower) && !lex.nationalities.has(last.lower)
      && !(after && (QUANTITY_WORDS.has(after.lower) || /^\d/.test(after.text)))) {
      c.to++;
      // "xPad 8 Plus", "Model S9 Edge": one word right after the number ends the same name.
      const nextC = candidates[i + 1];
      if (nextC && nextC.from === c.to && nextC.to - nextC.from === 1 && !nextC.titled && !lex.firstNames.has(tokens[nextC.from]!.lower)
        && !isKnownPlace(lex, tokens[nextC.from]!.lower)) {
        c.to = nextC.to;
        i++;
      }
    }
    const before = tokens[c.from - 1];
    const head = tokens[c.to - 1]!.lower;
    if (before && LEADING_NUMBER_RE.test(before.text) && !c.titled) {
      const the = tokens[c.from - 2]?.lower === 'the';
      if ((the && ORG_HEADS.has(head)) || (STREET_HEADS.has(head) && c.to - c.from >= 2)) {
        c.from--;
        c.initial = c.initial && c.from === 0;
      }
    }
  }
  return out;
}
