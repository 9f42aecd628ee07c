/**
 * Spelling-neutral key of a name word, so that one name matches across languages and
 * romanisations ("Tokió"/"Tokyo", "Jomart"/"Zhomart"): the entity canonicaliser's transliteration
 * folding (story/entity-name-folding.ts). Cached: names repeat across a stream, and the folding
 * runs a dozen regular expressions. The cache is cleared when full, so memory stays bounded.
 */
import { foldName } from '../story/entity-name-folding.js';

const MAX_CACHE = 200_000;
const cache = new Map<string, string>();

export function nameKey(norm: string): string {
  let k = cache.get(norm);
  if (k === undefined) {
    k = foldName(norm) || norm;
    if (cache.size >= MAX_CACHE) cache.clear();
    cache.set(norm, k);
  }
  return k;
}

const VOWELS_RE = /[aeiou]/g;

/** Consonant skeleton of a folded name key, at most four consonants ("japon", "japan" -> "jpn"). */
export function skeletonKey(key: string): string {
  return key.replace(VOWELS_RE, '').slice(0, 4);
}
