/**
 * Which of a clause's mentions are parties to what it says, as pairing items. Left out: a place named by its country
 * ("the Belarus border", "off Somalia"), where people come from ("men from Bangladesh and Egypt"), where a thing was
 * made ("the American-made Reaper"), a topic ("the situation in Ukraine"), the object of a denied act ("did not name
 * China"), those who did the same later ("followed by Canada"), a city, a headquarters or a meeting that only says
 * where ("signed in Brussels", "at NATO headquarters"), and those outside a quotation whose speaker is named. The
 * country in a person's title joins that person's item.
 */
import type { Mention } from '../actors/recognise';
import type { Item } from './pairing';
import { isSpace } from '../util/characters';

// "the Belarus border", "off the Libyan coast": the country names a place there, it does not act.
// (Not "coast guard" or "border guards": those act for their country.)
const PLACE_AFTER = /^\s+(?:border(?!\s+(?:guards?|police|forces?|agency|agents?|officers?))|borders|frontier|coast(?!\s*guards?)|coastline|coastal waters|waters|airspace|region|side of the border|port|ports|harbou?r|island|islands|route|routes|corridor)\b/i;
/** "a mission off Somalia", "off the coast of Libya": a place, not a party. */
const PLACE_BEFORE = /\boff\s+(?:the\s+(?:coast|coasts|shores?)\s+of\s+)?(?:the\s+)?$/i;
/** "…, followed by Canada, Germany and Norway": others who did the same afterwards, with the names listed after. */
const FOLLOWERS_BEFORE = /\b(?:followed|joined later|later)\s+by\s+(?:the\s+)?$/i;
/** "16 men from Bangladesh and Egypt", "nationals of Iraq": where people come from, not a party. */
const ORIGIN_BEFORE =
  /\b(?:men|women|people|persons|migrants|refugees|asylum[- ]seekers|nationals|citizens|children|families|workers|passengers|survivors)\s+(?:from|of)\s+(?:(?:countries|nations|states|places)\s+(?:such as|including|like)\s+)?(?:the\s+)?$/i;
/** "… but did not name China": an actor a denied act takes as its object is not acted on. */
const DENIED_OBJECT_BEFORE = /\b(?:not|never|n't)\s+\w+\s+(?:the\s+)?$/i;
const LIST_GAP = /^\s*(?:,|,?\s*(?:and|or))\s*(?:the\s+)?$/;
// "discussed the situation in Ukraine": the country is what they talked about, not a party.
const TOPIC_BEFORE = /\b(?:situation|developments|elections?|events) (?:in|on|around)\s+(?:the\s+)?$/i;
const TOPIC_ANYWHERE = /\b(?:[Ss]ituation|[Dd]evelopments|[Ee]lections?|[Ee]vents) (?:in|on|around)\s/;
/** "the American-made Reaper", "a Cook Islands-flagged tanker": where a thing comes from, not a party. */
const MADE_AFTER = /^-(?:made|built|designed|manufactured|produced|flagged|registered)\b/;
/** "sign the memorandum at NATO headquarters": the organisation's seat says where. */
const HEADQUARTERS_AFTER = /^(?:['’]s?)?\s+(?:headquarters|HQ)\b/;
const AT_OR_IN_BEFORE = /\b(?:at|in)\s+$/;
/** "on the margins of a NATO defence ministers' meeting": a gathering the act happened at, not a party to it. */
const SIDELINES_BEFORE = /\b(?:on|at) the (?:sidelines|margins|fringes) of (?:a|an|the)\s+(?:\d{4}\s+)?$/i;

/** The clause's parties as items, in order. `quotes`: the spans quoted, when the sentence names a speaker. */
export function clauseItems(text: string, clauseText: string, mentions: readonly Mention[], quotes: readonly { start: number; end: number }[]): Item[] {
  const mayNameTopics = TOPIC_ANYWHERE.test(clauseText);
  const parties = mentions
    .filter(
      (m) =>
        m.actsFor !== null &&
        (!quotes.length || quotes.some((q) => m.start >= q.start && m.end <= q.end)) &&
        !PLACE_AFTER.test(text.slice(m.end, m.end + 24)) &&
        !(mayNameTopics && TOPIC_BEFORE.test(text.slice(Math.max(0, m.start - 30), m.start))) &&
        !isOriginOrVenue(text, m),
    )
    .filter(notOnlyPlacesOrOrigins(text));
  return itemsWithTitles(text, withoutVenueCities(text, parties));
}

function isOriginOrVenue(text: string, m: Mention): boolean {
  if (text[m.end] === '-' && MADE_AFTER.test(text.slice(m.end, m.end + 16))) return true;
  const before = text.slice(Math.max(0, m.start - 50), m.start);
  if (HEADQUARTERS_AFTER.test(text.slice(m.end, m.end + 16)) && AT_OR_IN_BEFORE.test(before)) return true;
  return before.includes(' of ') && SIDELINES_BEFORE.test(before);
}

/**
 * The word before "in", when the city names a place: not a name ("the Government of National Accord in Tripoli"),
 * not people ("officials in Paris"); and nothing after that makes it a point of view ("treated in Warsaw as").
 */
const VENUE_BEFORE = /(?:^|\s)([\p{L}][\p{L}\d’'-]*)\s+(?:in|at)\s+$/u;
const PEOPLE_IN_PLACE = /^(?:officials|government|governments|authorities|diplomats|sources|leaders|ministers|lawmakers|politicians|some|many|few|critics|voices|those)$/;
const VIEWPOINT_AFTER = /^\s+as\b/;

function isVenue(text: string, city: Mention, parties: readonly Mention[]): boolean {
  const before = VENUE_BEFORE.exec(text.slice(Math.max(0, city.start - 30), city.start));
  if (!before || PEOPLE_IN_PLACE.test(before[1]!) || VIEWPOINT_AFTER.test(text.slice(city.end, city.end + 4))) return false;
  // A capitalised word is part of a name: a recognised actor's ("met President Putin in Beijing"), or one the city
  // completes ("the Government of National Accord in Tripoli").
  const wordEnd = city.start - before[0].length + before[0].indexOf(before[1]!) + before[1]!.length;
  return before[1]![0] === before[1]![0]!.toLowerCase() || parties.some((m) => m.end === wordEnd);
}

/**
 * "Germany, France and Italy sign a declaration of intent in Brussels": a city after "in" or "at" says where, when
 * the clause names two other parties. With one ("Modi held talks in Moscow"), the city's country is the other side.
 */
function withoutVenueCities(text: string, parties: readonly Mention[]): readonly Mention[] {
  const venues = parties.filter((m) => m.isCity && (text.startsWith('in ', m.start - 3) || text.startsWith('at ', m.start - 3)) && isVenue(text, m, parties));
  if (!venues.length) return parties;
  const others = new Set(parties.filter((m) => !venues.includes(m)).map((m) => m.actsFor));
  return others.size >= 2 ? parties.filter((m) => !venues.includes(m)) : parties;
}

/** "Republic of Korea Minister of National Defense": the capitalised words of a title between a country and a name. */
const TITLE_BETWEEN = /^\s+(?:(?:\p{Lu}[\p{L}.-]*|of|for|the|and|\([A-Z]{2,6}\))\s+){1,8}$/u;

/** How far back a title before a name may start. */
const TITLE_REACH = 40;
const isWordChar = (ch: string): boolean => ch === '.' || ch === '-' || ch.toLowerCase() !== ch.toUpperCase();
const isCapital = (ch: string): boolean => ch !== ch.toLowerCase();

/**
 * Where a person's item starts: at the capitalised words written right before their name ("…, President Joe Biden
 * and Prime Minister Fumio Kishida"), so that titled people coordinate. A backward scan: a regex anchored at the end
 * would be tried at every position of the text before the name.
 */
function titleRunStart(text: string, nameStart: number): number {
  const limit = Math.max(0, nameStart - TITLE_REACH);
  let start = nameStart;
  for (;;) {
    let wordEnd = start;
    while (wordEnd > limit && isSpace(text[wordEnd - 1]!)) wordEnd--;
    if (wordEnd === start) break;
    let wordStart = wordEnd;
    while (wordStart > limit && isWordChar(text[wordStart - 1]!)) wordStart--;
    const before = wordStart > 0 ? text[wordStart - 1]! : ' ';
    if (wordStart === wordEnd || !isCapital(text[wordStart]!) || !(isSpace(before) || before === ',' || before === ';') || wordStart <= limit) break;
    start = wordStart;
  }
  return start;
}

/** Whether the mention is the country in the title of the person named right after it ("Japanese Minister … Kihara"). */
function isTitleOf(text: string, country: Mention, next: Mention | undefined): boolean {
  return next !== undefined && next.isPerson && !country.isPerson && next.actsFor === country.actsFor && TITLE_BETWEEN.test(text.slice(country.end, next.start));
}

/**
 * One item per mention, but the country of a person's title joins that person's item, so that "Japanese Minister …
 * Kihara, Republic of Korea Minister … Shin, and US Secretary … Austin" are three coordinated people, not six items.
 */
function itemsWithTitles(text: string, mentions: readonly Mention[]): Item[] {
  const items: Item[] = [];
  let titleStart = -1;
  for (let i = 0; i < mentions.length; i++) {
    const m = mentions[i]!;
    if (isTitleOf(text, m, mentions[i + 1])) {
      titleStart = m.start;
      continue;
    }
    items.push({ start: titleStart >= 0 ? titleStart : m.isPerson ? titleRunStart(text, m.start) : m.start, end: m.end, actors: [m.actsFor!], coAgent: false });
    titleStart = -1;
  }
  return items;
}

/**
 * A filter for the mentions of a sentence, in order: drops those that only say where something is ("off Somalia"),
 * where people come from ("men from Bangladesh and Egypt", with the names listed after), who did the same afterwards
 * ("followed by Canada and Germany"), or what a denied act does not touch ("did not name China").
 */
function notOnlyPlacesOrOrigins(text: string): (m: Mention) => boolean {
  let listEnd = -1;
  return (m) => {
    const before = text.slice(Math.max(0, m.start - 40), m.start);
    // Cheap tests of the words just before first: most mentions follow none of them.
    const tail = before.endsWith('the ') ? before.slice(0, -4) : before;
    const afterPreposition = tail.endsWith('from ') || tail.endsWith('of ') || tail.endsWith('as ') || tail.endsWith('including ') || tail.endsWith('like ');
    const dropped =
      (listEnd >= 0 && LIST_GAP.test(text.slice(listEnd, m.start))) ||
      (tail.endsWith('by ') && FOLLOWERS_BEFORE.test(before)) ||
      (afterPreposition && ORIGIN_BEFORE.test(before)) ||
      ((tail.endsWith('off ') || tail.endsWith('of ')) && PLACE_BEFORE.test(before)) ||
      ((before.includes('not ') || before.includes('never ') || before.includes("n't ")) && DENIED_OBJECT_BEFORE.test(before));
    listEnd = dropped ? m.end : -1;
    return !dropped;
  };
}
