/**
 * Regroups sentence units of long quotes after merging. The merger matches quotes sentence by
 * sentence (outlets cut long quotes differently), so a three-sentence quote printed the same way
 * by every carrier would come out as three StoryQuotes. Two merged groups G and H are chained
 * when every unit of G is followed, in its own printing, by a unit of H, and every unit of H
 * follows a unit of G (the same number of units on both sides): all carriers agree that H
 * continues G. A printing that cuts the quote differently breaks the chain, and the sentences
 * then stay apart. Linear in the number of units.
 */

export interface SequencedUnit {
  /** Which printing (quote mention of one article) the unit comes from. */
  printing: number;
  /** Position of the unit within its printing. */
  seq: number;
}

/**
 * @param units the units, each with its printing and position
 * @param rootOf merged group of each unit (parallel to units)
 * @returns chains of group roots, in reading order; every group appears in exactly one chain
 */
export function chainGroups(units: SequencedUnit[], rootOf: number[]): number[][] {
  const at = new Map<string, number>();
  units.forEach((u, i) => at.set(`${u.printing}:${u.seq}`, i));
  const members = new Map<number, number[]>();
  rootOf.forEach((r, i) => {
    const m = members.get(r);
    if (m) m.push(i); else members.set(r, [i]);
  });
  const neighbour = (g: number, step: 1 | -1): number | null => {
    let target: number | null = null;
    for (const i of members.get(g)!) {
      const j = at.get(`${units[i]!.printing}:${units[i]!.seq + step}`);
      if (j === undefined) return null;
      const r = rootOf[j]!;
      if (r === g || (target !== null && r !== target)) return null;
      target = r;
    }
    return target;
  };
  const next = new Map<number, number>();
  const hasPrev = new Set<number>();
  for (const g of members.keys()) {
    const h = neighbour(g, 1);
    if (h === null || members.get(h)!.length !== members.get(g)!.length || neighbour(h, -1) !== g) continue;
    next.set(g, h);
    hasPrev.add(h);
  }
  const chains: number[][] = [];
  for (const g of members.keys()) {
    if (hasPrev.has(g)) continue;
    const chain = [g];
    for (let h = next.get(g); h !== undefined; h = next.get(h)) chain.push(h);
    chains.push(chain);
  }
  return chains;
}
