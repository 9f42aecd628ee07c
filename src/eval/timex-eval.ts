import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { splitSentences } from '../analyze/sentence-splitter.js';
import { extractTimeExpressions } from '../analyze/time/index.js';
import { CrosscheckError } from '../errors.js';
import type { TimeExpression } from '../model/time.js';
import { type GoldTimex, type TmlDocument, readTml } from './timex-tml-reader.js';

/**
 * TempEval-3 task A scoring of time expressions: a system timex matches a gold one when the
 * spans overlap (relaxed) or are equal (strict); value F1 counts a relaxed match whose value
 * is equal as well. Precision = matched system / system, recall = matched gold / gold.
 */

export interface Prf { precision: number; recall: number; f1: number }
export interface TimexScores {
  documents: number;
  gold: number;
  system: number;
  relaxed: Prf;
  strict: Prf;
  value: Prf;
  /** Value mismatches on relaxed matches, for error analysis. */
  valueErrors: { doc: string; text: string; gold: string; system: string }[];
  missed: { doc: string; text: string; value: string }[];
  spurious: { doc: string; text: string; value: string }[];
}

function prf(sysMatched: number, sys: number, goldMatched: number, gold: number): Prf {
  const precision = sys ? sysMatched / sys : 0;
  const recall = gold ? goldMatched / gold : 0;
  return { precision, recall, f1: precision + recall ? (2 * precision * recall) / (precision + recall) : 0 };
}

export function listTmlFiles(dir: string): string[] {
  let st;
  try { st = statSync(dir); } catch { throw new CrosscheckError('CC_EVAL_DATA', `no such folder: ${dir}`); }
  if (!st.isDirectory()) throw new CrosscheckError('CC_EVAL_DATA', `not a folder: ${dir}`);
  const out: string[] = [];
  const walk = (d: string): void => {
    for (const name of readdirSync(d).sort()) {
      const p = join(d, name);
      if (statSync(p).isDirectory()) walk(p);
      else if (name.endsWith('.tml')) out.push(p);
    }
  };
  walk(dir);
  if (out.length === 0) throw new CrosscheckError('CC_EVAL_DATA', `no .tml files under ${dir}`);
  return out;
}

const overlaps = (a: { start: number; end: number }, b: GoldTimex): boolean => a.start < b.end && b.start < a.end;

export function scoreDocuments(docs: TmlDocument[], extract: (d: TmlDocument) => TimeExpression[] = defaultExtract): TimexScores {
  let gold = 0, system = 0, relSys = 0, relGold = 0, strSys = 0, strGold = 0, valSys = 0, valGold = 0;
  const valueErrors: TimexScores['valueErrors'] = [];
  const missed: TimexScores['missed'] = [];
  const spurious: TimexScores['spurious'] = [];
  for (const d of docs) {
    const sys = extract(d);
    gold += d.timexes.length;
    system += sys.length;
    for (const s of sys) {
      const hits = d.timexes.filter((g) => overlaps(s, g));
      if (hits.length) relSys++; else spurious.push({ doc: d.id, text: s.text, value: s.value });
      if (hits.some((g) => g.start === s.start && g.end === s.end)) strSys++;
      if (hits.some((g) => g.value === s.value)) valSys++;
      else if (hits[0]) valueErrors.push({ doc: d.id, text: `${s.text} / ${hits[0].text}`, gold: hits[0].value, system: s.value });
    }
    for (const g of d.timexes) {
      const hits = sys.filter((s) => overlaps(s, g));
      if (hits.length) relGold++; else missed.push({ doc: d.id, text: g.text, value: g.value });
      if (hits.some((s) => g.start === s.start && g.end === s.end)) strGold++;
      if (hits.some((s) => s.value === g.value)) valGold++;
    }
  }
  return {
    documents: docs.length, gold, system,
    relaxed: prf(relSys, system, relGold, gold), strict: prf(strSys, system, strGold, gold), value: prf(valSys, system, valGold, gold),
    valueErrors, missed, spurious,
  };
}

function defaultExtract(d: TmlDocument): TimeExpression[] {
  return extractTimeExpressions(d.text, splitSentences(d.text), d.dct);
}

/** Scores every .tml file under `dir`. */
export function evalTimex(dir: string): TimexScores {
  const docs = listTmlFiles(dir).map((p) => readTml(p, p.slice(dir.length + 1)));
  return scoreDocuments(docs);
}
