/**
 * Coreference scores as the CoNLL reference scorer computes them: MUC (links), B-cubed
 * (mentions) and CEAF-e (entities, best one-to-one alignment by the Hungarian method), and
 * CoNLL F1 = their mean. Clusters are arrays of mention keys; a mention missing on one side
 * counts as a miss (the scorer's "twinless" mentions).
 */

export interface Prf {
  p: number;
  r: number;
  f: number;
}

export interface CorefScores {
  muc: Prf;
  b3: Prf;
  ceafe: Prf;
  conll: number;
}

/** Sums kept apart so that scores can be pooled over topics. */
export interface CorefCounts {
  muc: [number, number, number, number];
  b3: [number, number, number, number];
  ceafe: [number, number, number, number];
}

const prf = (pn: number, pd: number, rn: number, rd: number): Prf => {
  const p = pd ? pn / pd : 0;
  const r = rd ? rn / rd : 0;
  return { p, r, f: p + r ? (2 * p * r) / (p + r) : 0 };
};

function mucSide(key: string[][], resp: Map<string, number>): [number, number] {
  let num = 0;
  let den = 0;
  for (const k of key) {
    const parts = new Set<string>();
    for (const m of k) {
      const r = resp.get(m);
      parts.add(r === undefined ? `single:${m}` : `r${r}`);
    }
    num += k.length - parts.size;
    den += k.length - 1;
  }
  return [num, den];
}

function b3Side(key: string[][], resp: Map<string, number>): [number, number] {
  let num = 0;
  let den = 0;
  for (const k of key) {
    const counts = new Map<number, number>();
    for (const m of k) {
      const r = resp.get(m);
      if (r !== undefined) counts.set(r, (counts.get(r) ?? 0) + 1);
    }
    for (const c of counts.values()) num += (c * c) / k.length;
    den += k.length;
  }
  return [num, den];
}

const index = (clusters: string[][]): Map<string, number> => {
  const m = new Map<string, number>();
  clusters.forEach((c, i) => c.forEach((x) => m.set(x, i)));
  return m;
};

/** Hungarian method (minimisation) on a square cost matrix; returns the column of each row. */
function hungarian(cost: number[][]): number[] {
  const n = cost.length;
  const u = new Array<number>(n + 1).fill(0);
  const v = new Array<number>(n + 1).fill(0);
  const p = new Array<number>(n + 1).fill(0);
  const way = new Array<number>(n + 1).fill(0);
  for (let i = 1; i <= n; i++) {
    p[0] = i;
    let j0 = 0;
    const minv = new Array<number>(n + 1).fill(Infinity);
    const used = new Array<boolean>(n + 1).fill(false);
    do {
      used[j0] = true;
      const i0 = p[j0]!;
      let delta = Infinity;
      let j1 = 0;
      for (let j = 1; j <= n; j++) {
        if (used[j]) continue;
        const cur = cost[i0 - 1]![j - 1]! - u[i0]! - v[j]!;
        if (cur < minv[j]!) { minv[j] = cur; way[j] = j0; }
        if (minv[j]! < delta) { delta = minv[j]!; j1 = j; }
      }
      for (let j = 0; j <= n; j++) {
        if (used[j]) { u[p[j]!]! += delta; v[j]! -= delta; } else minv[j]! -= delta;
      }
      j0 = j1;
    } while (p[j0] !== 0);
    do {
      const j1 = way[j0]!;
      p[j0] = p[j1]!;
      j0 = j1;
    } while (j0);
  }
  const out = new Array<number>(n).fill(-1);
  for (let j = 1; j <= n; j++) if (p[j]! > 0) out[p[j]! - 1] = j - 1;
  return out;
}

function ceafeSim(key: string[][], resp: string[][]): number {
  const respIdx = index(resp);
  // Only entity pairs that share a mention can score; align within connected blocks would be
  // faster, but topics are small enough for one square matrix.
  const n = Math.max(key.length, resp.length);
  if (n === 0) return 0;
  const sim: number[][] = Array.from({ length: n }, () => new Array<number>(n).fill(0));
  key.forEach((k, i) => {
    const counts = new Map<number, number>();
    for (const m of k) {
      const r = respIdx.get(m);
      if (r !== undefined) counts.set(r, (counts.get(r) ?? 0) + 1);
    }
    for (const [r, c] of counts) sim[i]![r] = (2 * c) / (k.length + resp[r]!.length);
  });
  const assign = hungarian(sim.map((row) => row.map((x) => -x)));
  let total = 0;
  assign.forEach((j, i) => { if (j >= 0) total += sim[i]![j]!; });
  return total;
}

export function corefCounts(key: string[][], response: string[][]): CorefCounts {
  const k = key.filter((c) => c.length > 0);
  const r = response.filter((c) => c.length > 0);
  const kIdx = index(k);
  const rIdx = index(r);
  const [mrn, mrd] = mucSide(k, rIdx);
  const [mpn, mpd] = mucSide(r, kIdx);
  const [brn, brd] = b3Side(k, rIdx);
  const [bpn, bpd] = b3Side(r, kIdx);
  const sim = ceafeSim(k, r);
  return { muc: [mpn, mpd, mrn, mrd], b3: [bpn, bpd, brn, brd], ceafe: [sim, r.length, sim, k.length] };
}

export function addCounts(a: CorefCounts, b: CorefCounts): CorefCounts {
  const add = (x: number[], y: number[]): [number, number, number, number] => [x[0]! + y[0]!, x[1]! + y[1]!, x[2]! + y[2]!, x[3]! + y[3]!];
  return { muc: add(a.muc, b.muc), b3: add(a.b3, b.b3), ceafe: add(a.ceafe, b.ceafe) };
}

export const zeroCounts = (): CorefCounts => ({ muc: [0, 0, 0, 0], b3: [0, 0, 0, 0], ceafe: [0, 0, 0, 0] });

export function scoresOf(c: CorefCounts): CorefScores {
  const muc = prf(...c.muc);
  const b3 = prf(...c.b3);
  const ceafe = prf(...c.ceafe);
  return { muc, b3, ceafe, conll: (muc.f + b3.f + ceafe.f) / 3 };
}

export function scoreCoref(key: string[][], response: string[][]): CorefScores {
  return scoresOf(corefCounts(key, response));
}
