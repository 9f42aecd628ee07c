/** Unicode NFC, spaces collapsed inside lines, one blank line between paragraphs. */
export function normalizeText(text: string): string {
  return text
    .normalize('NFC')
    .replace(/\r\n?/g, '\n')
    .replace(/[\u00a0\u2007\u202f\t\f\v ]+/g, ' ')
    .replace(/\u200b|\u200c|\u200d|\u2060|\ufeff/g, '')
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l !== '')
    .join('\n\n');
}
