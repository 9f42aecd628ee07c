import type { Relation } from '../model/match.js';

interface OriginInput {
  id: string;
  publishedAt: string | null;
  agencies: string[];
}

/**
 * The likely origin of the text two articles share: a wire agency both credit, else one only
 * one of them credits (the other likely dropped the credit), else the earlier published article.
 */
export function resolveOrigin(a: OriginInput, b: OriginInput): Relation['origin'] | null {
  const common = a.agencies.filter((x) => b.agencies.includes(x));
  if (common.length > 0) return { agency: common[0]!, reason: 'wire agency credited by both articles' };
  if (a.agencies.length > 0 && b.agencies.length === 0) return { agency: a.agencies[0]!, articleId: a.id, reason: 'wire agency credited by one article' };
  if (b.agencies.length > 0 && a.agencies.length === 0) return { agency: b.agencies[0]!, articleId: b.id, reason: 'wire agency credited by one article' };
  if (a.publishedAt && b.publishedAt && a.publishedAt !== b.publishedAt) {
    return { articleId: a.publishedAt < b.publishedAt ? a.id : b.id, reason: 'earliest published article' };
  }
  return null;
}
