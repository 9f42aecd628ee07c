/** Clustering metrics: B-cubed and pairwise precision/recall/F1, and F1 over sets of pairs. */

export interface Prf {
  precision: number;
  recall: number;
  f1: number;
}

function prf(p: number, r: number): Prf {
  return { precision: p, recall: r, f1: p + r === 0 ? 0 : (2 * p * r) / (p + r) };
}

function groups(labels: Map<string, string>): Map<string, string[]> {
  const g = new Map<string, string[]>();
  for (const [id, l] of labels) {
    const list = g.get(l);
    if (list) list.push(id);
    else g.set(l, [id]);
  }
  return g;
}

/** B-cubed over the items of `gold` (every gold item must have a predicted label). */
export function bcubed(pred: Map<string, string>, gold: Map<string, string>): Prf {
  const pg = groups(pred);
  const gg = groups(gold);
  let p = 0;
  let r = 0;
  for (const [id, gl] of gold) {
    const pl = pred.get(id);
    if (pl === undefined) throw new RangeError(`no predicted label for ${id}`);
    const pm = pg.get(pl)!;
    const gm = new Set(gg.get(gl)!);
    const both = pm.filter((x) => gm.has(x)).length;
    p += both / pm.length;
    r += both / gm.size;
  }
  return prf(p / gold.size, r / gold.size);
}

/** Unordered pair key. */
export function pairKey(a: string, b: string): string {
  return a < b ? `${a}\u0000${b}` : `${b}\u0000${a}`;
}

export function pairsOf(labels: Map<string, string>): Set<string> {
  const out = new Set<string>();
  for (const members of groups(labels).values()) {
    for (let i = 0; i < members.length; i++) for (let j = i + 1; j < members.length; j++) out.add(pairKey(members[i]!, members[j]!));
  }
  return out;
}

/** Precision/recall/F1 of predicted pairs against gold pairs (1 when both are empty). */
export function pairSetPrf(pred: Set<string>, gold: Set<string>): Prf {
  let tp = 0;
  for (const k of pred) if (gold.has(k)) tp++;
  return prf(pred.size === 0 ? (gold.size === 0 ? 1 : 0) : tp / pred.size, gold.size === 0 ? 1 : tp / gold.size);
}

export function pairwise(pred: Map<string, string>, gold: Map<string, string>): Prf {
  return pairSetPrf(pairsOf(pred), pairsOf(gold));
}

/**
 * Pairwise scores over the pairs whose two articles are in different languages: how well
 * stories cross languages, apart from how well they hold within one.
 */
export function crossLanguagePairwise(pred: Map<string, string>, gold: Map<string, string>, lang: ReadonlyMap<string, string | null>): Prf {
  const cross = (pairs: Set<string>): Set<string> => {
    const out = new Set<string>();
    for (const k of pairs) {
      const [a, b] = k.split('\u0000') as [string, string];
      const la = lang.get(a) ?? null;
      const lb = lang.get(b) ?? null;
      if (la !== null && lb !== null && la !== lb) out.add(k);
    }
    return out;
  };
  return pairSetPrf(cross(pairsOf(pred)), cross(pairsOf(gold)));
}

/** Every pair inside the connected components of a list of links (union-find). */
export function closurePairs(links: [string, string][]): Set<string> {
  const parent = new Map<string, string>();
  const find = (x: string): string => {
    let r = x;
    while (parent.get(r) !== r) r = parent.get(r)!;
    parent.set(x, r);
    return r;
  };
  for (const [a, b] of links) {
    if (!parent.has(a)) parent.set(a, a);
    if (!parent.has(b)) parent.set(b, b);
    const ra = find(a);
    const rb = find(b);
    if (ra !== rb) parent.set(ra < rb ? rb : ra, ra < rb ? ra : rb);
  }
  const labels = new Map<string, string>();
  for (const x of parent.keys()) labels.set(x, find(x));
  return pairsOf(labels);
}
