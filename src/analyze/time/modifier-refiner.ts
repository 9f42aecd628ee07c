import type { CandidateRefiner } from './candidate.js';

/**
 * Widens a date to the modifier written before it and records the TIMEX3 mod: "early December"
 * (START), "late last July" (END), "mid-March" (MID), "the end of 2012" (END). TimeML puts these
 * modifiers inside the span. Runs before the overlap refiner so the widened span competes.
 */

const MOD_BEFORE = /(?:^|[^\w-])((early|late|mid|the\s+end\s+of|the\s+start\s+of|the\s+beginning\s+of|the\s+middle\s+of)[\s-]+)$/i;
const MODS: Record<string, string> = { early: 'START', late: 'END', mid: 'MID' };

export const modifierRefiner: CandidateRefiner = (cands, { text }) => {
  for (const c of cands) {
    if (c.mod || c.spec.kind === 'literal' && c.spec.type !== 'date') continue;
    if (c.spec.kind === 'weekday' || c.spec.kind === 'day-offset' || c.spec.kind === 'ago') continue;
    const m = MOD_BEFORE.exec(text.slice(Math.max(0, c.start - 24), c.start));
    if (!m) continue;
    const w = m[2]!.toLowerCase();
    c.mod = MODS[w] ?? (w.includes('end') ? 'END' : w.includes('middle') ? 'MID' : 'START');
    c.start -= m[1]!.length;
    c.text = text.slice(c.start, c.end);
  }
  return cands;
};
