/**
 * Numbers with a scale word, one spelling for every language: "$44bn", "44 milliards",
 * "44.000 millones", "440億", "440억", "4,400 करोड़" and "44,000 ล้าน" all say 44 billion, but
 * their digits differ (Chinese, Japanese and Korean count in ten-thousands and hundred-millions,
 * Indian English and the Indic languages in lakhs and crores, Thai in millions). A number
 * followed by a scale word gets the key of its value: the number of millions, billions or
 * trillions for a million and more ("44", "1.5"), the whole number below ("150000" for "15万",
 * as English writes "150,000"). Hand-written: the number libraries on npm read English only.
 */
import { foldWord } from './match-tokenizer.js';

const WORDS: readonly [number, string][] = [
  [1e3, 'thousand tausend mille mila mil duizend tusen tuhatta tysiac tysiecy tisic ezer bin ribu nghin ngan χιλιαδες тысяч тысячи тысяча тыс тисяч ألف آلاف هزار हज़ार हजार হাজার 천'],
  [1e5, 'lakh lakhs लाख লাখ'],
  [1e6, 'million millions mn mio mln millon millones milhao milhoes milione milioni miljoen miljoenen millionen miljon miljoner miljoonaa milion miliony milionow milionu millio milyon juta trieu εκατομμυρια εκατομμυριο млн миллион миллиона миллионов мільйон мільйона мільйонів مليون ملايين میلیون मिलियन মিলিয়ন מיליון 백만'],
  [1e7, 'crore crores करोड़ কোটি'],
  [1e8, '億 亿 억'],
  [1e9, 'billion billions bn milliard milliards miliardo miliardi milliarde milliarden mrd md mds miljard miljarder miljardia miliard miliardy miliardow milyar miliar bilhao bilhoes ty δισεκατομμυρια млрд миллиард миллиарда миллиардов мільярд мільярда мільярдів مليار مليارات میلیارد अरब বিলিয়ন 십억 מיליארד'],
  [1e12, 'trillion trillions tn billon billones trilhao trilhoes трлн триллион триллиона триллионов تريليون 兆 조'],
];

const SCALES = new Map<string, number>();
for (const [scale, list] of WORDS) for (const w of list.split(' ')) SCALES.set(foldWord(w), scale);

/**
 * Scales that start a longer token in scripts written without spaces (Thai "ล้านดอลลาร์",
 * Chinese "亿美元", Korean "억달러"), longest first, folded as words are (Thai tone marks dropped);
 * the tokenizer splits digits from these scripts.
 */
const PREFIXES: readonly [string, number][] = ([
  ['ล้าน', 1e6], ['แสน', 1e5], ['หมื่น', 1e4], ['พัน', 1e3],
  ['백만', 1e6], ['십억', 1e9], ['만', 1e4], ['억', 1e8], ['조', 1e12], ['천', 1e3],
  ['万', 1e4], ['萬', 1e4], ['億', 1e8], ['亿', 1e8], ['兆', 1e12], ['千', 1e3],
] as const).map(([p, v]) => [foldWord(p), v]);

/** The multiplier a folded word stands for after a number ("milliards" -> 1e9), else 0. */
export function scaleOfWord(norm: string): number {
  const s = SCALES.get(norm);
  if (s !== undefined) return s;
  const c = norm.charCodeAt(0);
  // Thai (U+0E00-0E7F), Hangul syllables and CJK ideographs: a scale may begin the token.
  if ((c >= 0x0e00 && c <= 0x0e7f) || (c >= 0xac00 && c <= 0xd7a3) || c >= 0x4e00) {
    for (const [p, v] of PREFIXES) if (norm.startsWith(p)) return v;
  }
  return 0;
}

/** The scale at `at` inside a Chinese or Japanese phrase ("440億ドル"), else 0. */
export function scaleAt(norm: string, at: number): number {
  const c = norm[at];
  if (c === undefined) return 0;
  for (const [p, v] of PREFIXES) if (p === c) return v;
  return 0;
}

/**
 * The key of `num` (a number key, number-key.ts: ASCII digits, decimal point) times `scale`:
 * millions, billions or trillions from a million on, the whole number below; null when `num` is
 * not a plain number.
 */
export function scaledNumberKey(num: string, scale: number): string | null {
  const x = Number(num);
  if (!Number.isFinite(x) || x <= 0) return null;
  const value = x * scale;
  for (const unit of [1e12, 1e9, 1e6]) if (value >= unit) return String(Number((value / unit).toPrecision(6)));
  return String(Math.round(value));
}
