import type { EntityType } from '../../model/entity.js';

/**
 * Revises weakly typed mentions with evidence from the whole article: the same string typed
 * with more confidence elsewhere, a single word that is part of a person's full name
 * ("Merkel" after "Angela Merkel"), the singular or plural of a group word
 * ("Tamil" / "Tamils"), and drops a sentence-initial unknown word that the article also
 * writes in lower case ("Officials ..." / "... officials").
 */

export interface DraftMention {
  start: number;
  end: number;
  text: string;
  sentence: number;
  type: EntityType;
  strength: 1 | 2 | 3;
  rule: string;
  initial: boolean;
  tokenCount: number;
  role?: string;
}

const singularOf = (l: string): string => (l.length > 3 && l.endsWith('s') && !l.endsWith('ss') ? l.slice(0, -1) : l);

export function refineDocument(drafts: DraftMention[], lowerWords: Set<string>): DraftMention[] {
  const best = new Map<string, { type: EntityType; strength: number }>();
  const personTokens = new Map<string, number>();
  const orgTokens = new Set<string>();
  const groups = new Set<string>();
  const laterCapitalised = new Set<string>();
  const surnames = new Set<string>();
  for (const d of drafts) {
    if (!d.initial) laterCapitalised.add(d.text.toLowerCase());
    const key = d.text.toLowerCase();
    const b = best.get(key);
    if (!b || d.strength > b.strength) best.set(key, { type: d.type, strength: d.strength });
    if (d.type === 'person' && d.tokenCount > 1) {
      const words = key.split(/\s+/);
      // A name typed by its shape alone lends only its last word (the surname): its first word
      // may be a firm or a town ("Acme Phone", "Oslo Maria Silva"), which must not become a person.
      for (let i = d.strength >= 2 ? 0 : words.length - 1; i < words.length; i++) {
        personTokens.set(words[i]!, Math.max(personTokens.get(words[i]!) ?? 0, d.strength));
      }
      if (d.strength >= 2) surnames.add(words[words.length - 1]!);
    }
    if (d.type === 'organization' && d.tokenCount > 1 && d.strength === 3) for (const w of key.split(/\s+/)) orgTokens.add(w);
    if (d.type === 'group') groups.add(singularOf(key));
  }
  const out: DraftMention[] = [];
  for (const d of drafts) {
    const key = d.text.toLowerCase();
    // A town named like the surname of a person of this article ("Buckley" after "Robert Buckley").
    if (d.rule === 'gazetteer-city' && d.tokenCount === 1 && surnames.has(key)) {
      out.push({ ...d, type: 'person', strength: 2, rule: 'document-name' });
      continue;
    }
    if (d.strength < 3) {
      const b = best.get(key);
      if (b && b.strength > d.strength && b.type !== d.type) {
        out.push({ ...d, type: b.type, strength: 2, rule: 'document' });
        continue;
      }
      if (d.tokenCount === 1) {
        const p = personTokens.get(key);
        if (p !== undefined && p >= d.strength && d.type !== 'person') {
          out.push({ ...d, type: 'person', strength: 2, rule: 'document-name' });
          continue;
        }
        // A two-letter word ("La", "Ky") that is no word of a person's name in the article.
        if (d.rule === 'short-word') continue;
        if (groups.has(singularOf(key)) && d.type !== 'group') {
          out.push({ ...d, type: 'group', strength: 2, rule: 'document-group' });
          continue;
        }
        if (d.type === 'other' && orgTokens.has(key)) {
          out.push({ ...d, type: 'organization', strength: 2, rule: 'document-org' });
          continue;
        }
        // A sentence-initial unknown word is a name only if the article also capitalises it elsewhere;
        // any unknown lone word that the article also writes in lower case is a common word.
        // ("Okonjo said" keeps its name: a verb of speech after an uncommon word.)
        if (d.strength === 1 && d.initial && d.rule !== 'speech-cue' && (lowerWords.has(key) || !laterCapitalised.has(key))) continue;
        if (d.strength === 1 && lowerWords.has(key)) continue;
      }
    }
    out.push(d);
  }
  return out;
}
