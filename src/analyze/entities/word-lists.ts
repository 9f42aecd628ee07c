/**
 * Hand-written closed word classes of English news prose that cue entity types. These are
 * general grammar of the genre (titles, organisation heads, calendar words), not names of any
 * story; the open classes (places, first names, common words) come from the generated lexicon.
 */

const set = (s: string): Set<string> => new Set(s.split(/\s+/).filter(Boolean));

/** Titles and roles that precede a person's name ("President X", "Prime Minister X"). */
export const PERSON_TITLES = set(`
  mr mr. mrs mrs. ms ms. mme mlle miss dr dr. prof prof. sir dame lord lady rev rev. father sister brother
  president vice premier chancellor minister secretary senator sen sen. rep rep. representative congressman
  congresswoman governor gov gov. mayor ambassador envoy king queen prince princess emperor sheikh pope
  cardinal bishop archbishop imam rabbi judge justice general gen gen. colonel col col. major maj maj.
  captain capt capt. lieutenant lt lt. sergeant sgt sgt. admiral adm officer detective inspector
  commissioner chief chairman chairwoman chair director spokesman spokeswoman spokesperson deputy
  prime foreign interior defence defense finance state home health justice attorney leader
  coach actor actress singer rapper star speaker secretary-general president-elect coroner quarterback pitcher
  striker filmmaker moviemaker producer author writer lawmaker legislator sheriff prosecutor lawyer boxer
  champion challenger anchor correspondent mp mep manager gm owner founder ceo executive
`);

/** Title words that only form part of a title ("Prime Minister"), never a name by themselves. */
export const TITLE_MODIFIERS = set('vice prime foreign interior defence defense finance state home health deputy chief former acting first');

/** Heads that make a capitalised sequence an organisation. */
export const ORG_HEADS = set(`
  party ministry council department union inc inc. corp corp. co co. ltd ltd. llc plc group company
  corporation association agency committee commission bank university college school institute
  foundation court police army navy force forces command organisation organization federation league
  club church times post news journal press network service services authority board bureau office
  senate parliament congress assembly government administration cabinet team united airlines airways
  nations fund trust society movement front brigade brigades guard council corps hospital
`);

/** Heads of buildings and sites, which ECB+ and most readers count as places. */
export const FACILITY_HEADS = set(`
  center centre clinic hospital prison jail hotel stadium arena museum station airport palace temple
  mosque cathedral theatre theater mall tower bridge building base camp abbey castle hall chapel basilica
  monument memorial gardens plaza arcade pier
`);

/** Heads of events, contests and made things ("World Cup", "Event Horizon Telescope"): names, but not of people or places. */
export const THING_HEADS = set(`
  cup final finals championship championships olympics tournament series telescope rover lander probe
  festival awards prize trophy summit agreement treaty accord act bill plan
  photo photos images pictures highness majesty excellency holiness family ages
`);

/** Words that start the name of a storm or an operation ("Hurricane X", "Typhoon Y"). */
export const EVENT_PREFIXES = set('hurricane typhoon cyclone storm tropical tornado operation');

/** Words that start an organisation name followed by "of" ("Ministry of ...", "University of ..."). */
export const ORG_OF_HEADS = set('ministry department university bank board council college institute court church federation league office bureau commission committee association school house');

/** Place heads ("Republic of ...", "... River", "... Province"). */
export const PLACE_HEADS = set(`
  city county province state region district island islands river lake mountain mountains valley
  street avenue road square bay sea ocean gulf coast airport hills park desert peninsula republic
  kingdom territory village town strait canal ward prefecture borough oblast governorate municipality
  township parish neighbourhood neighborhood glacier peak range volcano falls beach
`);

/** Words that start a place name ("Mount Cook", "Lake Tekapo"). */
export const PLACE_PREFIXES = set('mount mt mt. lake cape fort port gulf isle');

/** Words after which a capitalised single word is most likely a place. */
export const PLACE_CUES = set('in near across outside inside capital city');

/** Religious and broad social groups written with a capital. */
export const GROUP_WORDS = set(`
  muslim muslims christian christians jew jews hindu hindus buddhist buddhists sikh sikhs catholic catholics
  protestant protestants sunni sunnis shia shias shiite shiites orthodox evangelical evangelicals
  democrat democrats republican republicans tory tories conservative conservatives labour liberal liberals
  socialist socialists communist communists
`);

/** Common nouns that follow a group word ("Rohingya minority", "Tamil people"). */
export const GROUP_NOUN_CUES = set('minority minorities people peoples community communities population populations muslims muslim ethnicity');

/** Words that precede a group noun ("ethnic Tamils"). */
export const GROUP_PRE_CUES = set('ethnic fellow');

/** Calendar words: never entities. */
export const CALENDAR = set(`
  monday tuesday wednesday thursday friday saturday sunday january february march april may june july
  august september october november december jan feb mar apr jun jul aug sep sept oct nov dec
  christmas easter ramadan
`);

/** Capitalised words that are never entity names on their own. */
export const NEVER_NAMES = set(`
  i i'm i'd i'll a an the this that these those he she it we they you his her its our their my your
  mr mrs ms dr but and or if then so yet also however meanwhile moreover furthermore nevertheless
  today yesterday tomorrow tonight according although though because while when where what who why how
  there here after before during since until according said says say
`);

/** Lower-case particles allowed inside a name ("Ministry of Foreign Affairs", "Bashar al-Assad"). */
export const NAME_CONNECTORS = set('of de del della di da van von der den du la le al el bin ibn bint for and');

/** Pronouns, for grouping in the coreference evaluation. */
export const PERSON_PRONOUNS = set('he him his himself she her hers herself');
export const PLURAL_PRONOUNS = set('they them their theirs themselves');

/** Lower-case role nouns before a name that say who the person is ("his predecessor X"). */
export const ROLE_NOUNS = set(`
  predecessor successor wife husband son daughter widow brother sister father mother counterpart host
  spokesman spokeswoman spokesperson president minister secretary leader chairman director envoy ambassador
  lawyer attorney coach actor actress singer
`);

/** Capital abbreviations of roles ("PM", "MPs", "CFO"): a role, never a name of its own. */
export const ROLE_ABBREVIATIONS = set('pm mp mps mep meps ceo ceos cfo coo cto cio vp qc kc md');

/** Institutions a capital makes specific ("Parliament", "the Treasury"): organisations even alone. */
export const INSTITUTION_WORDS = set(`
  parliament senate congress assembly legislature government administration cabinet treasury police army
  navy military ministry council committee commission court judiciary department crown church
`);

/** Street abbreviations that end a place name ("Elm St", "Mill Rd"). */
export const STREET_ABBREVIATIONS = set('st rd ave blvd ln sq');

/** Verbs of speech right after a lone capitalised word: it names a speaker ("Smith said"). */
export const SPEECH_VERBS = set('said says told added tells adds insisted argued warned wrote explained');

/** Heads of coastal and small natural places that are also surnames ("Pelican Key", "Tarpon
 *  Point"): a place head only when no first name starts the run ("John Key" is a person). */
export const WEAK_PLACE_HEADS = set('key keys point inlet reef creek cove harbour harbor lagoon bayou marsh springs shores sound pole');

/** Capital abbreviations of common nouns and of times ("GMT", "TV", "AM"): never a name alone. */
export const COMMON_ABBREVIATIONS = set(`
  gmt utc bst cet cest est edt cst cdt mst mdt pst pdt et pt ct jst ist aest am pm
  tv dvd cd pc gdp dna hiv ok id faq ai vr hd led lcd oled gps sms usb
`);
