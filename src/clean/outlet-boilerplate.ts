/**
 * Corpus-level boilerplate: a paragraph that recurs in many articles of one outlet is the
 * outlet's template (a newsletter pitch, a standard disclaimer), not the story. Runs on the
 * articles of one load, grouped by outlet; linear in the number of paragraphs.
 */
import type { Article } from '../model/article.js';
import { diagnostic } from '../model/diagnostic.js';
import { lineKey } from './repeat-filter.js';
import { contentHash } from './content-hash.js';

export interface OutletBoilerplateOptions {
  /** An outlet needs at least this many articles in the load for the pass to run. */
  minArticles?: number;
  /** Share of the outlet's articles a paragraph must appear in to be boilerplate. */
  minShare?: number;
  /** Longer paragraphs are content even when repeated (syndicated copies share whole paragraphs). */
  maxChars?: number;
}

export function createOutletBoilerplateFilter(opts: OutletBoilerplateOptions = {}): (articles: Article[]) => void {
  const minArticles = opts.minArticles ?? 4;
  const minShare = opts.minShare ?? 0.5;
  const maxChars = opts.maxChars ?? 250;
  return (articles) => {
    const byOutlet = new Map<string, Article[]>();
    for (const a of articles) {
      if (a.outlet === null) continue;
      const list = byOutlet.get(a.outlet) ?? [];
      list.push(a);
      byOutlet.set(a.outlet, list);
    }
    for (const group of byOutlet.values()) {
      if (group.length < minArticles) continue;
      // Distinct texts only: copies of one article must not vote for their own paragraphs.
      const counts = new Map<string, number>();
      const seenTexts = new Set<string>();
      for (const a of group) {
        if (seenTexts.has(a.contentHash)) continue;
        seenTexts.add(a.contentHash);
        for (const key of new Set(a.text.split('\n\n').filter((p) => p.length <= maxChars).map(lineKey))) {
          counts.set(key, (counts.get(key) ?? 0) + 1);
        }
      }
      const threshold = Math.max(3, Math.ceil(minShare * seenTexts.size));
      const boiler = new Set([...counts].filter(([, n]) => n >= threshold).map(([k]) => k));
      if (boiler.size === 0) continue;
      for (const a of group) {
        const paras = a.text.split('\n\n');
        const kept = paras.filter((p) => p.length > maxChars || !boiler.has(lineKey(p)));
        if (kept.length === paras.length || kept.length === 0) continue;
        a.text = kept.join('\n\n');
        a.contentHash = contentHash(a.text);
        a.diagnostics.push(diagnostic('clean/boilerplate-removed', a.source.input, `${paras.length - kept.length} paragraph(s) shared by ${threshold}+ articles of ${a.outlet} removed`, 'info'));
      }
    }
  };
}
