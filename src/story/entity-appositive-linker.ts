import type { Clusters, Item } from './entity-clusters.js';

/**
 * Links a common-noun phrase to the name it stands next to: a role before a name ("actress
 * Tara Reid", "judge James R. Dabney") or an appositive after it ("Tara Reid, the 33-year-old
 * actress"). The phrase's unit holds every mention of that head in the story ("the actress"
 * elsewhere), so it joins the name it stood next to most often, when that name has at least
 * two thirds of the votes. Returns the nominal units it linked.
 */

const ROLE_BEFORE_GAP = /^\s*,?\s*$/;
const APPOSITIVE_GAP = /^\s*,\s*(?:(?:the|a|an|his|her|their|its)\s+)?(?:[\p{L}\p{N}'-]+\s+){0,3}$/u;

const PLURAL_RE = /(?:[^s]s|men|people|police)$/;

function singularRole(it: Item): boolean {
  const last = it.norm.tokens[it.norm.tokens.length - 1];
  return last !== undefined && /^\p{Ll}/u.test(last) && !PLURAL_RE.test(last);
}

/** `between(articleId, start, end)`: the article text between two offsets of one sentence, or null. */
export function linkAppositives(cl: Clusters, all: Item[], between: (articleId: string, start: number, end: number) => string | null): Set<number> {
  const votes = new Map<number, Map<number, number>>();
  const bySentence = new Map<string, Item[]>();
  for (const it of all) {
    const k = `${it.articleId}:${it.m.sentence}`;
    let l = bySentence.get(k);
    if (!l) bySentence.set(k, (l = []));
    l.push(it);
  }
  const vote = (nominal: Item, name: Item): void => {
    let v = votes.get(nominal.unit);
    if (!v) votes.set(nominal.unit, (v = new Map()));
    const r = cl.find(name.unit);
    v.set(r, (v.get(r) ?? 0) + 1);
  };
  for (const list of bySentence.values()) {
    if (list.length < 2) continue;
    list.sort((x, y) => x.m.start - y.m.start);
    for (let i = 0; i + 1 < list.length; i++) {
      const a = list[i]!;
      const b = list[i + 1]!;
      // People only, and a singular role: "sources, Gary Ross" or "police, Cosa Nostra" are not appositions.
      if (a.m.end > b.m.start || a.m.type !== 'person' || b.m.type !== 'person') continue;
      if (a.norm.form === 'nominal' && b.norm.form === 'name' && singularRole(a)) {
        const gap = between(a.articleId, a.m.end, b.m.start);
        if (gap !== null && ROLE_BEFORE_GAP.test(gap)) vote(a, b);
      } else if (a.norm.form === 'name' && b.norm.form === 'nominal' && singularRole(b)) {
        // The gap ends where the nominal's own text starts; its determiner and modifiers may be in it.
        const gap = between(a.articleId, a.m.end, b.m.start);
        if (gap !== null && APPOSITIVE_GAP.test(gap)) vote(b, a);
      }
    }
  }
  const linked = new Set<number>();
  for (const [u, v] of votes) {
    let best = -1;
    let bestN = 0;
    let total = 0;
    for (const [r, n] of v) {
      total += n;
      if (n > bestN) { best = r; bestN = n; }
    }
    if (best >= 0 && bestN * 3 >= total * 2 && cl.union(best, u)) linked.add(u);
  }
  return linked;
}
