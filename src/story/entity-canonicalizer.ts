import type { AnalyzedArticle } from '../model/analyzed.js';
import type { EntityType, StoryEntity } from '../model/entity.js';
import { getLexicon, isKnownPlace } from '../analyze/entities/lexicon.js';
import { buildEntities } from './entity-builder.js';
import { Clusters, type Item } from './entity-clusters.js';
import { normalizeMention } from './entity-mention-normalizer.js';
import { acronymOf, eventNameOf, givenNameOf, prefixOf, regnalOf, sameName, surnameOf, type NameUnit } from './entity-name-matcher.js';
import { linkAppositives } from './entity-appositive-linker.js';
import { linkDominantPerson, mergeNominalHeads, nominalKey } from './entity-nominal-linker.js';
import { linkPronounLemmas, linkPronouns, linkRoles, nameGender } from './entity-reference-linker.js';

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
  /** Link a common-noun phrase to the name it stands next to ("actress Tara Reid", "Reid, the actress"). Default true. */
  appositives?: boolean;
  /** A singular person role ("the actress") joins the one person its article names far more than any other. Default false (no gain on ECB+ Train/Dev). */
  dominantPerson?: boolean;
  /** he / she join only clusters that hold a person's name (a first name or a title) or a singular role noun. Default true. */
  strictPronouns?: boolean;
}

export function canonicalizeEntities(items: AnalyzedArticle[], opts: CanonicalizeOptions = {}): StoryEntity[] {
  const cl = new Clusters();
  const all: Item[] = [];
  const units: NameUnitInfo[] = [];
  const unitByKey = new Map<string, number>();
  const nominalByKey = new Map<string, number>();
  for (const a of items) {
    for (const m of a.mentions) {
      // A found common noun or pronoun is no name even when it opens a sentence ("Police said").
      const norm = normalizeMention(m.text, m.evidence !== undefined && m.rule !== 'nominal' && m.rule !== 'pronoun');
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
        if (m.type === 'person' && m.certainty === 'explicit') units[u]!.personCue = true;
        unit = u;
      } else if (norm.form === 'nominal') {
        const key = nominalKey(opts.nominals === 'any' ? 'other' : type, norm.head, a.article.id);
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
  const linked = (opts.appositives ?? true) ? linkAppositives(cl, all, textBetween(items)) : new Set<number>();
  if (opts.dominantPerson ?? false) linkDominantPerson(cl, all, nominalByKey, linked, nameGender);
  const byHead = mergeNominalHeads(cl, nominalByKey, linked);
  if (opts.linkRoles ?? true) linkRoles(cl, all, byHead, linked);
  const pronouns = opts.pronouns ?? 'nearest';
  if (pronouns === 'nearest') linkPronouns(cl, all, opts.strictPronouns ?? true);
  else if (pronouns === 'lemma') linkPronounLemmas(cl, all);
  return buildEntities(cl, all);
}

/** The text between two offsets of one sentence of an article (null across sentences). */
function textBetween(items: AnalyzedArticle[]): (articleId: string, start: number, end: number) => string | null {
  const byId = new Map(items.map((a) => [a.article.id, a.sentences]));
  return (id, start, end) => {
    const s = byId.get(id)?.find((x) => x.start <= start && end <= x.end);
    return s ? s.text.slice(start - s.start, end - s.start) : null;
  };
}

/** A name unit with its tokens as written and whether a mention had an explicit person cue (title, speech verb). */
type NameUnitInfo = NameUnit & { tokens: string[]; personCue?: boolean };

function mergeNames(cl: Clusters, units: NameUnitInfo[]): void {
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
  // A lone surname joins the most mentioned full name it ends; an acronym the name it abbreviates;
  // a ruler's given name the one regnal name it begins.
  const rootCount = new Map<number, number>();
  for (const k of ids) rootCount.set(cl.find(k), (rootCount.get(cl.find(k)) ?? 0) + units[k]!.count);
  const countOf = (u: number): number => rootCount.get(cl.find(u)) ?? 0;
  const joined = new Set<number>();
  const lex = getLexicon();
  const knownPlace = (tokens: string[]): boolean => {
    const name = tokens.join(' ').toLowerCase();
    return isKnownPlace(lex, name) || lex.ambiguousPlaces.has(name);
  };
  for (const s of ids) {
    const u = units[s]!;
    if (u.folded.length > 2) continue;
    let best = -1;
    for (const f of blocks.get(u.folded[0]?.[0] ?? '') ?? []) {
      const full = units[f]!;
      // A known place that begins a longer place's name is another, larger place ("Georgia", "Georgia Keys").
      const prefix = prefixOf(u, full, full.tokens) && !(full.hint === 'place' && knownPlace(u.tokens));
      if (surnameOf(u, full) || acronymOf(u, full, full.tokens) || prefix || regnalOf(u, full, full.tokens) || eventNameOf(u, full, full.tokens)) {
        if (best < 0 || countOf(f) > countOf(best)) best = f;
      }
    }
    if (best >= 0 && cl.union(best, s)) joined.add(s);
  }
  // A given name alone ("Tavo", "Priya") joins the full name it begins when the story has
  // exactly one such person; with two (or none) it stays apart.
  for (const s of ids) {
    const u = units[s]!;
    // A place's name is no given name ("Georgia" and "Georgia Keys", "Jordan").
    if (joined.has(s) || u.folded.length !== 1 || knownPlace(u.tokens)) continue;
    const roots = new Set<number>();
    let hit = -1;
    for (const f of blocks.get(u.folded[0]?.[0] ?? '') ?? []) {
      // The full name must be a person's by strong evidence, or the given name carry a person cue
      // of its own ("Tavo told reporters"): not "Acme" and a name-shaped "Acme Phone".
      if (f !== s && givenNameOf(u, units[f]!) && (units[f]!.type === 'person' || u.personCue === true)) {
        roots.add(cl.find(f));
        hit = f;
      }
    }
    if (roots.size === 1 && cl.find(s) !== cl.find(hit)) cl.union(hit, s);
  }
}

/** Stage form: options resolved once, then `(items) => entities` per story. */
export function createEntityCanonicalizer(opts: CanonicalizeOptions = {}): (items: AnalyzedArticle[]) => StoryEntity[] {
  return (items) => canonicalizeEntities(items, opts);
}
