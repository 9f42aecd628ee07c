/**
 * Number discrepancies: inside a quantity group (same subject and unit, see claim-aligner.ts),
 * positions are the distinct figures stated. A group is reported when two positions held by
 * different articles cannot both be true (their value intervals are disjoint: 12 million vs
 * 15 million), or when a figure is malformed (a range whose ends are equal).
 */
import { contentWords, overlap } from './content-words.js';
import type { Discrepancy } from '../model/claim.js';
import { positionKey, qualifierClass, type AlignedMention, type QuantityGroup } from './claim-aligner.js';

function interval(a: AlignedMention): [number, number] {
  const m = a.mention;
  const v = m.value;
  const hi = m.high ?? v;
  switch (qualifierClass(m.qualifier)) {
    case '>': return [v, Infinity];
    case '<': return [v * 0.8, v];
    case '~': return [v * 0.85, hi * 1.15];
    case '<=': return [0, hi];
    default: return [Math.min(v, hi), Math.max(v, hi)];
  }
}

/** Two positions are about the same thing when their sentences share context words (or the group is keyed by a named entity). */
function sameContext(g: QuantityGroup, a: Position, b: Position): boolean {
  if (g.key.startsWith('population') || g.key.startsWith('age')) return true;
  // Durations (years, days ...) of a verb are too loosely tied to one fact to be called conflicting.
  if (g.unit !== null && TIME_UNITS.has(g.unit)) return false;
  for (const ma of a.mentions) {
    const wa = new Set(contentWords(ma.sentence));
    const ya = yearsOf(ma.sentence);
    for (const mb of b.mentions) {
      // A sentence dated to another year speaks of another time ("a 1958 typhoon killed 1,200").
      if (yearsOf(mb.sentence) !== ya) continue;
      const wb = new Set(contentWords(mb.sentence));
      const shared = overlap(wa, wb);
      if (shared >= 5 && shared >= 0.35 * Math.min(wa.size, wb.size)) return true;
    }
  }
  return false;
}
const YEAR_RE = /\b(?:1[89]|20)\d\d\b/g;
function yearsOf(s: string): string {
  return [...new Set(s.match(YEAR_RE) ?? [])].sort().join(',');
}
const TIME_UNITS = new Set(['years', 'months', 'weeks', 'days', 'hours', 'minutes']);

function disjoint(a: [number, number], b: [number, number]): boolean {
  return a[1] < b[0] || b[1] < a[0];
}

function isMalformed(a: AlignedMention): boolean {
  return a.mention.high !== undefined && a.mention.high === a.mention.value;
}

interface Position {
  mentions: AlignedMention[];
  articleIds: Set<string>;
}

function label(group: QuantityGroup): string {
  const unit = group.unit ? ` (${group.unit})` : '';
  return `${group.key}${unit}`;
}

/** Number discrepancies of a story, from its quantity groups. */
export function detectNumberDiscrepancies(groups: QuantityGroup[]): Discrepancy[] {
  const out: Discrepancy[] = [];
  for (const g of groups) {
    const positions = new Map<string, Position>();
    for (const a of g.mentions) {
      const k = isMalformed(a) ? `malformed|${a.mention.value}` : positionKey(a.mention);
      const p = positions.get(k) ?? { mentions: [], articleIds: new Set<string>() };
      p.mentions.push(a);
      p.articleIds.add(a.articleId);
      positions.set(k, p);
    }
    const list = [...positions.values()];
    const articles = new Set(g.mentions.map((a) => a.articleId));
    if (list.length < 2 || articles.size < 2) continue;
    const malformed = list.filter((p) => isMalformed(p.mentions[0]!));
    let conflict = false;
    for (let i = 0; i < list.length && !conflict; i++) {
      for (let j = i + 1; j < list.length; j++) {
        const a = list[i]!;
        const b = list[j]!;
        if (malformed.includes(a) || malformed.includes(b)) continue;
        const onlySame = a.articleIds.size === 1 && b.articleIds.size === 1 && [...a.articleIds][0] === [...b.articleIds][0];
        if (!onlySame && sameContext(g, a, b) && disjoint(interval(a.mentions[0]!), interval(b.mentions[0]!))) {
          conflict = true;
          break;
        }
      }
    }
    if (!conflict && malformed.length === 0) continue;
    const severity = conflict ? 'conflict' : 'malformed';
    const wording = (p: Position) => {
      const counts = new Map<string, number>();
      for (const a of p.mentions) counts.set(a.mention.phrase, (counts.get(a.mention.phrase) ?? 0) + 1);
      return [...counts.entries()].sort((x, y) => y[1] - x[1]).slice(0, 3).map(([w]) => w).join(' / ');
    };
    const parts = [conflict ? `sources give incompatible figures for ${label(g)}` : `sources give different figures for ${label(g)}`];
    for (const p of malformed) parts.push(`"${wording(p)}" is a range whose ends are equal (likely an error in that copy)`);
    out.push({
      kind: 'number',
      severity,
      topic: label(g),
      description: parts.join('; '),
      positions: list
        .sort((a, b) => b.articleIds.size - a.articleIds.size)
        .map((p) => ({ value: wording(p), articleIds: [...p.articleIds].sort(), evidence: [...new Set(p.mentions.map((a) => a.sentence))] })),
    });
  }
  return out;
}
