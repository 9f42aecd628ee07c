import type { Relation, StoryCluster } from '../model/match.js';

function clip(s: string, n: number): string {
  const one = s.replace(/\s+/g, ' ');
  return one.length > n ? `${one.slice(0, n - 3)}...` : one;
}

/** Markdown view of stories and the textual relations between their articles. */
export function renderClustersMarkdown(stories: readonly StoryCluster[], relations: readonly Relation[]): string {
  const out: string[] = [`# Stories (${stories.length})`, ''];
  const storyOf = new Map<string, string>();
  for (const s of stories) for (const id of s.articleIds) storyOf.set(id, s.id);
  for (const s of stories) {
    out.push(`## ${s.id}: ${clip(s.title, 120)}`, '', `Articles (${s.articleIds.length}): ${s.articleIds.join(', ')}`, '');
    const rels = relations.filter((r) => storyOf.get(r.a) === s.id || storyOf.get(r.b) === s.id);
    for (const r of rels) {
      const origin = r.origin ? ` (origin: ${r.origin.agency ?? r.origin.articleId}: ${r.origin.reason})` : '';
      out.push(`- ${r.a} ${r.kind} ${r.b}: containment ${r.similarity}, ${r.sharedPassages.length} shared passage(s)${origin}`);
      for (const p of r.sharedPassages.slice(0, 3)) out.push(`  - @${p.aStart}/${p.bStart}: "${clip(p.text, 160)}"`);
    }
    if (rels.length > 0) out.push('');
  }
  return out.join('\n');
}
