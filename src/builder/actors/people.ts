/**
 * People, found from their titles and roles ("British Defence Minister Ben Wallace", "his Italian counterpart
 * Guido Crosetto", "Antonio Tajani, Italy's deputy prime minister") and linked to the country named in that
 * title or role. Later mentions by surname ("Crosetto said") are resolved within the document.
 */

/** Makes the first letter of each word match either case: "prime minister" -> "[Pp]rime [Mm]inister". */
const eitherCase = (phrase: string): string =>
  phrase.replace(/(^|[\s-])(\p{L})/gu, (_, sep: string, ch: string) => `${sep}[${ch.toUpperCase()}${ch.toLowerCase()}]`);

/** The words of a portfolio ("Minister of Foreign Affairs and International Cooperation"), so the name after it is not taken for one. */
const PORTFOLIO =
  '(?:Foreign|Home|Internal|Interior|National|Defen[cs]e|Affairs|Justice|Economy|Economic|Finance|Finances|Trade|Industry|Health|Education|Europe|European|International|Co-?operation|Security|Development|Migration|Energy|Environment|Culture|Transport|Agriculture|Labou?r|Digital|Social|Public|State|Commerce|Infrastructure|Overseas|Enterprise|Investment|Innovation|Science|Technology|Planning|Communications|Youth|Sport|Tourism|Veterans|Armed Forces|Budget|Treasury|Integration|Refugees|Asylum|Citizenship|Immigration|Territories|Relations|Cabinet|Office)';

const ROLE_HEADS = [
  'prime minister', 'president', 'vice president', 'vice-president', 'foreign minister', 'defen[cs]e minister', 'interior minister', 'finance minister',
  'minister', 'defen[cs]e secretary', 'foreign secretary',
  'home secretary', 'secretary of state', 'secretary of defen[cs]e', 'secretary[- ]general', 'secretary', 'chancellor', 'ambassador', 'envoy', 'king',
  'queen', 'prince', 'crown prince', 'emperor', 'emir', 'sheikh', 'sultan', 'general', 'admiral', 'commander', 'chief of staff', 'chief', 'chef', 'head',
  'leader', 'opposition leader', 'spokes(?:person|man|woman)', 'senator', 'governor', 'mayor', 'premier', 'counterpart', 'foreign affairs minister', 'speaker',
  'deputy', 'undersecretary', 'under-secretary', 'high representative', 'commissioner', 'taoiseach', 'chairman', 'chairwoman', 'chair',
  'raksha mantri', 'pradhan mantri', 'videsh mantri',
]
  .map(eitherCase)
  .concat([`(?:[Mm]inister|[Ss]ecretary) (?:of|for) (?:the )?${PORTFOLIO}(?:,? (?:and )?${PORTFOLIO}){0,4}`]);
const ROLE_MODIFIERS = ['deputy', 'vice', 'former', 'acting', 'then', 'interim', 'senior', 'new', 'incoming', 'outgoing'].map(eitherCase);

const ROLE = `(?:(?:${ROLE_MODIFIERS.join('|')})[- ]+)*(?:${ROLE_HEADS.join('|')})`;
const HONORIFIC = '(?:Sir|Dame|Lord|Lady|Baroness|Baron|Mr\\.?|Mrs\\.?|Ms\\.?|Dr\\.?|Gen\\.?|Adm\\.?|Shri|Smt\\.?|Shrimati)';
const NAME_WORD = "\\p{Lu}[\\p{Ll}'’]+(?:-\\p{Lu}?[\\p{Ll}]+)?";
const PARTICLE = '(?:de|da|di|del|della|van|von|der|den|la|le|al|el|bin|ibn|dos|du)';
/** A surname written in capitals before the given name, as Japanese and Korean governments write it: "KIHARA Minoru". */
const CAPITALISED_SURNAME = '\\p{Lu}{2,}(?:-\\p{Lu}+)?';
/** "Giorgia Meloni", "J. D. Vance", "Lloyd J. Austin", "KIHARA Minoru", "Ursula von der Leyen". */
const NAME = `(?:\\p{Lu}\\.\\s*){0,2}(?:${CAPITALISED_SURNAME}\\s+)?${NAME_WORD}(?:\\s+(?:\\p{Lu}\\.\\s+)?(?:${PARTICLE}\\s+)?${NAME_WORD}){0,3}`;

/** "[Italian] Prime Minister [,] [Sir] Giorgia Meloni" */
const TITLED = new RegExp(`(?<title>(?:\\b${ROLE}\\b)(?:\\s+(?:and|&)\\s+${ROLE})?)(?:,)?\\s+(?<honorific>${HONORIFIC}\\s+)?(?<name>${NAME})`, 'gu');
/** "Antonio Tajani, Italy's deputy prime minister and foreign minister," */
const APPOSITIVE = new RegExp(`(?<name>${NAME_WORD}(?:\\s+(?:${PARTICLE}\\s+)?${NAME_WORD}){1,3}),\\s+(?:the\\s+|a\\s+|an\\s+)?(?<role>[^,;:.“”"()]{0,60}?\\b${ROLE}\\b[^,;:“”"()]{0,60}?)(?=[,;.]|$)`, 'gu');

/** "the Minister of Foreign Affairs of the Republic of Armenia, Ararat Mirzoyan,": a title with its country, then the name. */
const TITLE_OF_COUNTRY = new RegExp(
  `(?<title>\\b${ROLE}\\s+of\\s+(?:the\\s+)?(?:(?:Republic|Kingdom|State|Federation)\\s+of\\s+)?\\p{Lu}[\\p{L}-]+(?:\\s+\\p{Lu}[\\p{L}-]+){0,2}),\\s+(?<name>${NAME_WORD}(?:\\s+(?:${PARTICLE}\\s+)?${NAME_WORD}){1,3})(?=,|\\s+(?:at|in|on|said|told)\\b)`,
  'gu',
);

/** "For the Republic of Türkiye: Mevlüt Çavuşoğlu, Minister of Foreign Affairs": a signatory, for the state named. */
const SIGNATORY = new RegExp(`\\bFor\\s+(?:the\\s+)?\\p{Lu}[^:\\n]{2,60}:\\s+(?<name>${NAME_WORD}(?:\\s+(?:${PARTICLE}\\s+)?${NAME_WORD}){1,3}),\\s+(?:the\\s+)?${ROLE}`, 'gu');
/** "Prime Ministers Fumio Kishida and Scott Morrison": one plural title for several people. */
const PLURAL_TITLED = new RegExp(
  `\\b(?:Prime Ministers|Presidents|Foreign Ministers|Defen[cs]e Ministers|Ministers|Chancellors|Leaders)\\s+(?<names>${NAME}(?:,\\s+${NAME})*,?\\s+and\\s+${NAME})`,
  'gu',
);
/** "the government of Ingrida Šimonytė", "the regime of Alexander Lukashenko": a leader named by their government. */
const GOVERNMENT_OF = new RegExp(`\\b(?:government|administration|regime|cabinet)\\s+of\\s+(?:(?:Prime Minister|President)\\s+)?(?<name>${NAME_WORD}(?:\\s+(?:${PARTICLE}\\s+)?${NAME_WORD}){1,2})`, 'gu');

const mayBeGovernmentOf = (text: string): boolean =>
  text.includes('overnment of ') || text.includes('egime of ') || text.includes('dministration of ') || text.includes('abinet of ');

/** A title with its country and a comma after it: the cheap test before TITLE_OF_COUNTRY, which is tried at every title. */
const MAY_BE_TITLE_OF_COUNTRY = /\bof (?:the )?[A-Z\u00C0-\u024F][^\s,]*(?: [A-Z\u00C0-\u024F][^\s,]*){0,4}, [A-Z\u00C0-\u024F]/;

/** "Sir Michael Fallon", "Dame Karen Pierce"; and "Ms KAMIKAWA Yoko", "H.E. PARK Jin": an official's surname in capitals. */
const HONOURED = new RegExp(
  `\\b(?:(?<honorific>Sir|Dame|Lord|Lady|Baroness)\\s+(?<name>${NAME})|(?:Mr|Ms|Mrs|Dr|H\\.E\\.)\\.?\\s+(?<officialName>${CAPITALISED_SURNAME}\\s+${NAME_WORD}))`,
  'gu',
);

/** Words that start with a capital but are not names after a title ("President Trump's Administration" keeps Trump). */
const NOT_NAME_WORDS = new Set([
  'The', 'A', 'An', 'And', 'Of', 'In', 'On', 'For', 'To', 'At', 'By', 'With', 'From', 'This', 'That', 'His', 'Her', 'Their', 'Its', 'Our', 'Office',
  'Administration', 'Government', 'Ministry', 'Department', 'Council', 'Commission', 'Parliament', 'Assembly', 'Senate', 'House', 'Cabinet', 'Affairs',
  'Foreign', 'Defence', 'Defense', 'Minister', 'Secretary', 'President', 'Prime', 'General', 'Chief', 'Staff', 'State', 'Union', 'Nations', 'Forces',
  'January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December', 'Monday', 'Tuesday',
  'Executive', 'Officer', 'Operating', 'Financial', 'Justice', 'Staff', 'Assembly', 'Court', 'Bank', 'Agency', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday', 'Today', 'Yesterday', 'Said', 'Says', 'Also', 'However', 'Meanwhile', 'Jr', 'Sr',
]);

export interface PersonCandidate {
  /** The full name as written ("Guido Crosetto"). */
  readonly name: string;
  /** The whole phrase: title, name and appositive role, in the sentence's coordinates. */
  readonly start: number;
  readonly end: number;
  /** Where the name itself is. */
  readonly nameStart: number;
  readonly nameEnd: number;
  /** The span of the role or title text, where a country may be named ("Italy's deputy prime minister"). */
  readonly roleStart: number;
  readonly roleEnd: number;
  readonly honorific?: string;
  /** The name as written when it is not written as `name` ("ZARZALEJOS, Javier"): found again in the text as such. */
  readonly written?: string;
}

/**
 * "ZARZALEJOS, Javier (PPE). - Madam President, …": a speaker in a parliament's verbatim record, surname in capitals,
 * then the given name and the political group.
 */
const SPEAKER_LABEL = new RegExp(`^\\s*(?<surname>${CAPITALISED_SURNAME}(?:\\s+${CAPITALISED_SURNAME})?),\\s+(?<given>${NAME_WORD}(?:\\s+${NAME_WORD})?)\\s+\\([^()]{1,30}\\)`, 'u');
const MAY_BE_SPEAKER_LABEL = /^\s*[A-Z\u00C0-\u017F]{2,}[^,]{0,30},\s/;
const titleCase = (word: string): string => word.charAt(0) + word.slice(1).toLowerCase();

function speakerLabel(text: string): PersonCandidate | null {
  const m = MAY_BE_SPEAKER_LABEL.test(text) ? SPEAKER_LABEL.exec(text) : null;
  if (!m) return null;
  const { surname, given } = m.groups!;
  const written = `${surname}, ${given}`;
  const nameStart = m.index + m[0].indexOf(surname!);
  const name = `${given} ${surname!.split(/\s+/u).map((w) => w.split('-').map(titleCase).join('-')).join(' ')}`;
  return { name, written, start: nameStart, end: nameStart + written.length, nameStart, nameEnd: nameStart + written.length, roleStart: nameStart, roleEnd: nameStart };
}

/** Trims a matched name at the first word that cannot be part of one. */
function cleanName(raw: string): string | null {
  const words = raw.split(/\s+/u);
  const kept: string[] = [];
  for (const word of words) {
    if (NOT_NAME_WORDS.has(word.replace(/['’]s$/u, ''))) break;
    kept.push(word);
    if (/['’]s$/u.test(word)) break;
  }
  const name = kept.join(' ').replace(/['’]s$/u, '');
  return name.length >= 3 ? name : null;
}

/** A cheap test (no `u` flag) that a sentence may name someone by title or honorific at all. */
const MAY_NAME_SOMEONE = /\b(?:ministers?|presidents?|chancellors|leaders|speaker|mrs?|ms|dr|h\.e|secretary|chancellor|ambassador|envoy|king|queen|prince|princess|emperor|emir|sheikh|sultan|general|admiral|commander|chief|chef|head|leader|spokes\w+|senator|governor|mayor|premier|counterpart|deputy|undersecretary|under-secretary|representative|commissioner|taoiseach|chair\w*|sir|dame|lord|lady|baron\w*|mantri|shri)\b/i;

// Cheap necessary conditions (no `u` flag) for the two Unicode patterns below, tried only where they can match.
const MAY_HONOUR = /\b(?:Sir|Dame|Lord|Lady|Baroness|Mr|Ms|Mrs|Dr|H\.E)\.?\s/;
const MAY_APPOSE = new RegExp(`,\\s+[^,;:.“”"()]{0,120}?${MAY_NAME_SOMEONE.source}`, 'i');

export function findTitledPeople(text: string): PersonCandidate[] {
  const speaker = speakerLabel(text);
  const out: PersonCandidate[] = speaker ? [speaker] : [];
  addSignatoriesAndGovernments(text, out);
  if (!MAY_NAME_SOMEONE.test(text)) return out;
  addTitled(text, out);
  addHonoured(text, out);
  addPluralTitled(text, out);
  addTitlesOfCountries(text, out);
  addAppositives(text, out);
  return out;
}

/** "For the Republic of Finland: Pekka Haavisto, Minister …", "the government of Ingrida Šimonytė". */
function addSignatoriesAndGovernments(text: string, out: PersonCandidate[]): void {
  for (const pattern of [SIGNATORY, GOVERNMENT_OF]) {
    pattern.lastIndex = 0;
    for (let m = (pattern === SIGNATORY ? text.includes('For ') : mayBeGovernmentOf(text)) ? pattern.exec(text) : null; m; m = pattern.exec(text)) {
      const name = cleanName(m.groups!.name!);
      if (!name || name.split(' ').length < 2 || out.some((p) => p.name === name)) continue;
      const nameStart = m.index + m[0].indexOf(m.groups!.name!);
      out.push({ name, start: m.index, end: m.index + m[0].length, nameStart, nameEnd: nameStart + name.length, roleStart: m.index, roleEnd: m.index + m[0].length });
    }
  }
}

/** "[Italian] Prime Minister [,] [Sir] Giorgia Meloni". */
function addTitled(text: string, out: PersonCandidate[]): void {
  TITLED.lastIndex = 0;
  for (let m = TITLED.exec(text); m; m = TITLED.exec(text)) {
    const name = cleanName(m.groups!.name!);
    if (!name) {
      // "Chief Cabinet Secretary Yoshimasa Hayashi": what followed the first title was another title; look again after it.
      TITLED.lastIndex = m.index + m.groups!.title!.length;
      continue;
    }
    const nameStart = m.index + m[0].length - m.groups!.name!.length;
    const honorific = m.groups!.honorific?.trim();
    out.push({ name, start: m.index, end: nameStart + name.length, nameStart, nameEnd: nameStart + name.length, roleStart: m.index, roleEnd: m.index + m.groups!.title!.length, ...(honorific ? { honorific } : {}) });
  }
}

/** "Sir Michael Fallon", "Ms KAMIKAWA Yoko". */
function addHonoured(text: string, out: PersonCandidate[]): void {
  HONOURED.lastIndex = 0;
  for (let m = MAY_HONOUR.test(text) ? HONOURED.exec(text) : null; m; m = HONOURED.exec(text)) {
    const written = m.groups!.name ?? m.groups!.officialName!;
    const name = cleanName(written);
    if (!name) continue;
    const nameStart = m.index + m[0].length - written.length;
    const honorific = m.groups!.honorific;
    out.push({ name, start: m.index, end: nameStart + name.length, nameStart, nameEnd: nameStart + name.length, roleStart: m.index, roleEnd: m.index, ...(honorific ? { honorific } : {}) });
  }
}

const LISTED_NAME = /[^,]+?(?=,|\s+and\s+|$)/gu;
const LIST_JOINER = /^\s*(?:and\s+)?/u;

/** "Prime Ministers Fumio Kishida and Scott Morrison": each name after one plural title. */
function addPluralTitled(text: string, out: PersonCandidate[]): void {
  PLURAL_TITLED.lastIndex = 0;
  for (let m = text.includes(' and ') ? PLURAL_TITLED.exec(text) : null; m; m = PLURAL_TITLED.exec(text)) {
    const names = m.groups!.names!;
    const namesStart = m.index + m[0].length - names.length;
    for (const part of names.matchAll(LISTED_NAME)) {
      const written = part[0].replace(LIST_JOINER, '');
      const name = cleanName(written);
      if (!name || name.split(' ').length < 2 || out.some((p) => p.name === name)) continue;
      const nameStart = namesStart + part.index! + part[0].length - written.length;
      out.push({ name, start: nameStart, end: nameStart + name.length, nameStart, nameEnd: nameStart + name.length, roleStart: m.index, roleEnd: namesStart });
    }
  }
}

/** "the Minister of Foreign Affairs of the Republic of Armenia, Ararat Mirzoyan,". */
function addTitlesOfCountries(text: string, out: PersonCandidate[]): void {
  TITLE_OF_COUNTRY.lastIndex = 0;
  for (let m = MAY_BE_TITLE_OF_COUNTRY.test(text) ? TITLE_OF_COUNTRY.exec(text) : null; m; m = TITLE_OF_COUNTRY.exec(text)) {
    const name = cleanName(m.groups!.name!);
    if (!name || out.some((p) => p.name === name)) continue;
    const nameStart = m.index + m[0].length - m.groups!.name!.length;
    out.push({ name, start: m.index, end: nameStart + name.length, nameStart, nameEnd: nameStart + name.length, roleStart: m.index, roleEnd: m.index + m.groups!.title!.length });
  }
}

/** "Antonio Tajani, Italy's deputy prime minister and foreign minister,". */
function addAppositives(text: string, out: PersonCandidate[]): void {
  APPOSITIVE.lastIndex = 0;
  for (let m = MAY_APPOSE.test(text) ? APPOSITIVE.exec(text) : null; m; m = APPOSITIVE.exec(text)) {
    const name = cleanName(m.groups!.name!);
    if (!name || name.split(' ').length < 2) continue;
    const roleStart = m.index + m[0].length - m.groups!.role!.length;
    // A signatory's line ("For Finland: Pekka Haavisto, Minister …") has already given this name and role.
    if (out.some((p) => p.nameStart === m!.index && p.roleEnd > roleStart)) continue;
    out.push({ name, start: m.index, end: m.index + m[0].length, nameStart: m.index, nameEnd: m.index + name.length, roleStart, roleEnd: m.index + m[0].length });
  }
}
