/**
 * extractNumbers(text, sentences): every quantity of an article, normalised to value / high /
 * unit / qualifier / subject, with its span. Stages in order: candidates (digits and words,
 * dates and years dropped) -> qualifiers -> ranges (need qualifiers to know "between") ->
 * unit (head noun after) -> subject (clause verb, population, age).
 */
import type { NumberMention } from '../../model/claim.js';
import type { Sentence } from '../../model/text.js';
import { findNumberCandidates } from './number-candidates.js';
import { mergeRanges, qualify } from './number-qualifier.js';
import { readSubject } from './number-subject.js';
import { readUnit } from './number-unit.js';

/** Bare vague plurals and tiny words are not worth carrying as claims. */
const SKIP_TEXT_RE = /^(?:hundreds|thousands|millions|billions|dozens)$/i;

export function extractNumbers(text: string, sentences: Sentence[]): NumberMention[] {
  const out: NumberMention[] = [];
  for (const s of sentences) {
    const st = s.text;
    if (!/[0-9]|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|thousand|million|billion|dozen)\b/i.test(st)) continue;
    const items = mergeRanges(st, findNumberCandidates(st).map((c) => qualify(st, c)));
    for (const c of items) {
      if (SKIP_TEXT_RE.test(c.text)) continue;
      let unit: string | null = c.percent ? 'percent' : c.currency;
      let factor = 1;
      let unitEnd = c.end;
      if (unit === null) {
        const u = readUnit(st, c.end);
        unit = u.unit;
        factor = u.factor;
        unitEnd = u.end;
      }
      const subj = readSubject(st, c.start, c.end, unitEnd, c.value, unit !== null, unit === 'people');
      if (unit === null && subj.unit) unit = subj.unit;
      const m: NumberMention = {
        start: s.start + c.start,
        end: s.start + c.end,
        text: c.text,
        phrase: st.slice(c.phraseStart, Math.max(c.end, unitEnd)).trim(),
        value: c.value * factor,
        qualifier: c.qualifier,
        unit,
        subject: subj.subject,
        sentence: s.index,
      };
      if (c.high !== undefined) m.high = c.high * factor;
      out.push(m);
    }
  }
  return out;
}
