import type { Span } from '../model/text.js';

/**
 * Reads PolNeAR attribution files (brat standoff). T lines are spans ("T3\tContent 28 56;60 80\ttext",
 * fragments separated by ';'); E lines link an attribution's parts
 * ("E1\tAttribution:T4 Content:T3 Cue:T2 Source:T1"; "Attribution-no-source" has no Source).
 */

export interface GoldAttribution {
  id: string;
  content: Span[];
  source: Span[] | null;
  cue: Span[] | null;
  sourceText: string | null;
}

const T_LINE = /^(T\d+)\t(\S+) ([\d ;]+)\t?(.*)$/;

function spans(s: string): Span[] {
  return s.split(';').map((f) => {
    const [a, b] = f.trim().split(/\s+/).map(Number);
    return { start: a!, end: b! };
  });
}

export function parseBrat(ann: string, text: string): GoldAttribution[] {
  const ts = new Map<string, { type: string; spans: Span[] }>();
  const out: GoldAttribution[] = [];
  const lines = ann.split('\n');
  for (const line of lines) {
    const m = T_LINE.exec(line);
    if (m) ts.set(m[1]!, { type: m[2]!, spans: spans(m[3]!) });
  }
  for (const line of lines) {
    if (!line.startsWith('E')) continue;
    const [id, rest] = line.split('\t');
    const roles = new Map<string, string>();
    for (const part of (rest ?? '').trim().split(/\s+/)) {
      const [role, ref] = part.split(':');
      if (role && ref) roles.set(role, ref);
    }
    const content = ts.get(roles.get('Content') ?? '');
    if (!content) continue;
    const source = ts.get(roles.get('Source') ?? '');
    const cue = ts.get(roles.get('Cue') ?? '');
    out.push({
      id: id!,
      content: content.spans,
      source: source ? source.spans : null,
      cue: cue ? cue.spans : null,
      sourceText: source ? source.spans.map((s) => text.slice(s.start, s.end)).join(' ') : null,
    });
  }
  return out;
}

const MARK = /["\u201c\u201d]/g;

/**
 * Share of a content's non-space characters inside double quote marks, marks paired in order
 * within the content. A first mark in closing position (after a non-space, or a curly closer)
 * means the content began inside a quote; an unpaired last mark runs to the content's end.
 */
export function quotedShare(text: string, content: Span[]): number {
  let inside = 0;
  let total = 0;
  for (const f of content) {
    const s = text.slice(f.start, f.end);
    const marks: number[] = [];
    MARK.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = MARK.exec(s)) !== null) marks.push(m.index);
    let open = false;
    if (marks.length > 0) {
      const i = marks[0]!;
      const closer = s[i] === '\u201d' || (i > 0 && !/\s/.test(s[i - 1]!) && (i + 1 >= s.length || /[\s.,;:!?)]/.test(s[i + 1]!)));
      open = closer;
    }
    let mk = 0;
    for (let i = 0; i < s.length; i++) {
      if (mk < marks.length && marks[mk] === i) { open = !open; mk++; continue; }
      if (/\s/.test(s[i]!)) continue;
      total++;
      if (open) inside++;
    }
  }
  return total === 0 ? 0 : inside / total;
}
