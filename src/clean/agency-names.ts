/**
 * Wire and national news agencies, normalised to their usual short name. General knowledge of
 * the news trade, not of any story: used by the dateline and credit parsers.
 */
const AGENCIES: [RegExp, string][] = [
  [/^reuters?$|^thomson reuters$/i, 'Reuters'],
  [/^afp$|^a\.f\.p\.?$|^agence france[- ]presse$|^agence france press$/i, 'AFP'],
  [/^ap$|^a\.p\.?$|^(?:the )?associated press$/i, 'AP'],
  [/^dpa$|^deutsche presse-agentur$/i, 'dpa'],
  [/^efe$|^agencia efe$/i, 'EFE'],
  [/^ansa$/i, 'ANSA'],
  [/^xinhua(?: news agency)?$/i, 'Xinhua'],
  [/^pa$|^pa media$|^press association$|^pa wire$/i, 'PA'],
  [/^upi$|^united press international$/i, 'UPI'],
  [/^bloomberg(?: news)?$/i, 'Bloomberg'],
  [/^ians$/i, 'IANS'],
  [/^pti$|^press trust of india$/i, 'PTI'],
  [/^ani$|^asian news international$/i, 'ANI'],
  [/^tass$|^itar-tass$/i, 'TASS'],
  [/^ria(?:[- ]novosti)?$/i, 'RIA Novosti'],
  [/^interfax(?:-\w+)?$/i, 'Interfax'],
  [/^sputnik$/i, 'Sputnik'],
  [/^kyodo(?: news)?$/i, 'Kyodo'],
  [/^jiji(?: press)?$/i, 'Jiji'],
  [/^yonhap$/i, 'Yonhap'],
  [/^anadolu(?: agency| ajansi)?$|^aa$/i, 'Anadolu'],
  [/^bernama$/i, 'Bernama'],
  [/^antara$/i, 'Antara'],
  [/^aap$|^australian associated press$/i, 'AAP'],
  [/^cp$|^(?:the )?canadian press$/i, 'Canadian Press'],
  [/^apa$/i, 'APA'],
  [/^lusa$/i, 'Lusa'],
  [/^europa press$/i, 'Europa Press'],
  [/^belga$/i, 'Belga'],
  [/^anp$/i, 'ANP'],
  [/^ukrinform$/i, 'Ukrinform'],
  [/^irna$/i, 'IRNA'],
  [/^wam$/i, 'WAM'],
  [/^kuna$/i, 'KUNA'],
  [/^mena$/i, 'MENA'],
  [/^sana$/i, 'SANA'],
  [/^yna$/i, 'YNA'],
  [/^cna$|^central news agency$/i, 'CNA'],
  [/^pna$/i, 'PNA'],
  [/^kazinform$/i, 'Kazinform'],
  [/^akipress$/i, 'AKIpress'],
  [/^unb$/i, 'UNB'],
  [/^bss$/i, 'BSS'],
  [/^nna$/i, 'NNA'],
  [/^pap$/i, 'PAP'],
  [/^ctk$|^čtk$/i, 'CTK'],
  [/^mti$/i, 'MTI'],
  [/^hina$/i, 'HINA'],
  [/^tanjug$/i, 'Tanjug'],
  [/^sapa$/i, 'SAPA'],
  [/^agencies$|^wires?$|^wire services$|^news agencies$/i, 'agencies'],
];

/** The normalised agency name, or null when the string is not a known agency. */
export function normalizeAgency(name: string): string | null {
  const s = name.trim().replace(/^the\s+(?=[A-Z])/, '').replace(/\.$/, '').trim();
  if (s === '' || s.length > 40) return null;
  for (const [re, norm] of AGENCIES) if (re.test(s)) return norm;
  return null;
}

/** Splits "REUTERS, AFP", "AP/dpa", "AFP and Reuters" into names. */
export function splitNames(s: string): string[] {
  return s.split(/\s*(?:,|\/|;|&|\+|\band\b)\s*/i).map((x) => x.trim()).filter((x) => x !== '');
}
