import type { AnalyzedArticle } from '../model/analyzed.js';
import type { EntityMention, EntityType } from '../model/entity.js';
import type { NominalOptions } from '../analyze/entities/nominal-finder.js';
import { canonicalizeEntities, type CanonicalizeOptions } from '../story/entity-canonicalizer.js';
import { clusterByHeadLemma } from './entity-baseline.js';
import { addCounts, corefCounts, scoresOf, zeroCounts, type CorefCounts, type CorefScores } from './entity-coref-metrics.js';
import { readEcbSplit, type EcbDocument, type EcbGoldMention } from './entity-ecb-reader.js';
import { scoreTyping, type TypingScores } from './entity-typing-eval.js';
import { classOfType, isNamedGold, predictMentions, scoreMentions, type MentionScores, type PredictedSpan, type SpanRef } from './entity-mention-eval.js';

/**
 * `crosscheck eval entities`: mention detection and cross-document entity coreference on the
 * ECB+ test topics (Cybulska and Vossen split), each clustered within its gold topic (or, in
 * one row, within each gold sub-topic: the ECB and the ECB+ documents of a topic tell of two
 * events of one kind, which a story clusterer separates).
 * Coreference with gold mentions gives the canonicalizer the gold spans and their gold class
 * (HUM -> person, LOC -> place, NON/TIM -> other); with predicted mentions it clusters what
 * extractMentions found, each aligned to the gold mention it overlaps (else a miss).
 */

export interface EntityEvalOptions {
  dir: string;
  split?: 'Train' | 'Dev' | 'Test';
  canonicalize?: CanonicalizeOptions;
  /** Options of the nominal and pronoun finder for the "with nominals" rows (see nominal-finder). */
  nominal?: NominalOptions;
}

export interface CorefRow {
  setting: string;
  system: CorefScores;
  baseline: CorefScores;
  mentions: number;
}

export interface EntityEvalReport {
  split: string;
  documents: number;
  topics: number;
  goldMentions: number;
  /** `system`: names only (what the story report lists); `withNominal`: names, common-noun phrases and pronouns. */
  mentionDetection: { system: MentionScores[]; withNominal: MentionScores[]; capsBaseline: MentionScores };
  /** Type agreement of found names with the gold HUM/LOC/NON class they overlap. */
  typing: TypingScores;
  coref: CorefRow[];
}

const TYPE_OF_CLASS: Record<string, EntityType> = { HUM: 'person', LOC: 'place' };
const keyOf = (m: SpanRef): string => `${m.doc}:${m.sent}:${m.first}:${m.last}`;

function byTopic<T>(xs: T[], topic: (x: T) => string): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const x of xs) {
    const t = topic(x);
    let l = out.get(t);
    if (!l) out.set(t, (l = []));
    l.push(x);
  }
  return out;
}

const topicOfDoc = (doc: string): string => doc.split('_')[0]!;

interface Item { id: string; doc: string; start: number; end: number; text: string; type: EntityType; sentence: number; evidence?: EntityMention['evidence']; rule?: string }

/** Runs the canonicalizer on items of one topic; returns clusters of item ids. */
function systemClusters(docs: EcbDocument[], items: Item[], opts: CanonicalizeOptions): string[][] {
  const byDoc = byTopic(items, (x) => x.doc);
  const idAt = new Map<string, string>();
  const analyzed: AnalyzedArticle[] = [];
  for (const d of docs) {
    const mentions: EntityMention[] = (byDoc.get(d.id) ?? []).map((x) => {
      idAt.set(`${d.id}:${x.start}:${x.end}`, x.id);
      const m: EntityMention = { start: x.start, end: x.end, text: x.text, type: x.type, sentence: x.sentence };
      if (x.evidence) m.evidence = x.evidence;
      if (x.rule) m.rule = x.rule;
      return m;
    });
    analyzed.push({ article: { id: d.id } as AnalyzedArticle['article'], sentences: d.sentences, mentions, timexes: [], quotes: [], numbers: [] });
  }
  return canonicalizeEntities(analyzed, opts).map((e) => [...new Set(e.mentions.map((m) => idAt.get(`${m.articleId}:${m.start}:${m.end}`)!))]);
}

function goldItems(docs: Map<string, EcbDocument>, gold: EcbGoldMention[]): Item[] {
  const seen = new Set<string>();
  const out: Item[] = [];
  for (const m of gold) {
    const d = docs.get(m.docId);
    if (!d) continue;
    const id = keyOf({ doc: m.docId, sent: m.sent, first: m.first, last: m.last });
    if (seen.has(id)) continue;
    seen.add(id);
    const toks = d.tokens.filter((t) => t.sent === m.sent && t.tok >= m.first && t.tok <= m.last);
    if (toks.length === 0) continue;
    const start = toks[0]!.start;
    const end = toks[toks.length - 1]!.end;
    out.push({ id, doc: m.docId, start, end, text: d.text.slice(start, end), type: TYPE_OF_CLASS[m.mentionType] ?? 'other', sentence: m.sent });
  }
  return out;
}

function keyClusters(gold: EcbGoldMention[]): string[][] {
  const chains = new Map<string, Set<string>>();
  for (const m of gold) {
    const c = `${topicOfDoc(m.docId)}|${m.chain}`;
    let s = chains.get(c);
    if (!s) chains.set(c, (s = new Set()));
    s.add(keyOf({ doc: m.docId, sent: m.sent, first: m.first, last: m.last }));
  }
  return [...chains.values()].map((s) => [...s]);
}

function scoreTopics(docs: EcbDocument[], gold: EcbGoldMention[], items: Item[], opts: CanonicalizeOptions, within: 'topic' | 'subtopic'): { system: CorefScores; baseline: CorefScores } {
  let sys: CorefCounts = zeroCounts();
  let base: CorefCounts = zeroCounts();
  const docsByTopic = byTopic(docs, (d) => d.topic);
  const goldByTopic = byTopic(gold, (m) => topicOfDoc(m.docId));
  const itemsByTopic = byTopic(items, (x) => topicOfDoc(x.doc));
  for (const [topic, tdocs] of docsByTopic) {
    const key = keyClusters(goldByTopic.get(topic) ?? []);
    const its = itemsByTopic.get(topic) ?? [];
    // Clustering runs per story: the whole topic, or each sub-topic (the ECB and the ECB+ half,
    // two events of one kind, as a story clusterer would separate them); scoring is per topic.
    const unitOf = (doc: string): string => (within === 'subtopic' && doc.endsWith('plus') ? '+' : '');
    const docUnits = byTopic(tdocs, (d) => unitOf(d.id));
    const itemUnits = byTopic(its, (x) => unitOf(x.doc));
    const response: string[][] = [];
    const baseResponse: string[][] = [];
    for (const [u, udocs] of docUnits) {
      const uits = itemUnits.get(u) ?? [];
      response.push(...systemClusters(udocs, uits, opts));
      baseResponse.push(...clusterByHeadLemma(uits));
    }
    sys = addCounts(sys, corefCounts(key, response));
    base = addCounts(base, corefCounts(key, baseResponse));
  }
  return { system: scoresOf(sys), baseline: scoresOf(base) };
}

/** Aligns each predicted mention to the gold mention it overlaps (exact span first, then the shortest). */
function alignPredicted(pred: PredictedSpan[], gold: EcbGoldMention[]): Item[] {
  const bySent = byTopic(gold, (m) => `${m.docId}:${m.sent}`);
  const used = new Set<string>();
  return pred.map((p, i) => {
    const cands = (bySent.get(`${p.doc}:${p.sent}`) ?? []).filter((g) => g.first <= p.last && p.first <= g.last)
      .sort((a, b) => Number(b.first === p.first && b.last === p.last) - Number(a.first === p.first && a.last === p.last) || (a.last - a.first) - (b.last - b.first));
    const g = cands.find((c) => !used.has(keyOf({ doc: c.docId, sent: c.sent, first: c.first, last: c.last })));
    const id = g ? keyOf({ doc: g.docId, sent: g.sent, first: g.first, last: g.last }) : `pred:${p.doc}:${i}`;
    if (g) used.add(id);
    const item: Item = { id, doc: p.doc, start: p.start, end: p.end, text: p.mention.text, type: p.mention.type, sentence: p.sent };
    if (p.mention.evidence) item.evidence = p.mention.evidence;
    if (p.mention.rule) item.rule = p.mention.rule;
    return item;
  });
}

export function evaluateEntities(opts: EntityEvalOptions): EntityEvalReport {
  const split = opts.split ?? 'Test';
  const { documents, mentions } = readEcbSplit(opts.dir, split);
  const docMap = new Map(documents.map((d) => [d.id, d]));
  const pred = predictMentions(documents);
  const predCls = pred.map((p) => ({ ...p, cls: classOfType(p.mention.type) }));
  const predNom = predictMentions(documents, { includeNominal: opts.nominal ?? true });
  const predNomCls = predNom.map((p) => ({ ...p, cls: classOfType(p.mention.type) }));
  const capsRuns = capitalisedRuns(documents);
  const mentionDetection = {
    system: (['HUM', 'LOC', 'HUM+LOC'] as const).map((c) => scoreMentions(c, mentions, predCls)),
    withNominal: (['HUM', 'LOC', 'HUM+LOC'] as const).map((c) => scoreMentions(c, mentions, predNomCls)),
    capsBaseline: scoreMentions('HUM+LOC', mentions, capsRuns),
  };
  const humLoc = mentions.filter((m) => m.mentionType === 'HUM' || m.mentionType === 'LOC');
  const named = humLoc.filter(isNamedGold);
  const entityPred = pred.filter((p) => p.mention.type !== 'other');
  const entityPredNom = predNom.filter((p) => p.mention.type !== 'other');
  const coref: CorefRow[] = [];
  const row = (setting: string, gold: EcbGoldMention[], items: Item[], within: 'topic' | 'subtopic' = 'topic'): void => {
    coref.push({ setting, ...scoreTopics(documents, gold, items, opts.canonicalize ?? {}, within), mentions: items.length });
  };
  const allGold = goldItems(docMap, mentions);
  row('gold mentions, all entity types (HUM/LOC/NON/TIM)', mentions, allGold);
  row('  the same, clustered per sub-topic (story)', mentions, allGold, 'subtopic');
  row('gold mentions, HUM+LOC', humLoc, goldItems(docMap, humLoc));
  row('gold mentions, named HUM+LOC', named, goldItems(docMap, named));
  row('predicted mentions vs gold HUM+LOC chains', humLoc, alignPredicted(entityPred, humLoc));
  row('predicted mentions vs named HUM+LOC chains', named, alignPredicted(entityPred, named));
  row('predicted + nominal mentions vs gold HUM+LOC chains', humLoc, alignPredicted(entityPredNom, humLoc));
  const typing = scoreTyping(pred, mentions);
  return { split, documents: documents.length, topics: new Set(documents.map((d) => d.topic)).size, goldMentions: mentions.length, mentionDetection, typing, coref };
}

/** Mention-detection baseline: every run of capitalised words, whatever its place in the sentence. */
function capitalisedRuns(docs: EcbDocument[]): (SpanRef & { cls: 'HUM' | 'LOC' })[] {
  const out: (SpanRef & { cls: 'HUM' | 'LOC' })[] = [];
  for (const d of docs) {
    let run: SpanRef | null = null;
    for (const t of d.tokens) {
      const cap = /^\p{Lu}/u.test(d.text.slice(t.start, t.end));
      if (cap && run && run.sent === t.sent && run.last === t.tok - 1) run.last = t.tok;
      else {
        if (run) out.push({ ...run, cls: 'HUM' });
        run = cap ? { doc: d.id, sent: t.sent, first: t.tok, last: t.tok } : null;
      }
    }
    if (run) out.push({ ...run, cls: 'HUM' });
  }
  return out;
}

const pct = (x: number): string => (100 * x).toFixed(1).padStart(5);

export function formatEntityEval(r: EntityEvalReport): string {
  const lines: string[] = [];
  lines.push(`ECB+ ${r.split}: ${r.documents} documents, ${r.topics} topics, ${r.goldMentions} gold entity mentions`);
  lines.push('');
  lines.push('Mention detection (P / R / F1, %)         gold  named  pred |  exact P     R    F1 | overlap P   R    F1 | named R');
  const mrow = (name: string, s: MentionScores): string =>
    `${name.padEnd(40)} ${String(s.gold).padStart(6)} ${String(s.goldNamed).padStart(6)} ${String(s.predicted).padStart(5)} | ${pct(s.exact.p)} ${pct(s.exact.r)} ${pct(s.exact.f)} | ${pct(s.overlap.p)} ${pct(s.overlap.r)} ${pct(s.overlap.f)} | ${pct(s.namedRecall)}`;
  for (const s of r.mentionDetection.system) lines.push(mrow(`extractMentions ${s.cls}`, s));
  for (const s of r.mentionDetection.withNominal) lines.push(mrow(`  + nominals, pronouns ${s.cls}`, s));
  lines.push(mrow('baseline: capitalised runs, HUM+LOC', r.mentionDetection.capsBaseline));
  lines.push('');
  const t = r.typing;
  const cls = (['HUM', 'LOC', 'NON'] as const).map((c) => `${c} ${t.byClass[c].agree}/${t.byClass[c].aligned} (${pct(t.byClass[c].aligned ? t.byClass[c].agree / t.byClass[c].aligned : 0).trim()})`).join(', ');
  lines.push(`Typing of found names (person/organization/group = HUM, place = LOC, other = NON): ${pct(t.accuracy).trim()}% of ${t.aligned} aligned to a gold mention; ${cls}`);
  lines.push('');
  lines.push('Entity coreference within gold topics (F1 %)            mentions |   MUC    B3  CEAFe  CoNLL | baseline (head lemma) MUC B3 CEAFe CoNLL');
  for (const c of r.coref) {
    const s = c.system;
    const b = c.baseline;
    lines.push(`${c.setting.padEnd(56)} ${String(c.mentions).padStart(8)} | ${pct(s.muc.f)} ${pct(s.b3.f)} ${pct(s.ceafe.f)} ${pct(s.conll)} | ${pct(b.muc.f)} ${pct(b.b3.f)} ${pct(b.ceafe.f)} ${pct(b.conll)}`);
  }
  lines.push('');
  lines.push('Reference: Barhom et al. 2019, entity coreference CoNLL F1 about 70.9 (gold mentions, all entity types).');
  return lines.join('\n');
}
