#!/usr/bin/env node
// Writes the ECB+ documents of one split as story-clustering gold JSONL (id, text, event, lang):
// each topic of ECB+ holds two different events of one kind (the ECB half and the ECB+ half: two
// earthquakes, two arrests of one actor...), so the event label is topic + half. The texts are the
// annotated sentences of each document (the cybulska setup), a headline and a lede or so.
// A held-out check of story clustering on confusable events, never tuned on.
// Usage: node scripts/ecbplus-stories.mjs [Test|Dev|Train] > out.jsonl
import { readFileSync } from 'node:fs';

const split = process.argv[2] ?? 'Test';
const path = new URL(`../../shared/data/ecbplus/data/interim/cybulska_setup/ECB_${split}_corpus.txt`, import.meta.url);
const docs = new Map();
for (const line of readFileSync(path, 'utf8').split('\n')) {
  const cols = line.split('\t');
  if (cols.length < 4) continue;
  const [doc, sent, , word] = cols;
  let d = docs.get(doc);
  if (!d) docs.set(doc, (d = new Map()));
  const s = d.get(sent) ?? [];
  s.push(word);
  d.set(sent, s);
}
const detok = (words) => words.join(' ').replace(/ ([.,;:!?%)'])/g, '$1').replace(/([($]) /g, '$1').replace(/ - /g, '-').replace(/ 's\b/g, "'s");
for (const [doc, sents] of docs) {
  const m = /^(\d+)_\d+(ecbplus|ecb)$/.exec(doc);
  if (!m) continue;
  const text = [...sents.values()].map(detok).join('\n');
  process.stdout.write(`${JSON.stringify({ id: doc, text, event: `${m[1]}-${m[2]}`, lang: 'en' })}\n`);
}
