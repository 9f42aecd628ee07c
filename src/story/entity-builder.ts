import type { EntityMentionRef, EntityType, StoryEntity } from '../model/entity.js';
import type { Clusters, Item } from './entity-clusters.js';

/** Turns the final groups into StoryEntity records: canonical name, type, variants with their
 *  articles, roles and every mention (provenance). */

export function buildEntities(cl: Clusters, all: Item[]): StoryEntity[] {
  const groups = new Map<number, Item[]>();
  for (const it of all) {
    const r = cl.find(it.unit);
    let g = groups.get(r);
    if (!g) groups.set(r, (g = []));
    g.push(it);
  }
  // Most mentioned first (ties: first seen), numbered in that order.
  const ordered = [...groups.values()].sort((a, b) => b.length - a.length);
  return ordered.map((g, i) => toEntity(g, i));
}

function toEntity(g: Item[], n: number): StoryEntity {
  const variants = new Map<string, { articles: Set<string>; count: number; item: Item }>();
  const typeVotes = new Map<EntityType, number>();
  const articleIds: string[] = [];
  const mentions: EntityMentionRef[] = [];
  const roles = new Map<string, { text: string; articles: Set<string> }>();
  for (const it of g) {
    if (it.m.role) {
      const key = it.m.role.toLowerCase();
      let r = roles.get(key);
      if (!r) roles.set(key, (r = { text: it.m.role, articles: new Set() }));
      r.articles.add(it.articleId);
    }
    let v = variants.get(it.m.text);
    if (!v) variants.set(it.m.text, (v = { articles: new Set(), count: 0, item: it }));
    v.articles.add(it.articleId);
    v.count++;
    if (it.m.type !== 'other') typeVotes.set(it.m.type, (typeVotes.get(it.m.type) ?? 0) + 1);
    if (!articleIds.includes(it.articleId)) articleIds.push(it.articleId);
    mentions.push({ articleId: it.articleId, start: it.m.start, end: it.m.end, text: it.m.text });
  }
  // Canonical name: the most complete common form, preferring names over phrases and pronouns,
  // then more name tokens, then more articles, then more mentions; not written in capitals.
  const score = (text: string, v: { articles: Set<string>; count: number; item: Item }): number[] => [
    v.item.norm.form === 'name' ? 2 : v.item.norm.form === 'nominal' ? 1 : 0,
    /\p{Ll}/u.test(text) || text.length <= 6 ? 1 : 0,
    v.item.norm.form === 'name' ? Math.min(v.item.norm.tokens.join(' ').split(/[\s-]+/).length, 3) : 0,
    v.articles.size,
    v.count,
  ];
  let best: [string, number[]] | null = null;
  for (const [text, v] of variants) {
    const s = score(text, v);
    if (!best || compare(s, best[1]) > 0) best = [text, s];
  }
  const bestItem = variants.get(best![0])!.item;
  const name = bestItem.norm.form === 'name' ? bestItem.norm.tokens.join(' ') : best![0];
  let type: EntityType = 'other';
  let votes = 0;
  for (const [t, c] of typeVotes) if (c > votes) [type, votes] = [t, c];
  if (type === 'person' && shapeOnlyPerson(g)) type = 'other';
  return {
    id: `entity-${n + 1}`,
    name,
    type,
    variants: [...variants].map(([text, v]) => ({ text, articleIds: [...v.articles] })),
    articleIds,
    mentionCount: g.length,
    mentions,
    roles: [...roles.values()].sort((a, b) => b.articles.size - a.articles.size).map((r) => ({ text: r.text, articleIds: [...r.articles] })),
  };
}

/**
 * A lone capitalised word ("Brexit", a brand) that no article of the story writes with a first
 * name, with a title or with any explicit person cue is not known to be a person.
 */
function shapeOnlyPerson(g: Item[]): boolean {
  for (const it of g) {
    if (it.m.type !== 'person') continue;
    if (it.m.certainty === 'explicit' || it.m.role) return false;
    if (it.norm.form === 'name' && it.norm.tokens.join(' ').split(/\s+/).length > 1) return false;
  }
  return true;
}

function compare(a: number[], b: number[]): number {
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return a[i]! - b[i]!;
  return 0;
}
