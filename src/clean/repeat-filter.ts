/**
 * Paragraphs printed more than once inside one article (a headline repeated by a template, a
 * photo caption printed under and beside the photo). The title is dropped wherever it recurs
 * in the body; any other paragraph keeps its first occurrence. Short paragraphs that are not
 * next to each other are left alone (a "Yes." may well recur in an interview).
 */

const MIN_REPEAT_CHARS = 20;

/** Comparison key: case, punctuation at the ends and inner spacing do not matter. */
export function lineKey(line: string): string {
  return line.toLowerCase().replace(/\s+/g, ' ').replace(/^[\s"'“”‘’.,:;!?-]+|[\s"'“”‘’.,:;!?-]+$/g, '');
}

export function removeRepeats(lines: string[], title: string | null): { lines: string[]; removed: string[] } {
  const titleKey = title ? lineKey(title) : null;
  const seen = new Set<string>();
  const out: string[] = [];
  const removed: string[] = [];
  let prevKey = '';
  for (const line of lines) {
    const key = lineKey(line);
    const repeat = (titleKey !== null && key === titleKey) || key === prevKey || (key.length >= MIN_REPEAT_CHARS && seen.has(key));
    prevKey = key;
    if (repeat) { removed.push(line); continue; }
    seen.add(key);
    out.push(line);
  }
  return { lines: out, removed };
}
