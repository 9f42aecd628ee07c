import { stemmer } from 'stemmer';

/**
 * The baseline the evaluation reports next to the canonicalizer: mentions of one topic with
 * the same head lemma (the last word, or the word before "of", lower-cased and stemmed) are one
 * entity. Strong on ECB+, where one topic tells of one event.
 */
export function headLemma(text: string): string {
  const words = text.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w));
  const of = words.findIndex((w, i) => i > 0 && w.toLowerCase() === 'of');
  const head = of > 0 ? words[of - 1]! : (words[words.length - 1] ?? '');
  return stemmer(head.toLowerCase().replace(/['\u2019]s$/, ''));
}

/** Clusters mention ids by head lemma. */
export function clusterByHeadLemma(mentions: { id: string; text: string }[]): string[][] {
  const groups = new Map<string, string[]>();
  for (const m of mentions) {
    const k = headLemma(m.text);
    let g = groups.get(k);
    if (!g) groups.set(k, (g = []));
    g.push(m.id);
  }
  return [...groups.values()];
}
