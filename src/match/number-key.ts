/**
 * One spelling of a number for every language: native digits to ASCII ("٤٤" -> "44", "४४" -> "44"),
 * thousands separators dropped ("6,340", "6.340", "6 340" -> "6340": a group of exactly three
 * digits after the separator), a decimal comma made a point ("58,5" -> "58.5"). Reports in
 * different languages then share their counts and scores.
 */
const NATIVE_DIGIT_RE = /[^0-9.,]/u;
const DIGIT_RE = /\p{Nd}/u;
const THOUSANDS_RE = /^\d{1,3}(?:[.,\u00a0\u202f ]\d{3})+$/;
const SEP_RE = /[.,\u00a0\u202f ]/g;

/** Value of a decimal digit of any script: its distance from the first digit of its run of ten. */
function digitValue(ch: string): string {
  const cp = ch.codePointAt(0)!;
  let zero = cp;
  while (cp - zero < 9 && DIGIT_RE.test(String.fromCodePoint(zero - 1))) zero--;
  return String(cp - zero);
}

export function numberKey(norm: string): string {
  let s = norm;
  if (NATIVE_DIGIT_RE.test(s)) {
    let out = '';
    for (const ch of s) out += ch >= '0' && ch <= '9' ? ch : DIGIT_RE.test(ch) ? digitValue(ch) : ch === '٫' ? '.' : ch === '٬' ? ',' : ch;
    s = out;
  }
  if (THOUSANDS_RE.test(s)) return s.replace(SEP_RE, '');
  return s.replace(',', '.');
}
