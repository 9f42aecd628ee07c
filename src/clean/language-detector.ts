import { franc } from 'franc';

/** ISO 639-3 (franc) to ISO 639-1 for the languages news is commonly written in. */
const ISO3_TO_1: Record<string, string> = {
  eng: 'en', fra: 'fr', spa: 'es', deu: 'de', ita: 'it', por: 'pt', nld: 'nl', rus: 'ru', ukr: 'uk', pol: 'pl',
  ces: 'cs', slk: 'sk', slv: 'sl', hrv: 'hr', srp: 'sr', bos: 'bs', bul: 'bg', ron: 'ro', hun: 'hu', fin: 'fi',
  ekk: 'et', est: 'et', lvs: 'lv', lit: 'lt', swe: 'sv', dan: 'da', nob: 'no', nno: 'nn', isl: 'is', ell: 'el',
  tur: 'tr', arb: 'ar', heb: 'he', pes: 'fa', urd: 'ur', hin: 'hi', ben: 'bn', tam: 'ta', tel: 'te', mar: 'mr',
  guj: 'gu', pan: 'pa', kan: 'kn', mal: 'ml', cmn: 'zh', jpn: 'ja', kor: 'ko', vie: 'vi', tha: 'th', ind: 'id',
  zlm: 'ms', tgl: 'tl', swh: 'sw', kaz: 'kk', uzn: 'uz', azj: 'az', kat: 'ka', hye: 'hy', cat: 'ca', eus: 'eu',
  glg: 'gl', gle: 'ga', cym: 'cy', afr: 'af', amh: 'am', hau: 'ha', yor: 'yo', som: 'so', bel: 'be', mkd: 'mk',
};
const ONLY = Object.keys(ISO3_TO_1);
const MIN_CHARS = 40;
/** Trigram statistics settle well within this many characters; more only costs time. */
const SAMPLE_CHARS = 1500;

/** Normalises a given language tag ("en-US", "en_GB", "EN", "eng") to ISO 639-1, or null. */
export function normalizeLang(tag: string | undefined): string | null {
  if (!tag) return null;
  const base = tag.trim().toLowerCase().split(/[-_\s,;]/)[0] ?? '';
  if (/^[a-z]{2}$/.test(base)) return base;
  if (/^[a-z]{3}$/.test(base)) return ISO3_TO_1[base] ?? null;
  return null;
}

/** Detects the language of a text of 40+ characters with franc; null when undetermined. */
export function detectLang(text: string): string | null {
  if (text.length < MIN_CHARS) return null;
  const code = franc(text.slice(0, SAMPLE_CHARS), { only: ONLY, minLength: MIN_CHARS });
  return code === 'und' ? null : ISO3_TO_1[code] ?? null;
}
