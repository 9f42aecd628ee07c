/**
 * Syndication groups: copies of one wire text form a connected set of reprint links, and two
 * members of a group that share a passage are reprints of one source even when their own overlap
 * is under the threshold (different cuts of one dispatch). Such pairs are upgraded from
 * `shares-passages` to an inferred `reprint`, naming an article that links them.
 */
import type { Relation } from '../model/match.js';

const COPY = new Set(['duplicate', 'reprint']);

export function inferGroupReprints(relations: readonly Relation[]): Relation[] {
  const parent = new Map<string, string>();
  const find = (x: string): string => {
    let r = x;
    while (parent.get(r) !== undefined && parent.get(r) !== r) r = parent.get(r)!;
    return r;
  };
  const copyNeighbours = new Map<string, Set<string>>();
  for (const r of relations) {
    if (!COPY.has(r.kind)) continue;
    for (const [x, y] of [[r.a, r.b], [r.b, r.a]] as const) {
      if (!parent.has(x)) parent.set(x, x);
      let set = copyNeighbours.get(x);
      if (!set) copyNeighbours.set(x, (set = new Set()));
      set.add(y);
    }
    const ra = find(r.a);
    const rb = find(r.b);
    if (ra !== rb) parent.set(ra < rb ? rb : ra, ra < rb ? ra : rb);
  }
  return relations.map((r) => {
    if (r.kind !== 'shares-passages' || !parent.has(r.a) || !parent.has(r.b) || find(r.a) !== find(r.b)) return r;
    const na = copyNeighbours.get(r.a) ?? new Set<string>();
    const via = [...(copyNeighbours.get(r.b) ?? [])].filter((x) => na.has(x)).sort()[0] ?? [...na].sort()[0];
    const out: Relation = { ...r, kind: 'reprint', certainty: 'inferred' };
    if (via !== undefined) out.via = via;
    return out;
  });
}
