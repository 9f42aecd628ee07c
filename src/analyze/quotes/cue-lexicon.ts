/**
 * Word lists used by the quote stages: speech verbs (cues), the adverbs and auxiliaries that
 * may stand between a speaker and a cue, pronouns, and person titles. General English, no
 * names from any story.
 */

const CUE_STEMS = [
  'say', 'said', 'says', 'saying', 'tell', 'told', 'tells', 'telling', 'add', 'added', 'adds', 'adding',
  'stress', 'stressed', 'stresses', 'urge', 'urged', 'urges', 'warn', 'warned', 'warns', 'warning',
  'note', 'noted', 'notes', 'explain', 'explained', 'explains', 'argue', 'argued', 'argues', 'arguing',
  'claim', 'claimed', 'claims', 'insist', 'insisted', 'insists', 'ask', 'asked', 'asks', 'asking',
  'write', 'wrote', 'writes', 'writing', 'tweet', 'tweeted', 'tweets', 'post', 'posted',
  'declare', 'declared', 'declares', 'announce', 'announced', 'announces', 'state', 'stated', 'states',
  'continue', 'continued', 'continues', 'recall', 'recalled', 'recalls', 'acknowledge', 'acknowledged',
  'admit', 'admitted', 'admits', 'concede', 'conceded', 'reply', 'replied', 'replies', 'respond', 'responded',
  'answer', 'answered', 'remark', 'remarked', 'observe', 'observed', 'comment', 'commented', 'suggest',
  'suggested', 'suggests', 'predict', 'predicted', 'promise', 'promised', 'promises', 'vow', 'vowed', 'vows',
  'pledge', 'pledged', 'caution', 'cautioned', 'complain', 'complained', 'complains', 'charge', 'charged',
  'contend', 'contended', 'counter', 'countered', 'emphasize', 'emphasized', 'emphasise', 'emphasised',
  'maintain', 'maintained', 'joke', 'joked', 'quip', 'quipped', 'shout', 'shouted', 'yell', 'yelled',
  'cry', 'cried', 'call', 'called', 'calls', 'describe', 'described', 'describes', 'praise', 'praised',
  'commend', 'commended', 'criticize', 'criticized', 'criticise', 'criticised', 'slam', 'slammed',
  'laud', 'lauded', 'reassure', 'reassured', 'boast', 'boasted', 'lament', 'lamented', 'testify', 'testified',
  'conclude', 'concluded', 'muse', 'mused', 'mutter', 'muttered', 'whisper', 'whispered', 'exclaim', 'exclaimed',
  'assert', 'asserted', 'asserts', 'allege', 'alleged', 'alleges', 'confirm', 'confirmed', 'deny', 'denied',
  'insisted', 'reiterate', 'reiterated', 'repeat', 'repeated', 'point', 'pointed', 'went', 'goes', 'wondered',
  'wonder', 'wonders', 'read', 'reads', 'begin', 'began', 'tout', 'touted', 'brag', 'bragged', 'accuse', 'accused',
  'dismiss', 'dismissed', 'blast', 'blasted', 'hail', 'hailed', 'scoff', 'scoffed', 'thunder', 'thundered',
  'label', 'labeled', 'labelled', 'dub', 'dubbed', 'term', 'termed', 'chant', 'chanted', 'sing', 'sang',
  'believe', 'believes', 'believed', 'think', 'thinks', 'thought', 'feel', 'feels', 'felt', 'agree', 'agreed',
  'urging', 'calling', 'describing', 'noting', 'stressing', 'explaining', 'insisting', 'declaring', 'pointing',
  'report', 'reported', 'reports', 'quote', 'quoted', 'explains', 'vowing', 'promising', 'telling',
  'sings', 'claiming', 'explaining', 'announcing', 'arguing', 'declaring', 'continuing', 'wrote', 'tweeting',
  'clarify', 'clarified', 'clarifies', 'demand', 'demanded', 'demands', 'insist', 'retort', 'retorted', 'concede', 'predicts',
];

/** Speech and stance verbs that attribute a quote to a speaker. */
export const CUE_WORDS: ReadonlySet<string> = new Set(CUE_STEMS);

const MORE_BASES = ['attack', 'characterize', 'characterise', 'speak', 'spoke', 'spoken', 'welcome', 'needle', 'blame', 'credit', 'thank', 'mock', 'ridicule', 'opine', 'react', 'worry', 'worried', 'beam', 'smile', 'laugh', 'grin', 'chuckle', 'conclude', 'boom', 'roar', 'scream', 'snap', 'sigh', 'plead', 'beg', 'gush', 'rage', 'fume', 'huff', 'sneer',
  'offer', 'advise', 'instruct', 'order', 'inform', 'explain', 'recount', 'rule', 'find', 'found', 'show', 'estimate', 'project',
  'conclude', 'declare', 'describe', 'elaborate', 'echo', 'implore', 'interject', 'lecture', 'preach', 'proclaim', 'rant',
  'reason', 'rebut', 'recite', 'reflect', 'rejoin', 'reveal', 'scold', 'shrug', 'speculate', 'summarize', 'summarise', 'surmise',
  'swear', 'taunt', 'tease', 'theorize', 'vent', 'wail', 'warn', 'write', 'assure', 'caution', 'concur', 'contend', 'emphasize'];
const BASES = new Set([...CUE_STEMS, ...MORE_BASES]);

/** A cue word, in any inflection of a known base ("concludes", "boomed", "pleading"). */
const cueCache = new Map<string, boolean>();

export function isCueWord(w: string): boolean {
  let v = cueCache.get(w);
  if (v === undefined) {
    v = inflectedCue(w);
    if (cueCache.size < 50000) cueCache.set(w, v);
  }
  return v;
}

function inflectedCue(w: string): boolean {
  if (BASES.has(w)) return true;
  if (w.length < 4) return false;
  const cands = [w.replace(/s$/, ''), w.replace(/es$/, ''), w.replace(/ed$/, ''), w.replace(/d$/, ''), w.replace(/ing$/, ''), w.replace(/ing$/, 'e'), w.replace(/ied$/, 'y'), w.replace(/ies$/, 'y'), w.replace(/(.)\1(ed|ing)$/, '$1')];
  return cands.some((c) => c !== w && BASES.has(c));
}

/** Cues strong enough to carry reported speech (tier 2, "X said that ..."). */
export const INDIRECT_CUES: ReadonlySet<string> = new Set([
  'said', 'says', 'told', 'tells', 'added', 'adds', 'stressed', 'warned', 'noted', 'explained', 'argued', 'claimed',
  'insisted', 'declared', 'announced', 'stated', 'acknowledged', 'admitted', 'conceded', 'replied', 'responded',
  'suggested', 'predicted', 'promised', 'vowed', 'pledged', 'cautioned', 'complained', 'contended', 'countered',
  'emphasized', 'emphasised', 'maintained', 'asserted', 'alleged', 'confirmed', 'denied', 'reiterated',
  'wrote', 'writes', 'tweeted', 'testified', 'recalled', 'boasted',
]);

/** Words allowed between a speaker and its cue ("he also said", "Smith has repeatedly said"). */
export const CUE_FILLERS: ReadonlySet<string> = new Set([
  'also', 'again', 'later', 'then', 'has', 'had', 'have', 'reportedly', 'recently', 'previously', 'further',
  'once', 'yet', 'repeatedly', 'often', 'has', 'had', 'would', 'will', 'did', 'does', 'just', 'simply', 'frequently',
  'publicly', 'privately', 'flatly', 'angrily', 'quickly', 'firmly', 'bluntly', 'separately', 'earlier', 'subsequently',
  'still', 'could', 'can', 'would', 'should', 'might', 'may', 'must', 'only', 'quickly', 'later', 'even', 'since', 'ultimately', 'finally', 'first', 'initially', 'on', 'sunday', 'monday', 'tuesday', 'wednesday',
  'thursday', 'friday', 'saturday', 'not', 'never', 'always', 'clearly', 'went', 'on',
]);

export const PRONOUNS: ReadonlyMap<string, 'm' | 'f' | 'p' | 'n'> = new Map([
  ['he', 'm'], ['she', 'f'], ['they', 'p'], ['i', 'p'], ['we', 'p'], ['it', 'n'],
]);

/** Courtesy titles stripped from names ("Mr Smith" -> "Smith"). Gender where the title shows it. */
export const COURTESY_TITLES: ReadonlyMap<string, 'm' | 'f' | null> = new Map([
  ['mr', 'm'], ['mr.', 'm'], ['mrs', 'f'], ['mrs.', 'f'], ['ms', 'f'], ['ms.', 'f'], ['miss', 'f'], ['dr', null], ['dr.', null],
  ['prof', null], ['prof.', null], ['sir', 'm'], ['dame', 'f'], ['madam', 'f'], ['lord', 'm'], ['lady', 'f'],
]);

/** Role words that may precede a name ("Secretary", "Chairman", "Sen."); lower-cased. */
export const ROLE_WORDS: ReadonlySet<string> = new Set([
  'president', 'vice', 'secretary', 'minister', 'prime', 'chairman', 'chairwoman', 'chair', 'speaker', 'senator', 'sen.', 'sen',
  'rep.', 'rep', 'delegate', 'representative', 'governor', 'gov.', 'gov', 'mayor', 'judge', 'justice', 'general', 'gen.', 'gen',
  'colonel', 'col.', 'captain', 'capt.', 'lt.', 'sergeant', 'sgt.', 'admiral', 'adm.', 'commissioner', 'director',
  'chief', 'ambassador', 'spokesman', 'spokeswoman', 'spokesperson', 'leader', 'king', 'queen', 'prince', 'princess',
  'pope', 'cardinal', 'bishop', 'rabbi', 'imam', 'reverend', 'rev.', 'officer', 'attorney', 'candidate', 'nominee',
  'chancellor', 'premier', 'deputy', 'foreign', 'state', 'of', 'defense', 'defence', 'interior', 'finance', 'treasury',
  'alderman', 'alderwoman', 'councilmember', 'trustee', 'supervisor', 'treasurer', 'comptroller', 'controller', 'auditor', 'clerk',
  'sheriff', 'superintendent', 'principal', 'dean', 'provost', 'rector', 'chaplain', 'ceremonies', 'master', 'organizer', 'organiser',
  'democrat', 'republican', 'democratic', 'gop', 'libertarian', 'independent', 'businessman', 'businesswoman', 'billionaire',
  'hopeful', 'frontrunner', 'contender', 'former', 'incumbent', 'presumptive', 'challenger', 'activist', 'author', 'actor', 'actress', 'comedian', 'singer', 'rapper', 'star', 'writer', 'columnist', 'pastor', 'historian', 'pollster', 'strategist', 'adviser', 'advisor', 'aide',
  'executive', 'ceo', 'founder', 'coach', 'professor', 'head', 'councillor', 'councilman', 'councilwoman', 'manager',
  'analyst', 'economist', 'correspondent', 'editor', 'host', 'anchor', 'spokeswoman', 'lawmaker', 'congressman',
  'congresswoman', 'delegate', 'assemblyman', 'assemblywoman', 'lieutenant', 'major', 'emir', 'sheikh', 'ayatollah',
]);

/** Capitalised words that are never part of a person's name. */
export const NON_NAME_WORDS: ReadonlySet<string> = new Set([
  'the', 'a', 'an', 'in', 'on', 'at', 'but', 'and', 'or', 'if', 'when', 'while', 'after', 'before', 'as', 'for', 'to', 'with',
  'he', 'she', 'they', 'we', 'i', 'it', 'his', 'her', 'their', 'our', 'its', 'this', 'that', 'these', 'those', 'there',
  'however', 'meanwhile', 'still', 'also', 'yet', 'so', 'then', 'now', 'today', 'yesterday', 'tomorrow',
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'january', 'february', 'march',
  'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december', 'both', 'many', 'some',
  'according', 'speaking', 'asked', 'what', 'who', 'why', 'how', 'where', 'not', 'no', 'yes', 'all', 'every', 'one',
  'soundbite', 'saying', 'english', 'said', 'says', 'here', 'let', 'you', 'my', 'your', 'is', 'was', 'are', 'were', 'do', 'does',
]);

/** Last words of organisation names: a capitalised phrase ending in one is an organisation, not a person. */
export const ORG_HEADS: ReadonlySet<string> = new Set([
  'party', 'department', 'ministry', 'office', 'court', 'house', 'senate', 'congress', 'committee', 'council', 'commission',
  'agency', 'bureau', 'service', 'group', 'union', 'association', 'organization', 'organisation', 'university', 'college',
  'institute', 'foundation', 'company', 'corporation', 'corp', 'inc', 'news', 'times', 'post', 'journal', 'network',
  'campaign', 'administration', 'government', 'nations', 'states', 'republic', 'kingdom', 'bank', 'fund', 'board',
  'police', 'army', 'force', 'forces', 'navy', 'center', 'centre', 'watch', 'international', 'reuters', 'press', 'times',
  'media', 'channel', 'tv', 'club', 'team', 'county', 'city', 'state', 'pentagon', 'kremlin', 'parliament', 'cabinet',
  'embassy', 'mission', 'alliance', 'coalition', 'movement', 'front', 'council', 'authority', 'authorities', 'assembly',
]);

/** Nouns that head a description of a speaker ("the Chinese official", "a spokesperson for ..."). */
export const SPEAKER_NOUNS: ReadonlySet<string> = new Set([
  'official', 'officials', 'spokesman', 'spokeswoman', 'spokesperson', 'diplomat', 'minister', 'secretary', 'president',
  'leader', 'statement', 'ministry', 'department', 'government', 'authorities', 'source', 'sources', 'expert', 'experts',
  'analyst', 'analysts', 'lawyer', 'attorney', 'aide', 'aides', 'adviser', 'advisers', 'advisor', 'candidate', 'nominee',
  'report', 'ruling', 'judge', 'court', 'campaign', 'police', 'witness', 'witnesses', 'residents', 'resident', 'people',
  'activist', 'activists', 'critics', 'critic', 'supporters', 'supporter', 'voters', 'voter', 'woman', 'man', 'chairman',
  'governor', 'senator', 'mayor', 'ambassador', 'envoy', 'agency', 'office', 'committee', 'statement', 'memo', 'letter',
  'document', 'spokespeople', 'director', 'chief', 'head', 'executive', 'representative', 'lawmaker', 'lawmakers', 'group',
  'organizers', 'organisers', 'protesters', 'observers', 'researchers', 'scientists', 'economists', 'officer', 'officers',
  'administration', 'white', 'house', 'commission', 'council', 'party', 'team', 'manager', 'staff', 'website', 'post', 'tweet',
  'survey', 'poll', 'study', 'reporter', 'reporters', 'host', 'moderator', 'friend', 'father', 'mother', 'son', 'daughter',
  'wife', 'husband', 'member', 'members', 'founder', 'owner', 'professor', 'teacher', 'student', 'doctor', 'nurse',
  'commander', 'general', 'soldier', 'soldiers', 'republican', 'republicans', 'democrat', 'democrats', 'conservatives',
  'liberals', 'opponents', 'opponent', 'rival', 'rivals', 'defenders', 'proponents', 'advocates', 'advocate', 'pollster',
  'strategist', 'strategists', 'operative', 'surrogate', 'surrogates', 'counsel', 'prosecutor', 'prosecutors', 'investigators',
  'crowd', 'audience', 'protesters', 'demonstrators', 'fans', 'two', 'couple', 'pair', 'trio', 'authors', 'author', 'writer', 'writers',
  'plan', 'platform', 'proposal', 'campaign', 'manifesto', 'sign', 'signs', 'banner', 'placard', 'headline', 'caption', 'transcript',
  'narrator', 'announcer', 'ad', 'clip', 'piece', 'article', 'editorial', 'video', 'spot', 'commercial', 'book', 'filing',
  'lawsuit', 'complaint', 'indictment', 'order', 'decision', 'opinion', 'bill', 'law', 'rule', 'rules', 'policy', 'speech', 'email', 'message',
]);

export const DETERMINERS: ReadonlySet<string> = new Set(['the', 'a', 'an', 'his', 'her', 'their', 'its', 'our', 'one', 'another', 'some', 'many', 'several', 'two', 'three', 'other', 'this', 'that', 'those', 'these']);
