/**
 * Families of page-chrome lines that are never part of a story: accessibility and navigation
 * links, banners, ads, copyright notices, share/subscribe/follow prompts, "Read more" links,
 * cookie notices, video-script sign-offs ("Jane Doe reports."), section labels and breadcrumbs.
 * Each rule matches a WHOLE paragraph, so a sentence that merely contains such words stays.
 * Hand-written: Readability removes chrome from HTML, but not from text already flattened.
 */

/** "Published: Tuesday | September 4, 2018", "Updated May 27, 2018": a label, then a date-like start. */
const TIMESTAMP = /^(?:published|updated|posted|last updated|first published)(?: on| at)?(?::\s*|\s+)((?:(?:mon|tue|wed|thu|fri|sat|sun|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b|\d)[^\n]{3,60})$/i;

const FAMILIES: [string, RegExp][] = [
  ['navigation', /^(?:accessibility links|skip to (?:main )?(?:content|navigation|main|search|footer)|skip navigation|jump to (?:content|navigation|main)|back to top|main menu|menu|search|close|open menu|toggle navigation|home)$/i],
  ['banner', /^(?:breaking news|breaking|just in|live|live updates|developing story|exclusive|top stories|latest news|latest|trending|trending now|most read|most popular|most viewed|editor'?s picks|recommended(?: for you| stories)?|related (?:stories|articles|coverage|content|news|topics)|more (?:stories|on this story|from \w+)|you may also like|don'?t miss|watch now|watch live|listen|listen to this article|play video|video|photos?|gallery|image|loading\.*|comments?|\d+ comments?)$/i],
  ['comments', /^(?:leave a (?:reply|comment)|post a comment|no comments:?|\d+ comments?|comments? \(\d+\)|show comments|view comments|join the conversation)$/i],
  ['more-links', /^(?:up next|full story:?|full article|read some more|latest stories:?|more stories:?|top of page|social media|published|what to read next|next article|previous article|next story|this is a (?:breaking news|developing) story\b[^\n]{0,60})$/i],
  ['separator', /^[_\-=*~•·.\s]{3,}$/],
  ['bare-url', /^(?:https?:\/\/\S+|www\.\S+|source:\s*\S+)$/i],
  ['advert', /^(?:advertisement|advertising|ad|ads|sponsored|sponsored content|paid content|promoted|partner content|story continues below(?: advertisement)?|article continues below(?: advertisement)?|continue reading(?: below| the main story)?|scroll to continue(?: with content)?|content continues below)$/i],
  // A copyright notice starts with © or "(c)"/"Copyright" and a year, or ends with "All rights reserved".
  ['copyright', /^(?:©|\(c\)\s*\d{4}|copyright\s+(?:©\s*)?[^\n]{0,60}\b(?:19|20)\d{2}\b)[^\n]{0,200}$|^[^\n]{0,150}\ball rights reserved\.?$/i],
  ['share', /^share(?: on)? (?:facebook|twitter|x|whatsapp|linkedin|email)(?:\s+(?:facebook|twitter|x|whatsapp|linkedin|email|reddit|pinterest))*$|^(?:share|share this|share (?:this )?(?:article|story|page|video)|share on (?:facebook|twitter|x|whatsapp|linkedin|reddit|email)|share via email|email|print|tweet|copy link|link copied|save|save article|bookmark|facebook|twitter|whatsapp|linkedin|pinterest|reddit|messenger|telegram)$/i],
  ['subscribe', /^(?:subscribe|subscribe now|subscribe (?:to|for) [^\n]{0,80}|sign up|sign up (?:to|for) [^\n]{0,100}|get (?:our|the) [^\n]{0,40}newsletter[^\n]{0,60}|register|log ?in|sign in|already a subscriber\??[^\n]{0,60}|become a member[^\n]{0,60}|support (?:our|independent) journalism[^\n]{0,60}|download (?:our|the) app[^\n]{0,60})$/i],
  ['follow', /^follow (?:us|@?[\w.]+|[\p{Lu}][\p{L}.]+(?: [\p{Lu}][\p{L}.]+){0,3}) on (?:twitter|x|facebook|instagram|linkedin|telegram|whatsapp|youtube|tiktok|google news|threads)\b[^\n]{0,80}$/iu],
  ['read-more', /^(?:read more|read more:?[^\n]{0,150}|read (?:the )?full (?:story|article)|also read\s*[:|-]?[^\n]{0,150}|see also:[^\n]{0,150}|related:[^\n]{0,150}|more:[^\n]{0,150}|click here[^\n]{0,100}|watch:[^\n]{0,120}|listen:[^\n]{0,120}|read next:?[^\n]{0,150})$/i],
  ['cookie', /^[^\n]{0,200}\b(?:we use cookies|this (?:site|website) uses cookies|uses cookies to|accept (?:all )?cookies|cookie (?:policy|settings|preferences|consent))\b[^\n]{0,250}$/i],
  ['video-script', /^(?:[\p{Lu}][\p{L}'’.-]+\s){1,3}reports\.?$/u],
  ['media-label', /^(?:image|media|photo|video|picture) (?:caption|copyright|source|credit)\b[^\n]{0,120}$|^(?:enlarge this image|toggle caption)\b[^\n]{0,120}$|^credit:\s*[^\n]{2,60}$|^(?:getty images|afp via getty images|reuters\/[^\n]{0,40}|file photo|pool photo)$/i],
  // A photo credit alone on a line: "JIM WATSON/AFP/Getty Images", "Photo: Reuters".
  ['photo-credit', /^(?:(?:photo|picture|image|pic)s?\s*(?::|by)\s*[^\n]{2,60}|[^\n.!?]{2,60}\/\s*(?:getty images|afp|reuters|ap|ap photo|epa(?:-efe)?|shutterstock|alamy|pool|afp via getty images|via getty images)|[^\n.!?]{2,40}\s+via\s+getty images)$/i],
  ['breadcrumb', /^(?:[\p{L}&' ]{2,25}\s(?:>|»|›|\/|\|)\s){1,5}[\p{L}&' ]{2,25}$/u],
  ['timestamp', TIMESTAMP],
  ['date-stamp', /^(?:[•·|-]\s*)?(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?\s*[|,]?\s*)?(?:[a-z]{3,9}\.?\s+\d{1,2},?\s+\d{4}|\d{1,2}\s+[a-z]{3,9}\.?,?\s+\d{4}|\d{4}-\d{2}-\d{2})(?:\s*[|,]?\s*(?:at\s+)?\d{1,2}[:.]\d{2}(?:\s*[ap]\.?m\.?)?(?:\s*[a-z]{2,4})?)?\s*\|?$/i],
];

/** Words that label a site section; alone on the first line they are chrome, not a title. */
const SECTION_WORDS = /^(?:world|global|news|world news|politics|business|economy|markets|finance|money|us|u\.s\.|uk|europe|asia|asia pacific|africa|americas|middle east|australia|india|china|national|nation|local|metro|international|region|regional|sport|sports|tech|technology|science|health|opinion|opinions|analysis|features?|entertainment|culture|arts|lifestyle|life|travel|climate|environment|education|home|video|videos|photos|latest|top stories|news in brief|in brief|explainer|crime|law|religion|society)$/i;

/** The family of a chrome paragraph, or null when the paragraph is content. */
export function chromeFamily(line: string, index: number): string | null {
  if (line.length > 400) return null;
  for (const [name, re] of FAMILIES) if (re.test(line)) return name;
  if (index === 0 && SECTION_WORDS.test(line.replace(/[.:|]+$/, '').trim())) return 'section';
  return null;
}

/** A "Published: <date>" line's date text, for the date resolver. */
export function timestampText(line: string): string | null {
  const m = TIMESTAMP.exec(line);
  return m ? m[1]!.replace(/\s*\|\s*/g, ' ').trim() : null;
}

/** A date-stamp line this near the top is the article's own date, not that of a related link. */
const DATE_STAMP_TOP = 3;

/**
 * Drops chrome paragraphs; the section-word rule applies only to what is first after the chrome.
 * `dates` lists the date texts of removed "Published: ..." lines, then of bare date stamps near the top.
 */
export function removeChrome(lines: string[]): { lines: string[]; removed: string[]; dates: string[] } {
  const out: string[] = [];
  const removed: string[] = [];
  const dates: string[] = [];
  const stamps: string[] = [];
  lines.forEach((line, i) => {
    const family = chromeFamily(line, out.length);
    if (family === null) { out.push(line); return; }
    removed.push(line);
    if (family === 'timestamp') { const d = timestampText(line); if (d) dates.push(d); }
    else if (family === 'date-stamp' && i < DATE_STAMP_TOP) stamps.push(line.replace(/\s*\|\s*/g, ' ').trim());
  });
  // A labelled "Published: ..." line outranks a bare date stamp (often the page's "today").
  return { lines: out, removed, dates: [...dates, ...stamps] };
}
