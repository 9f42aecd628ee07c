// Golden output of the time stage on the seed story: every article's anchor and time
// expressions, the publication-date discrepancies and the timeline, in a compact form.
// The seed files are read here with a minimal reader (header date line, rest as text) so the
// golden output depends on the time stage only, not on ingestion and cleaning.
// Regenerate after an intended change: npx tsx test/time/seed-golden.ts --write
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { checkPublicationDates } from '../../src/story/publication-date-checker.js';
import { buildTimeline } from '../../src/story/timeline-builder.js';
import { reanchorArticles } from '../../src/story/timeline-reanchor.js';
import { short } from './seed-helpers.js';
import { article } from './story-helpers.js';

export const GOLDEN_PATH = 'fixtures/time/seed-story.expected.json';

const DIR = 'examples/seed-story';
const HEADER = /^\s*date\s+(\d{4}-\d\d-\d\d)[^\n]*\n/;

function rawSeeds() {
  return readdirSync(DIR).filter((f) => f.endsWith('.txt')).sort().map((f) => {
    const raw = readFileSync(join(DIR, f), 'utf8');
    const m = HEADER.exec(raw);
    return article(f.replace(/\.txt$/, ''), m ? m[1]! : null, m ? raw.slice(m[0].length) : raw);
  });
}

export function seedGolden(): unknown {
  const items = rawSeeds();
  const check = checkPublicationDates(items);
  const re = reanchorArticles(items, check.correctedAnchors);
  return {
    storyDate: check.storyDate,
    articles: re.map((it) => ({
      id: short(it.article.id),
      anchor: check.anchors[it.article.id],
      timexes: it.timexes.map((t) => `${t.text} = ${t.value} (${t.certainty}${t.tense ? `, ${t.tense}` : ''})`),
    })),
    discrepancies: check.discrepancies.map((d) => ({ kind: d.kind, positions: d.positions.map((p) => ({ value: p.value, articleIds: p.articleIds.map(short) })) })),
    timeline: buildTimeline(items).map((e) => `${e.date} [${e.articleIds.map(short).join(',')}] ${e.text.slice(0, 60)}`),
  };
}

export function readGolden(): unknown {
  return JSON.parse(readFileSync(GOLDEN_PATH, 'utf8'));
}

if (process.argv.includes('--write')) {
  writeFileSync(GOLDEN_PATH, `${JSON.stringify(seedGolden(), null, 2)}\n`);
  console.log(`wrote ${GOLDEN_PATH}`);
}
