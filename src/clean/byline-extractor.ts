/** A byline paragraph near the top ("By Jane Doe", "By Jane Doe and John Roe, Reuters"). */
const NAME = String.raw`[\p{Lu}][\p{L}'’.-]+(?:\s+(?:de|da|van|von|der|al|el|bin|le|la|del|di)?\s*[\p{Lu}][\p{L}'’.-]+){0,3}`;
const BYLINE = new RegExp(String.raw`^[Bb]y\s+(${NAME}(?:\s*(?:,|and|&)\s*${NAME})*)(?:\s*[,|•·-]\s*[^\n]{0,60})?$`, 'u');
const SEARCH_PARAGRAPHS = 3;

export function takeByline(lines: string[]): { lines: string[]; byline: string | null; removed: number } {
  const n = Math.min(SEARCH_PARAGRAPHS, lines.length - 1);
  for (let i = 0; i < n; i++) {
    const line = lines[i]!;
    if (line.length > 120) continue;
    const m = BYLINE.exec(line);
    if (m) return { lines: [...lines.slice(0, i), ...lines.slice(i + 1)], byline: m[1]!.trim(), removed: 1 };
  }
  return { lines, byline: null, removed: 0 };
}
