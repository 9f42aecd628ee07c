/**
 * Aligns the numbers of a story's articles into claims. Two levels:
 * - quantity groups: mentions about the same quantity (same canonical subject, compatible unit;
 *   a population with no named place joins the named one within 10% of its value). Conflicts are
 *   looked for inside a group (see discrepancy-number-detector.ts).
 * - claims: mentions that state the same figure (same value, range and qualifier class) of the same
 *   group, or of no subject with the same unit ("nearly 20 years" = "nearly two decades").
 */
import type { AnalyzedArticle } from '../model/analyzed.js';
import type { NumberMention, StoryClaim } from '../model/claim.js';
import { subjectKey, displayUnit } from './claim-subject.js';

export interface AlignedMention {
  articleId: string;
  mention: NumberMention;
  sentence: string;
  key: string | null;
  unit: string | null;
}

export interface QuantityGroup {
  key: string;
  unit: string | null;
  mentions: AlignedMention[];
}

/** Qualifier classes: wordings that state the same bound ("more than" = "over" = "+"). */
export function qualifierClass(q: NumberMention['qualifier']): string {
  if (q === 'more-than' || q === 'at-least') return '>';
  if (q === 'nearly' || q === 'less-than') return '<';
  if (q === 'about' || q === 'estimated') return '~';
  if (q === 'at-most') return '<=';
  return '=';
}

export function positionKey(m: NumberMention): string {
  return `${qualifierClass(m.qualifier)}|${m.value}|${m.high ?? ''}`;
}

function collect(items: AnalyzedArticle[]): AlignedMention[] {
  const out: AlignedMention[] = [];
  for (const it of items) {
    for (const m of it.numbers) {
      const key = subjectKey(m.subject, m.unit);
      out.push({ articleId: it.article.id, mention: m, sentence: it.sentences[m.sentence]?.text ?? '', key, unit: displayUnit(m.unit, key) });
    }
  }
  return out;
}

/** Groups mentions by the quantity they measure. Only mentions with a subject are grouped. */
export function groupQuantities(items: AnalyzedArticle[]): QuantityGroup[] {
  const all = collect(items);
  const byKey = new Map<string, AlignedMention[]>();
  for (const a of all) {
    if (a.key === null) continue;
    const list = byKey.get(a.key) ?? [];
    list.push(a);
    byKey.set(a.key, list);
  }
  // An unnamed population joins a named one when the values are within 10%.
  const unnamed = byKey.get('population') ?? [];
  const rest: AlignedMention[] = [];
  for (const a of unnamed) {
    let best: string | null = null;
    let bestDiff = 0.1;
    for (const [k, list] of byKey) {
      if (!k.startsWith('population of ')) continue;
      for (const b of list) {
        const diff = Math.abs(a.mention.value - b.mention.value) / Math.max(a.mention.value, b.mention.value);
        if (diff <= bestDiff) {
          bestDiff = diff;
          best = k;
        }
      }
    }
    if (best) byKey.get(best)!.push(a);
    else rest.push(a);
  }
  if (unnamed.length > 0) {
    if (rest.length > 0) byKey.set('population', rest);
    else byKey.delete('population');
  }
  const groups: QuantityGroup[] = [];
  for (const [key, list] of byKey) {
    // Split by unit; mentions with no unit join the most common unit of the group.
    const byUnit = new Map<string, AlignedMention[]>();
    for (const a of list) if (a.unit !== null) byUnit.set(a.unit, [...(byUnit.get(a.unit) ?? []), a]);
    const main = [...byUnit.entries()].sort((x, y) => y[1].length - x[1].length)[0];
    const noUnit = list.filter((a) => a.unit === null);
    if (main) main[1].push(...noUnit);
    else if (noUnit.length > 0) byUnit.set('', noUnit);
    for (const [unit, ms] of byUnit) groups.push({ key, unit: unit === '' ? null : unit, mentions: ms });
  }
  return groups;
}

/** Most common wording; ties go to worded phrases ("more than two million" over "2M+"), then shorter. */
function mostCommon(values: string[]): string {
  const counts = new Map<string, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  const score = (v: string, n: number) => n * 10 + (/\s/.test(v) ? 5 : 0) - v.length / 100;
  return [...counts.entries()].sort((a, b) => score(b[0], b[1]) - score(a[0], a[1]) || a[0].localeCompare(b[0]))[0]?.[0] ?? '';
}

function uniq(xs: string[]): string[] {
  return [...new Set(xs)];
}

function toClaim(ms: AlignedMention[], subject: string | null, unit: string | null): StoryClaim {
  const first = ms[0]!.mention;
  const phrase = mostCommon(ms.map((a) => a.mention.phrase));
  const variants = new Map<string, string[]>();
  for (const a of ms) variants.set(a.mention.phrase, uniq([...(variants.get(a.mention.phrase) ?? []), a.articleId]));
  const claim: StoryClaim = {
    text: subject && !subject.startsWith('population') && !subject.startsWith('age') ? `${phrase} (${subject})` : subject ? `${subject}: ${phrase}` : phrase,
    value: first.value,
    qualifier: first.qualifier,
    unit,
    subject,
    articleIds: uniq(ms.map((a) => a.articleId)),
    variants: [...variants.entries()].map(([text, articleIds]) => ({ text, articleIds })),
    evidence: uniq(ms.map((a) => `${a.articleId}\u0000${a.sentence}`)).map((s) => {
      const [articleId, sentence] = s.split('\u0000') as [string, string];
      return { articleId, sentence };
    }),
  };
  if (first.high !== undefined) claim.high = first.high;
  return claim;
}

/** Claims of a story: one per figure stated, with every article stating it; most supported first. */
export function alignClaims(items: AnalyzedArticle[], groups: QuantityGroup[] = groupQuantities(items)): StoryClaim[] {
  const buckets = new Map<string, { ms: AlignedMention[]; subject: string | null; unit: string | null }>();
  for (const g of groups) {
    for (const a of g.mentions) {
      const k = `${g.key}|${g.unit}|${positionKey(a.mention)}`;
      const b = buckets.get(k) ?? { ms: [], subject: g.key, unit: g.unit };
      b.ms.push(a);
      buckets.set(k, b);
    }
  }
  for (const a of collect(items)) {
    if (a.key !== null || a.unit === null) continue;
    const k = `|${a.unit}|${positionKey(a.mention)}`;
    const b = buckets.get(k) ?? { ms: [], subject: null, unit: a.unit };
    b.ms.push(a);
    buckets.set(k, b);
  }
  return [...buckets.values()]
    .map((b) => toClaim(b.ms, b.subject, b.unit))
    .sort((x, y) => y.articleIds.length - x.articleIds.length || y.value - x.value);
}
