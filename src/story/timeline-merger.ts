/**
 * Decides whether two sentences state the same thing, for merging timeline entries of one date:
 * overlap of their content words (lower-cased, stop words and numbers dropped, a crude suffix
 * strip so "urged"/"urges" meet), measured on the shorter sentence so that a short report
 * matches a longer one that contains it.
 */

const STOP = new Set(
  'a an the and or but of in on at to for from by with as is are was were be been has have had it its this that these those he she they his her their we our you i who which what when where while after before over about into than then there here also not no said says say will would can could may might should just very more most such other some any all each both only same so up out'.split(' '),
);
const WORD = /[\p{L}][\p{L}'\u2019-]*/gu;

export function contentWords(s: string): Set<string> {
  const out = new Set<string>();
  for (const m of s.toLowerCase().matchAll(WORD)) {
    let w = m[0].replace(/['\u2019]s$/, '');
    if (w.length < 3 || STOP.has(w)) continue;
    if (w.length > 5) w = w.replace(/(?:ing|ed|es|s)$/, '');
    out.add(w);
  }
  return out;
}

/** Share of the smaller word set found in the other one (0..1). */
export function overlapRatio(a: Set<string>, b: Set<string>): number {
  if (a.size === 0 || b.size === 0) return 0;
  const [small, big] = a.size <= b.size ? [a, b] : [b, a];
  let n = 0;
  for (const w of small) if (big.has(w)) n++;
  return n / small.size;
}
