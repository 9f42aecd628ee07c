import type { TimeTense } from '../../model/time.js';

/**
 * Tense of the clause around a time expression, from auxiliaries and verb forms near it:
 * enough to choose the direction of "on Monday" or "in June" (the previous or the next one).
 * A full parser would do better; this keeps the stage at thousands of articles per second.
 * The marker nearest to the expression within the sentence wins.
 */

const FUTURE = /\b(?:will|won['\u2019]t|shall|(?:is|are|am|was|were)\s+(?:due|set|scheduled|expected|slated|planning|going)\s+to|(?:is|are|am)\s+to|plans?\s+to|planned\s+to|intends?\s+to|would|might|upcoming|next|as\s+soon\s+as|until|through|postponed|delayed|adjourned)\b|\w['\u2019]ll\b/gi;
const PAST = /\b(?:was|were|had|did|ago|last|earlier|previously|been|(?!(?:need|feed|seed|speed|bleed|breed|proceed|exceed|succeed|indeed|red|bed|shed|hundred|sacred|naked|wicked|wed|united|limited|based|related|armed|detained|alleged|reported)\b)[a-z]{2,}ed|said|told|met|made|held|took|gave|went|came|saw|left|won|lost|began|became|met|sent|spoke|wrote|led|fled|paid|sold|found|brought|kept|fell|rose|struck|hit|killed|died)\b/gi;
const PRESENT = /\b(?:is|are|am|says|say|has|have|does|do)\b/gi;

const PASSIVE_BE = /\b(?:be|being)\s+$/i;

function nearest(re: RegExp, s: string, pos: number): number {
  let best = Infinity;
  re.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(s))) {
    // "will be held": a participle after "be" carries no tense of its own
    if (re === PAST && PASSIVE_BE.test(s.slice(Math.max(0, m.index - 8), m.index))) continue;
    const d = m.index < pos ? pos - (m.index + m[0].length) : m.index - pos;
    if (d < best) best = d;
  }
  return best;
}

/** `sentence` is the sentence text, `offset` the expression's start inside it. */
export function detectTense(sentence: string, offset: number, length: number): TimeTense | undefined {
  const s = `${sentence.slice(0, offset)} ${' '.repeat(length)} ${sentence.slice(offset + length)}`;
  const pos = offset + 1;
  const f = nearest(FUTURE, s, pos);
  const p = nearest(PAST, s, pos);
  if (f === Infinity && p === Infinity) return nearest(PRESENT, s, pos) === Infinity ? undefined : 'present';
  return f <= p ? 'future' : 'past';
}
