/**
 * A cheap guess of an article's language, for when the input does not say: the writing system
 * for non-Latin scripts, else the language whose function words (stopwords-iso lists, words
 * found in only one of the lists) are most frequent. Only used to tell whether two texts share
 * a language, so that word overlap is not expected between a French and an English report.
 * franc would be more accurate but costs about a millisecond per article.
 */
import { createRequire } from 'node:module';

const LATIN_LANGS = ['en', 'fr', 'es', 'de', 'it', 'pt', 'nl'] as const;
const SCRIPTS: [RegExp, string][] = [
  [/\p{Script=Arabic}/u, 'arabic'],
  [/\p{Script=Devanagari}/u, 'devanagari'],
  [/\p{Script=Cyrillic}/u, 'cyrillic'],
  [/\p{Script=Han}/u, 'han'],
  [/\p{Script=Hiragana}|\p{Script=Katakana}/u, 'ja'],
  [/\p{Script=Hangul}/u, 'ko'],
  [/\p{Script=Greek}/u, 'el'],
  [/\p{Script=Hebrew}/u, 'he'],
  [/\p{Script=Thai}/u, 'th'],
  [/\p{Script=Tamil}/u, 'ta'],
  [/\p{Script=Bengali}/u, 'bn'],
];
const LATIN_RE = /\p{Script=Latin}/u;

const FUNCTION_WORD_LANG: Map<string, string> = (() => {
  const lists = createRequire(import.meta.url)('stopwords-iso') as Record<string, string[]>;
  const seen = new Map<string, string | null>();
  for (const lang of LATIN_LANGS) {
    for (const w of lists[lang] ?? []) {
      if (w.length < 2 || w.length > 6) continue;
      seen.set(w, seen.has(w) && seen.get(w) !== lang ? null : lang);
    }
  }
  const out = new Map<string, string>();
  for (const [w, l] of seen) if (l !== null) out.set(w, l);
  return out;
})();

/** Language code or script name, or null when there is too little text to tell. */
export function guessLanguage(norms: readonly string[]): string | null {
  const counts = new Map<string, number>();
  let latin = 0;
  let other = 0;
  const scriptCounts = new Map<string, number>();
  for (const w of norms) {
    const c = w[0] ?? '';
    if (LATIN_RE.test(c)) {
      latin++;
      const l = FUNCTION_WORD_LANG.get(w);
      if (l !== undefined) counts.set(l, (counts.get(l) ?? 0) + 1);
      continue;
    }
    for (const [re, name] of SCRIPTS) if (re.test(c)) { other++; scriptCounts.set(name, (scriptCounts.get(name) ?? 0) + 1); break; }
  }
  if (other > latin) return [...scriptCounts].sort((a, b) => b[1] - a[1])[0]?.[0] ?? null;
  const best = [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0];
  return best && best[1] >= 3 ? best[0] : null;
}
