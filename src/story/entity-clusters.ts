import type { EntityMention, EntityType } from '../model/entity.js';
import type { NormalizedMention } from './entity-mention-normalizer.js';

/** Union-find over mention groups for the entity canonicalizer; a union never joins two
 *  groups that carry different (strong) types. */

export interface Item {
  articleId: string;
  m: EntityMention;
  norm: NormalizedMention;
  unit: number;
}

export class Clusters {
  parent: number[] = [];
  types: Set<EntityType>[] = [];
  add(type: EntityType): number {
    this.parent.push(this.parent.length);
    this.types.push(new Set(type === 'other' ? [] : [type]));
    return this.parent.length - 1;
  }
  find(i: number): number {
    while (this.parent[i] !== i) i = this.parent[i] = this.parent[this.parent[i]!]!;
    return i;
  }
  /** Joins two clusters unless they carry different types; returns whether they are one now. */
  union(a: number, b: number): boolean {
    const ra = this.find(a);
    const rb = this.find(b);
    if (ra === rb) return true;
    const ta = this.types[ra]!;
    const tb = this.types[rb]!;
    if (ta.size > 0 && tb.size > 0 && [...ta].some((t) => !tb.has(t))) return false;
    this.parent[rb] = ra;
    for (const t of tb) ta.add(t);
    return true;
  }
}
