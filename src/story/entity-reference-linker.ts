import { stemmer } from 'stemmer';
import type { EntityType } from '../model/entity.js';
import { getLexicon } from '../analyze/entities/lexicon.js';
import { FACILITY_HEADS, ORG_HEADS, PERSON_PRONOUNS, PLURAL_PRONOUNS } from '../analyze/entities/word-lists.js';
import type { Clusters, Item } from './entity-clusters.js';
import { typesCompatible } from './entity-name-matcher.js';

/**
 * Links what is not a name to the entities the names formed: common-noun phrases by the title
 * a name carried or the head its name ends with, pronouns by the nearest fitting mention before
 * them (or all alike pronouns of a story). Only labelled mentions have these (the evaluation);
 * the name finder yields names only.
 */


/** "President X" somewhere and "the president" elsewhere: one entity, when only one name carries that title. */
export function linkRoles(cl: Clusters, all: Item[], nominalByKey: Map<string, number>, skip: Set<number> = new Set()): void {
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
    if (skip.has(u)) continue;
    const [type, head] = key.split('|') as [EntityType, string];
    const roots = byTitle.get(head);
    const distinct = roots ? new Set([...roots].map((r) => cl.find(r))) : null;
    if (distinct && distinct.size === 1 && typesCompatible(type, 'person')) {
      cl.union([...distinct][0]!, u);
      continue;
    }
    const named = byHead.get(`${type}|${head}`);
    const one = named ? new Set([...named].map((r) => cl.find(r))) : null;
    if (one && one.size === 1) cl.union([...one][0]!, u);
  }
}

const PRONOUN_WINDOW = 15;
const RELATIVE_PRONOUNS = new Set(['who', 'whom', 'whose', 'which', 'that']);
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

/** 'm' or 'f' for a name whose first name is in only one of the two name lists. */
export const nameGender = (it: Item): 'm' | 'f' | null => (it.norm.form === 'name' ? genderOf(it) : null);

const PLURAL_WORD_RE = /(?:[^s]s|men|people|police|staff|crew|team|family)$/;

/** Roots of the clusters that hold a person's name: a known first name before a surname, or a title. */
function personRoots(cl: Clusters, all: Item[]): Set<number> {
  const lex = getLexicon();
  const out = new Set<number>();
  for (const it of all) {
    if (it.norm.form !== 'name') continue;
    const t = it.norm.tokens;
    if ((t.length >= 2 && lex.firstNames.has(t[0]!.toLowerCase())) || it.norm.titles.length > 0 || it.m.role !== undefined) out.add(cl.find(it.unit));
  }
  return out;
}

/** `strict`: he / she join only a cluster that holds a person's name or a singular role noun,
 *  not a name that may be a team, a company or a town ("the Saints", "France Telecom"). */
export function linkPronouns(cl: Clusters, all: Item[], strict = true): void {
  const people = strict ? personRoots(cl, all) : null;
  // The gender of a cluster's full names ("Regina Benjamin" makes "Benjamin" female), when they agree.
  const rootGender = new Map<number, 'm' | 'f' | null>();
  for (const c of all) {
    const g = c.norm.form === 'name' ? genderOf(c) : null;
    if (g === null) continue;
    const r = cl.find(c.unit);
    const had = rootGender.get(r);
    rootGender.set(r, had === undefined || had === g ? g : null);
  }
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
      if (RELATIVE_PRONOUNS.has(it.norm.head)) {
        // "Tara Reid, who ...": the mention right before it in the sentence.
        const c = list[i - 1];
        if (c && c.m.sentence === it.m.sentence && c.norm.form !== 'pronoun' && (c.m.type === it.m.type || it.m.type === 'other')) cl.union(c.unit, it.unit);
        continue;
      }
      const personal = PERSON_PRONOUNS.has(it.norm.head);
      const gender = genderOf(it);
      const plural = PLURAL_PRONOUNS.has(it.norm.head);
      // A personal pronoun refers to a named person more often than to the nearest noun phrase:
      // look for a name (or an already linked pronoun) first, then for any fitting mention.
      const fits = (c: Item): boolean => {
        if (c.norm.form === 'pronoun' && !(personal && PERSON_PRONOUNS.has(c.norm.head))) return false;
        const cg = genderOf(c) ?? rootGender.get(cl.find(c.unit)) ?? null;
        if (personal && gender !== null && cg !== null && cg !== gender) return false;
        if (personal && c.m.type !== 'person') return false;
        if (people && personal) {
          if (c.norm.form === 'name' && !people.has(cl.find(c.unit))) return false;
          if (c.norm.form === 'nominal' && PLURAL_WORD_RE.test(c.norm.tokens[c.norm.tokens.length - 1]?.toLowerCase() ?? '')) return false;
        }
        // "they" for a team or a company with a plural name ("the Colts"), never for a person's name.
        if (plural && c.m.type === 'person' && c.norm.form === 'name' && !(people && !people.has(cl.find(c.unit)) && PLURAL_WORD_RE.test(c.norm.tokens[c.norm.tokens.length - 1] ?? ''))) return false;
        // "it" for a company typed as a participant ("Microsoft ... it"), not for a person's name.
        if (!personal && !plural && c.m.type === 'person' && !(people && c.norm.form === 'name' && !people.has(cl.find(c.unit)))) return false;
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

export function linkPronounLemmas(cl: Clusters, all: Item[]): void {
  const first = new Map<string, number>();
  for (const it of all) {
    if (it.norm.form !== 'pronoun') continue;
    const f = first.get(it.norm.head);
    if (f === undefined) first.set(it.norm.head, it.unit);
    else cl.union(f, it.unit);
  }
}
