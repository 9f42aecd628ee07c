/** A first line ` date YYYY-MM-DD[ rest]` (or ` date YYYY-MM`) is a publication-date header; the rest of that line is body text. */
const DATE_HEADER = /^\s*date\s+(\d{4}-\d{2}(?:-\d{2})?)(?![\d-])[ \t]*/;

export function splitDateHeader(text: string): { date: string; rest: string } | null {
  const m = DATE_HEADER.exec(text);
  return m ? { date: m[1]!, rest: text.slice(m[0].length) } : null;
}
