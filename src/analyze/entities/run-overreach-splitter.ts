import type { DraftMention } from './document-refiner.js';

/**
 * A person's name run that swallowed the next capitalised word ("Jo Bloggs Acme deal"):
 * when the article also names the same person without that last word, the run is split into
 * the person and the word, which gets the type the article gives it elsewhere (else 'other').
 * Generational suffixes ("Jr", "III") stay part of the name.
 */

const NAME_SUFFIX = /^(?:Jr|Sr|II|III|IV)\.?$/;

export function splitOverreachingRuns(drafts: DraftMention[]): DraftMention[] {
  const persons = new Set<string>();
  const alone = new Map<string, DraftMention>();
  for (const d of drafts) {
    if (d.type === 'person' && d.tokenCount >= 2) persons.add(d.text);
    if (d.tokenCount === 1) alone.set(d.text, d);
  }
  if (persons.size === 0) return drafts;
  const out: DraftMention[] = [];
  for (const d of drafts) {
    const cut = d.text.lastIndexOf(' ');
    if (d.type !== 'person' || d.tokenCount < 3 || cut < 0) {
      out.push(d);
      continue;
    }
    const head = d.text.slice(0, cut);
    const tail = d.text.slice(cut + 1);
    if (!persons.has(head) || NAME_SUFFIX.test(tail) || !/^\p{Lu}/u.test(tail)) {
      out.push(d);
      continue;
    }
    out.push({ ...d, end: d.start + head.length, text: head, tokenCount: d.tokenCount - 1 });
    const seen = alone.get(tail);
    const tailDraft: DraftMention = {
      start: d.end - tail.length, end: d.end, text: tail, sentence: d.sentence,
      type: seen?.type ?? 'other', strength: 1, rule: 'run-tail', initial: false, tokenCount: 1,
    };
    out.push(tailDraft);
  }
  return out;
}
