import type { Clusters, Item } from './entity-clusters.js';

/**
 * Common-noun phrases are first grouped per article (`type|head|article`), so that "the
 * actress" of one article can join the name that article gives her (appositive-linker) even
 * when another article of the story says "the actress" of someone else. Then the article
 * groups of one head are merged across the story: those not linked to a name join each other
 * and the name most of the linked ones point to (two thirds of them), as the head-lemma rule
 * would; linked groups stay with their own name.
 */

export const nominalKey = (type: string, head: string, articleId: string): string => `${type}|${head}|${articleId}`;

/** Returns, per story-wide key `type|head`, the unit that now stands for it. */
export function mergeNominalHeads(cl: Clusters, nominalByKey: Map<string, number>, linked: Set<number>): Map<string, number> {
  const byHead = new Map<string, number[]>();
  for (const [key, u] of nominalByKey) {
    const k = key.slice(0, key.lastIndexOf('|'));
    let l = byHead.get(k);
    if (!l) byHead.set(k, (l = []));
    l.push(u);
  }
  const out = new Map<string, number>();
  for (const [k, us] of byHead) {
    const free = us.filter((u) => !linked.has(u));
    const votes = new Map<number, number>();
    for (const u of us) if (linked.has(u)) votes.set(cl.find(u), (votes.get(cl.find(u)) ?? 0) + 1);
    for (let i = 1; i < free.length; i++) cl.union(free[0]!, free[i]!);
    let best = -1;
    let bestN = 0;
    let total = 0;
    for (const [r, n] of votes) {
      total += n;
      if (n > bestN) { best = r; bestN = n; }
    }
    if (free.length > 0) {
      if (best >= 0 && bestN * 3 >= total * 2 && cl.union(best, free[0]!)) for (const u of free) linked.add(u);
      out.set(k, free[0]!);
    } else if (best >= 0) out.set(k, best);
  }
  return out;
}

const FEMALE_ROLES = new Set(['actress', 'woman', 'mother', 'sister', 'girl', 'wife', 'daughter', 'widow', 'spokeswoman', 'mum', 'mom', 'girlfriend', 'ex-girlfriend', 'starlet', 'businesswoman', 'queen', 'princess', 'grandmother', 'aunt', 'niece', 'heiress']);
const MALE_ROLES = new Set(['actor', 'man', 'boy', 'father', 'brother', 'husband', 'son', 'spokesman', 'gunman', 'policeman', 'businessman', 'king', 'prince', 'grandfather', 'uncle', 'nephew', 'boyfriend', 'ex-boyfriend']);
const PLURAL_RE = /(?:[^s]s|men|people|police|staff|crew|team|family)$/;

/**
 * A singular person role in an article that names one person far more than any other ("the
 * actress" in an article about one actress) joins that person, unless the role's gender and the
 * first name's disagree. `genderOfName`: 'm', 'f' or null for a name item.
 */
export function linkDominantPerson(cl: Clusters, all: Item[], nominalByKey: Map<string, number>, linked: Set<number>, genderOfName: (it: Item) => 'm' | 'f' | null, minShare = 2): void {
  const byArticle = new Map<string, Item[]>();
  for (const it of all) {
    let l = byArticle.get(it.articleId);
    if (!l) byArticle.set(it.articleId, (l = []));
    l.push(it);
  }
  for (const [articleId, list] of byArticle) {
    const counts = new Map<number, { n: number; item: Item }>();
    for (const it of list) {
      if (it.norm.form !== 'name' || it.m.type !== 'person') continue;
      const r = cl.find(it.unit);
      const c = counts.get(r);
      if (c) c.n++;
      else counts.set(r, { n: 1, item: it });
    }
    const ranked = [...counts.entries()].sort((a, b) => b[1].n - a[1].n);
    const top = ranked[0];
    if (!top || top[1].n < 2 || (ranked[1] && ranked[1][1].n * minShare > top[1].n)) continue;
    const g = genderOfName(top[1].item);
    for (const it of list) {
      if (it.norm.form !== 'nominal' || it.m.type !== 'person') continue;
      const u = nominalByKey.get(nominalKey('person', it.norm.head, articleId));
      if (u === undefined || u !== it.unit || linked.has(u)) continue;
      const word = it.norm.tokens[it.norm.tokens.length - 1]?.toLowerCase() ?? '';
      if (!/^\p{Ll}/u.test(word) || PLURAL_RE.test(word)) continue;
      const rg = FEMALE_ROLES.has(word) ? 'f' : MALE_ROLES.has(word) ? 'm' : null;
      if (rg !== null && g !== null && rg !== g) continue;
      if (cl.union(top[0], u)) linked.add(u);
    }
  }
}
