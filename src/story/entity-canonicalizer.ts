import { stemmer } from 'stemmer';
import type { AnalyzedArticle } from '../model/analyzed.js';
import type { EntityMention, EntityMentionRef, EntityType, StoryEntity } from '../model/entity.js';
import { normalizeMention, type NormalizedMention } from './entity-mention-normalizer.js';
import { acronymOf, prefixOf, sameName, surnameOf, typesCompatible, type NameUnit } from './entity-name-matcher.js';
import { getLexicon } from '../analyze/entities/lexicon.js';
import { FACILITY_HEADS, ORG_HEADS, PERSON_PRONOUNS, PLURAL_PRONOUNS } from '../analyze/entities/word-lists.js';

/**
 * Groups the entity mentions of a story's articles into canonical entities. Names first:
 * each distinct (type, folded name) is a unit; units merge when they are spellings of one name
 * (entity-name-matcher), a lone surname joins the most mentioned full name it ends, an
 * acronym joins the name it abbreviates, and a merge never joins two typed entities of
 * different types (a person and a city that share a name stay apart).
 * Then what only labelled data has (common-noun phrases and pronouns, in the evaluation):
 * a phrase joins others with the same type and head lemma, or the one name the text gave that
 * role as a title ("President X" ... "the president"); a pronoun joins the nearest mention
 * before it in the same article.
 */

export interface CanonicalizeOptions {
  /** Link common-noun phrases whose head is a title to the one name carrying that title. Default true. */
  linkRoles?: boolean;
  /** Pronouns: 'nearest' joins the nearest fitting mention before it in the article; 'lemma'
   *  joins the same pronoun across the story (ECB+ style topics tell of one event); 'none'. Default 'nearest'. */
  pronouns?: 'nearest' | 'lemma' | 'none';
  /** Common-noun phrases are grouped by head lemma within their type ('typed') or across types ('any'). Default 'typed'. */
  nominals?: 'typed' | 'any';
}

interface Item {
  articleId: string;
  m: EntityMention;
  norm: NormalizedMention;
  unit: number;
}

class Clusters {
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

export function canonicalizeEntities(items: AnalyzedArticle[], opts: CanonicalizeOptions = {}): StoryEntity[] {
  const cl = new Clusters();
  const all: Item[] = [];
  const units: (NameUnit & { tokens: string[] })[] = [];
  const unitByKey = new Map<string, number>();
  const nominalByKey = new Map<string, number>();
  for (const a of items) {
    for (const m of a.mentions) {
      const norm = normalizeMention(m.text, m.evidence !== undefined);
      let unit: number;
      // Only a type from a lexicon, an explicit cue, a role word or the person's full name in the
      // same article keeps names apart; one from other context or name shape alone does not
      // (mention types without `evidence` are taken as given).
      const strong = m.evidence === undefined || m.evidence === 'lexicon' || m.rule === 'document-name';
      const type: EntityType = strong ? m.type : 'other';
      if (norm.form === 'name') {
        const key = `${type}|${norm.folded.join(' ')}`;
        let u = unitByKey.get(key);
        if (u === undefined) {
          u = cl.add(type);
          unitByKey.set(key, u);
          const acronym = norm.tokens.length === 1 && /^(?:\p{Lu}\.?){2,6}$/u.test(norm.tokens[0]!) ? norm.tokens[0]! : null;
          units[u] = { type, hint: m.type, folded: norm.folded, key: norm.folded.join(''), acronym, count: 0, tokens: norm.tokens };
        }
        units[u]!.count++;
        unit = u;
      } else if (norm.form === 'nominal') {
        const key = `${opts.nominals === 'any' ? 'other' : type}|${norm.head}`;
        let u = nominalByKey.get(key);
        if (u === undefined) {
          u = cl.add(type);
          nominalByKey.set(key, u);
        }
        unit = u;
      } else unit = cl.add(type);
      all.push({ articleId: a.article.id, m, norm, unit });
    }
  }
  mergeNames(cl, units);
  if (opts.linkRoles ?? true) linkRoles(cl, all, nominalByKey);
  const pronouns = opts.pronouns ?? 'nearest';
  if (pronouns === 'nearest') linkPronouns(cl, all);
  else if (pronouns === 'lemma') linkPronounLemmas(cl, all);
  return buildEntities(cl, all);
}

function mergeNames(cl: Clusters, units: (NameUnit & { tokens: string[] })[]): void {
  const ids = Object.keys(units).map(Number).sort((x, y) => units[y]!.count - units[x]!.count);
  // Blocking: every rule needs the first letter of the first or of the last folded word to agree,
  // so only units that share one of those letters are compared (not all pairs of a big story).
  const blocks = new Map<string, number[]>();
  const blockKeys = (u: NameUnit): string[] => {
    const f = u.folded[0]?.[0] ?? '';
    const l = u.folded[u.folded.length - 1]?.[0] ?? '';
    return f === l ? [f] : [f, l];
  };
  for (const id of ids) {
    for (const k of blockKeys(units[id]!)) {
      let b = blocks.get(k);
      if (!b) blocks.set(k, (b = []));
      b.push(id);
    }
  }
  // Same name, any spelling; most mentioned first so that the big clusters form first.
  for (const b of blocks.values()) {
    for (let i = 0; i < b.length; i++) {
      for (let j = i + 1; j < b.length; j++) {
        const a = units[b[i]!]!;
        const c = units[b[j]!]!;
        if ((a.folded.length > 1) !== (c.folded.length > 1) && (a.hint === 'person' || c.hint === 'person')) continue;
        if (sameName(a, c)) cl.union(b[i]!, b[j]!);
      }
    }
  }
  // A lone surname joins the most mentioned full name it ends; an acronym the name it abbreviates.
  const rootCount = new Map<number, number>();
  for (const k of ids) rootCount.set(cl.find(k), (rootCount.get(cl.find(k)) ?? 0) + units[k]!.count);
  const countOf = (u: number): number => rootCount.get(cl.find(u)) ?? 0;
  for (const s of ids) {
    const u = units[s]!;
    if (u.folded.length > 2) continue;
    let best = -1;
    for (const f of blocks.get(u.folded[0]?.[0] ?? '') ?? []) {
      const full = units[f]!;
      if (surnameOf(u, full) || acronymOf(u, full, full.tokens) || prefixOf(u, full, full.tokens)) {
        if (best < 0 || countOf(f) > countOf(best)) best = f;
      }
    }
    if (best >= 0) cl.union(best, s);
  }
}

/** "President X" somewhere and "the president" elsewhere: one entity, when only one name carries that title. */
function linkRoles(cl: Clusters, all: Item[], nominalByKey: Map<string, number>): void {
  const byTitle = new Map<string, Set<number>>();
  for (const it of all) {
    if (it.norm.form !== 'name') continue;
    for (const title of it.norm.titles) {
      const t = stemmer(title);
      let s = byTitle.get(t);
      if (!s) byTitle.set(t, (s = new Set()));
      s.add(cl.find(it.unit));
    }
  }
  // Names whose last word is a common noun ("Betty Ford Center", "Superior Court"): "the center".
  const byHead = new Map<string, Set<number>>();
  const lex = getLexicon();
  for (const it of all) {
    if (it.norm.form !== 'name' || it.norm.tokens.length < 2) continue;
    const last = it.norm.tokens[it.norm.tokens.length - 1]!.toLowerCase();
    if (!lex.commonWords.has(last) && !ORG_HEADS.has(last) && !FACILITY_HEADS.has(last)) continue;
    const h = `${it.m.type}|${stemmer(last)}`;
    let s = byHead.get(h);
    if (!s) byHead.set(h, (s = new Set()));
    s.add(cl.find(it.unit));
  }
  for (const [key, u] of nominalByKey) {
    const [type, head] = key.split('|') as [EntityType, string];
    const roots = byTitle.get(head);
    const distinct = roots ? new Set([...roots].map((r) => cl.find(r))) : null;
    if (distinct && distinct.size === 1 && typesCompatible(type, 'person')) {
      cl.union([...distinct][0]!, u);
      continue;
    }
    const named = byHead.get(key);
    const one = named ? new Set([...named].map((r) => cl.find(r))) : null;
    if (one && one.size === 1) cl.union([...one][0]!, u);
  }
}

const PRONOUN_WINDOW = 15;
const MALE_PRONOUNS = new Set(['he', 'him', 'his', 'himself']);
const FEMALE_PRONOUNS = new Set(['she', 'her', 'hers', 'herself']);

/** 'm' or 'f' from a pronoun or a first name found in only one of the two name lists. */
function genderOf(it: Item): 'm' | 'f' | null {
  if (it.norm.form === 'pronoun') return MALE_PRONOUNS.has(it.norm.head) ? 'm' : FEMALE_PRONOUNS.has(it.norm.head) ? 'f' : null;
  if (it.norm.form !== 'name' || it.norm.tokens.length < 2) return null;
  const first = it.norm.tokens[0]!.toLowerCase();
  const lex = getLexicon();
  return lex.maleNames.has(first) ? 'm' : lex.femaleNames.has(first) ? 'f' : null;
}

function linkPronouns(cl: Clusters, all: Item[]): void {
  const byArticle = new Map<string, Item[]>();
  for (const it of all) {
    let l = byArticle.get(it.articleId);
    if (!l) byArticle.set(it.articleId, (l = []));
    l.push(it);
  }
  for (const list of byArticle.values()) {
    list.sort((x, y) => x.m.start - y.m.start);
    for (let i = 0; i < list.length; i++) {
      const it = list[i]!;
      if (it.norm.form !== 'pronoun') continue;
      const personal = PERSON_PRONOUNS.has(it.norm.head);
      const gender = genderOf(it);
      const plural = PLURAL_PRONOUNS.has(it.norm.head);
      // A personal pronoun refers to a named person more often than to the nearest noun phrase:
      // look for a name (or an already linked pronoun) first, then for any fitting mention.
      const fits = (c: Item): boolean => {
        if (c.norm.form === 'pronoun' && !(personal && PERSON_PRONOUNS.has(c.norm.head))) return false;
        if (personal && gender !== null && genderOf(c) !== null && genderOf(c) !== gender) return false;
        if (personal && c.m.type !== 'person') return false;
        if (plural && c.m.type === 'person' && c.norm.form === 'name') return false;
        if (!personal && !plural && c.m.type === 'person') return false;
        return c.m.type === it.m.type || it.m.type === 'other';
      };
      let target = -1;
      if (personal) {
        for (let j = i - 1; j >= 0 && j >= i - PRONOUN_WINDOW; j--) {
          const c = list[j]!;
          if (c.norm.form !== 'nominal' && fits(c)) { target = j; break; }
        }
      }
      if (target < 0) {
        for (let j = i - 1; j >= 0 && j >= i - 8; j--) if (fits(list[j]!)) { target = j; break; }
      }
      if (target >= 0) cl.union(list[target]!.unit, it.unit);
    }
  }
}

function linkPronounLemmas(cl: Clusters, all: Item[]): void {
  const first = new Map<string, number>();
  for (const it of all) {
    if (it.norm.form !== 'pronoun') continue;
    const f = first.get(it.norm.head);
    if (f === undefined) first.set(it.norm.head, it.unit);
    else cl.union(f, it.unit);
  }
}

function buildEntities(cl: Clusters, all: Item[]): StoryEntity[] {
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

function compare(a: number[], b: number[]): number {
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return a[i]! - b[i]!;
  return 0;
}

/** Stage form: options resolved once, then `(items) => entities` per story. */
export function createEntityCanonicalizer(opts: CanonicalizeOptions = {}): (items: AnalyzedArticle[]) => StoryEntity[] {
  return (items) => canonicalizeEntities(items, opts);
}
