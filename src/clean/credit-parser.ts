/**
 * Credit lines: "With reporting by AP and dpa", "(Reporting by A; Editing by B)",
 * "Additional reporting by A in Paris; Writing by B", "Compiled by ...". Hand-written: a
 * small grammar of the wire services' own credit formats.
 */
import type { Credit } from '../model/article.js';
import { normalizeAgency, splitNames } from './agency-names.js';

const ROLE = String.raw`(?:with\s+)?(?:additional\s+)?(?:reporting|writing|written|editing|edited|compiled|compilation|produced|production|translated|translation|research(?:ed)?|graphics|contributing|fact-checking|sub-editing)`;
const SEGMENT = new RegExp(String.raw`^(${ROLE})(?:\s+and\s+(?:${ROLE}))?\s+(?:by|from)\s+(.{2,300})$`, 'i');
/** A whole paragraph that is a credit line (optionally in brackets). */
const WHOLE_LINE = new RegExp(String.raw`^\(?\s*${ROLE}\s+(?:and\s+${ROLE}\s+)?(?:by|from)\s+[^\n]{2,400}$`, 'i');
/** A credit in brackets closing a paragraph: "... last sentence. (Reporting by A; Editing by B)". */
const TRAILING = new RegExp(String.raw`\s*\(\s*(${ROLE}\s+(?:and\s+${ROLE}\s+)?(?:by|from)\s+[^()\n]{2,400})\)\s*$`, 'i');
const NAME = /^[\p{Lu}][\p{L}'’.-]*(?:\s+(?:de|da|van|von|der|al|el|bin|le|la|del|di)?\s*[\p{Lu}][\p{L}'’.-]*){0,4}$/u;

function roleOf(s: string): string {
  const r = s.toLowerCase().replace(/^with\s+/, '');
  if (r.startsWith('additional')) return 'additional reporting';
  if (/^writ/.test(r)) return 'writing';
  if (/^edit|^sub-edit/.test(r)) return 'editing';
  if (/^compil/.test(r)) return 'compiling';
  if (/^produc/.test(r)) return 'production';
  if (/^transl/.test(r)) return 'translation';
  if (/^research/.test(r)) return 'research';
  return r.startsWith('reporting') || r.startsWith('contributing') ? 'reporting' : r;
}

/** Parses the body of a credit ("Reporting by A in X; Editing by B"). Null when it is not one. */
export function parseCredit(text: string): Credit | null {
  const body = text.trim().replace(/^\(\s*/, '').replace(/\s*\)\.?$/, '').replace(/\.$/, '');
  const people: Credit['people'] = [];
  const agencies: string[] = [];
  for (const seg of body.split(/\s*;\s*|\.\s+(?=[A-Z])/)) {
    if (seg === '') continue;
    const m = SEGMENT.exec(seg);
    if (!m) return null;
    const role = roleOf(m[1]!);
    for (const raw of splitNames(m[2]!)) {
      const name = raw.replace(/\s+in\s+[\p{Lu}].*$/u, '').replace(/^(?:the\s+)?staff of\s+/i, '').trim();
      const agency = normalizeAgency(name);
      if (agency !== null) { if (agency !== 'agencies' && !agencies.includes(agency)) agencies.push(agency); }
      else if (NAME.test(name)) people.push({ role, name });
      else return null; // a sentence that starts like a credit ("Reporting by the agency found ...")
    }
  }
  if (people.length === 0 && agencies.length === 0) return null;
  return { text: text.trim(), people, agencies };
}

/** A credit filling a whole paragraph. */
export function parseCreditLine(line: string): Credit | null {
  return line.length <= 400 && WHOLE_LINE.test(line) ? parseCredit(line) : null;
}

/** A bracketed credit ending a paragraph: returns the credit and the paragraph without it. */
export function splitTrailingCredit(line: string): { credit: Credit; rest: string } | null {
  const m = TRAILING.exec(line);
  if (!m) return null;
  const credit = parseCredit(m[1]!);
  return credit ? { credit: { ...credit, text: m[0].trim() }, rest: line.slice(0, m.index).trim() } : null;
}

/** A closing line naming only wire agencies: "— AFP", "(Reuters)", "AFP/dpa", "With AFP", "Agence France-Presse". */
const AGENCY_ONLY = /^(?:[-—–]\s*|with\s+)?\(?\s*([\p{L}\s.,/&-]{2,80}?)\s*\)?\.?$/iu;

export function parseAgencyLine(line: string): Credit | null {
  if (line.length > 90) return null;
  const m = AGENCY_ONLY.exec(line.trim());
  if (!m) return null;
  const names = splitNames(m[1]!);
  const agencies = names.map(normalizeAgency);
  if (names.length === 0 || agencies.some((a) => a === null)) return null;
  const uniq = [...new Set(agencies as string[])].filter((a) => a !== 'agencies');
  return { text: line.trim(), people: [], agencies: uniq };
}
