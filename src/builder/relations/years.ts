/**
 * When an event happened: the dates a sentence gives, resolved against the document's date.
 * Bare years ("first signed in 2018") are found by a pattern; month, day and relative expressions
 * ("in December 2022", "on 9 February", "last November", "this year") by chrono-node, which is the slowest stage
 * of the builder, so it only runs on sentences that have a date cue. A year after the document's is a target
 * ("in service by 2035"), not an event.
 */
import type { ParsedResult } from 'chrono-node';
import { casualDates } from '../documents/chronoParser';
import type { PartialDate } from '../types';
import { sortSmall } from '../util/sortSmall';
import { isSpace } from '../util/characters';

export interface YearMention {
  readonly year: number;
  readonly start: number;
  readonly end: number;
  /**
   * Whether it dates something ("in 2021", "on 9 February", "last year"), or only names a thing by its year ("the
   * 2007 autonomy plan", "the fraudulent 2020 election").
   */
  readonly anchored: boolean;
  /**
   * The year names an agreement ("a 2022 deal", "the 2006 Agreement between …"): it dates that agreement, so it is
   * anchored, but it is not a year the story is at (a base "remains under a 2012 agreement" today).
   */
  readonly namesAgreement?: boolean;
}

// The year's digits first (rare in text), its preposition looked up behind it: a pattern that starts with the
// prepositions would be tried at every "in" and "of".
const BARE_YEAR = /(?<![A-Za-z0-9\u00C0-\u024F+,.\-–/])(?:1[89]\d\d|20\d\d)(?![0-9%]|['’]?s\b|,\d|\.\d|\s*(?:-|–|to)\s*\d{2,4})(?!\s*(?:troops|soldiers|people|migrants|km|tonnes|vessels|ships))/g;
const PREFIX_BEFORE = /\b(since|by|from|until|till|before|in|of|during|after|early|late|mid-?|throughout)\s+$/i;
const MONTH_NAME = '(?:January|February|March|April|June|July|August|September|October|November|December)';
// An abbreviation counts with its period or next to a day ("Feb. 16", "16 Feb"), not in a name ("Jan Mayen").
const MONTH_ABBREVIATION = '(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)';
const MONTH = `(?:${MONTH_NAME}|${MONTH_ABBREVIATION}\\.|${MONTH_ABBREVIATION}(?=\\s+\\d)|(?<=\\d\\s+)${MONTH_ABBREVIATION})`;
const WEEKDAY = '(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)';
/**
 * A date chrono-node should read: a month (written with its capital, so not "to march"; "May" only next to a number),
 * a weekday, a relative expression ("last week", "two years ago", "yesterday"). Case-sensitive, so fast.
 */
const DATE_CUE = new RegExp(
  [
    `\\b${MONTH}(?![a-z])`,
    '\\b\\d{1,2}(?:st|nd|rd|th)?\\s+May\\b|\\bMay\\s+\\d{1,2}\\b|\\b(?:[Ii]n|[Oo]n|[Ll]ast|[Nn]ext|[Ss]ince|[Uu]ntil|[Bb]y|[Ee]arly|[Ll]ate|[Mm]id-?)\\s+May\\b',
    `\\b${WEEKDAY}\\b`,
    '\\b(?:yesterday|today|[Ll]ast (?:week|month|year)|[Tt]his (?:week|month|year)|[Nn]ext (?:week|month|year)|(?:days|weeks|months|years) ago)\\b',
  ].join('|'),
  'g',
);
const LOOKS_AHEAD = /\b(?:next|upcoming|forthcoming|coming|planned|scheduled|this|later|will|until|by)\s+(?:[\w-]+\s+){0,3}$/i;
const YEAR_AFTER = /^[^.;]{0,12}\b(?:1[89]|20)\d\d\b/;

/** How far around a date cue chrono-node reads ("on the 14th of last month", "two weeks ago last Tuesday"). */
const CONTEXT = 24;

/**
 * The stretches chrono-node reads (it is slow, running every parser on what it is given): around a month, weekday
 * or relative date that is not already followed by its year, widened to whole words and merged.
 */
function chronoWindows(text: string): { start: number; end: number }[] {
  const windows: { start: number; end: number }[] = [];
  DATE_CUE.lastIndex = 0;
  for (let m = DATE_CUE.exec(text); m; m = DATE_CUE.exec(text)) {
    const cueEnd = m.index + m[0].length;
    if (YEAR_AFTER.test(text.slice(cueEnd, cueEnd + 16))) continue;
    const start = wordStartAtOrBefore(text, Math.max(0, m.index - CONTEXT));
    const end = wordEndAtOrAfter(text, Math.min(text.length, cueEnd + CONTEXT));
    const last = windows[windows.length - 1];
    if (last && start <= last.end) last.end = Math.max(last.end, end);
    else windows.push({ start, end });
  }
  return windows;
}


function wordStartAtOrBefore(text: string, at: number): number {
  while (at > 0 && !isSpace(text[at - 1]!)) at--;
  return at;
}

function wordEndAtOrAfter(text: string, at: number): number {
  while (at < text.length && !isSpace(text[at]!)) at++;
  return at;
}

/** "the 2007 plan", "its 2020 election", "Russia's 2022 invasion": a year that names a thing. */
const NAMES_A_THING_BEFORE = /(?:\b(?:the|a|an|its|their|his|her|our)|['’]s)\s+(?:[\p{Ll}-]+\s+)?$/u;

/** "a 2022 deal", "the 2006 Agreement between …": the year an agreement was made dates it, as "in 2022" would. */
const NAMES_AN_AGREEMENT_AFTER = /^\s+(?:[\p{L}-]+\s+){0,2}?(?:deal|agreement|accord|treaty|pact|memorandum|contract|protocol|MoU)s?\b/iu;

const RELATIVE_BEFORE = /\b(?:last|next|this|past|coming|previous)\s+$/i;
const LAST_BEFORE = /\blast\s+$/i;

/** "In May last year", "in March this year": the month is tied to the document's date after all. */
const RELATIVE_YEAR_AFTER = /^,?\s+(?:last|this|next)\s+year\b/i;

/** Whether the date names its month: "9 to 10 November" names it at its end only. */
const namesMonth = (result: ParsedResult): boolean => result.start.isCertain('month') || (result.end?.isCertain('month') ?? false);

/** "in November", "on 9 February": a month (and day) named without a year or a word relating it to the document's date. */
function isBareMonth(result: ParsedResult, text: string, index: number): boolean {
  const end = index + result.text.length;
  return (
    namesMonth(result) &&
    !result.start.isCertain('year') &&
    !result.start.isCertain('weekday') &&
    !RELATIVE_BEFORE.test(text.slice(Math.max(0, index - 10), index)) &&
    !/^(?:last|next|this)\b/i.test(result.text) &&
    !RELATIVE_YEAR_AFTER.test(text.slice(end, end + 12))
  );
}

/** The year of the last date that ends before `index`, if any. */
function lastYearBefore(mentions: readonly YearMention[], index: number): number | null {
  let last: YearMention | null = null;
  for (const m of mentions) if (m.anchored && m.end <= index && (!last || m.start > last.start)) last = m;
  return last?.year ?? null;
}

/** The reference instant for relative dates: the document's date, or the end of its year or month. */
export function referenceInstant(date: PartialDate): Date {
  if (date.day !== undefined && date.month !== undefined) return new Date(Date.UTC(date.year, date.month - 1, date.day, 12));
  if (date.month !== undefined) return new Date(Date.UTC(date.year, date.month, 0, 12));
  return new Date(Date.UTC(date.year, 11, 31, 12));
}

/** "the night of 9 to 10 November": chrono-node merges the time of day with the date and keeps neither's values. */
const TIME_OF_DAY_OF = /^(?:(?:the\s+)?(?:morning|afternoon|evening|night)\s+of\s+)(?=\S)/i;

function parseDates(text: string, window: { start: number; end: number }, reference: Date | undefined): { result: ParsedResult; index: number }[] {
  const parse = (from: number): { result: ParsedResult; index: number }[] =>
    casualDates.parse(text.slice(from, window.end), reference ? { instant: reference, timezone: 0 } : undefined, { forwardDate: false }).map((result) => ({ result, index: from + result.index }));
  return parse(window.start).flatMap((found) => {
    const timeOfDay = found.result.start.isCertain('day') ? null : TIME_OF_DAY_OF.exec(found.result.text);
    return timeOfDay ? parse(found.index + timeOfDay[0].length).filter((date) => date.index < found.index + found.result.text.length) : [found];
  });
}

/**
 * @param storyYear the year the story is at when it is not the document's ("In the summer of 2021, … in November the
 *   EU widened its sanctions"): a month named without a year takes it, unless "last" or "next" ties it to the
 *   document's date.
 */
export function findYears(text: string, documentDate: PartialDate | null, storyYear: number | null = null): YearMention[] {
  const mentions: YearMention[] = [];
  const latest = documentDate?.year ?? Number.POSITIVE_INFINITY;
  BARE_YEAR.lastIndex = 0;
  for (let m = BARE_YEAR.exec(text); m; m = BARE_YEAR.exec(text)) {
    const prefix = PREFIX_BEFORE.exec(text.slice(Math.max(0, m.index - 12), m.index));
    const word = prefix?.[1]!.toLowerCase();
    const year = Number(m[0]);
    if (word === 'since' || word === 'by' || year > latest) continue;
    const namesAgreement = prefix === null && NAMES_AN_AGREEMENT_AFTER.test(text.slice(m.index + 4, m.index + 40));
    const anchored = prefix !== null || namesAgreement || !NAMES_A_THING_BEFORE.test(text.slice(Math.max(0, m.index - 20), m.index));
    mentions.push({ year, start: prefix ? m.index - prefix[0].length : m.index, end: m.index + m[0].length, anchored, ...(namesAgreement ? { namesAgreement } : {}) });
  }
  // Without the document's date, a month, weekday or relative date has no year to take (chrono would take today's).
  const windows = documentDate ? chronoWindows(text) : [];
  const reference = windows.length && documentDate ? referenceInstant(documentDate) : undefined;
  for (const window of windows) {
    for (const { result, index } of parseDates(text, window, reference)) {
      let year = result.start.get('year');
      // chrono takes the nearest "July" (or the coming "Monday") even when it is ahead of the document; news reports
      // what has happened: the month a year back, the weekday a week back.
      if (year !== null && reference && !result.start.isCertain('year') && result.start.date() > reference && !LOOKS_AHEAD.test(text.slice(Math.max(0, index - 25), index))) {
        year = namesMonth(result) ? year - 1 : new Date(result.start.date().getTime() - 7 * 86_400_000).getUTCFullYear();
      }
      // …unless the sentence has just given one: "In May last year …, and in June …".
      if (year !== null && storyYear !== null && storyYear < year && isBareMonth(result, text, index)) year = lastYearBefore(mentions, index) ?? storyYear;
      // "last March" written in March: the month a year back, not this one.
      if (year !== null && documentDate?.month !== undefined && result.start.isCertain('month') && !result.start.isCertain('year') && LAST_BEFORE.test(text.slice(Math.max(0, index - 6), index))) {
        year = result.start.get('month')! >= documentDate.month ? documentDate.year - 1 : documentDate.year;
      }
      if (year === null || year > latest) continue;
      if (mentions.some((m) => m.start < index + result.text.length && index < m.end)) continue;
      mentions.push({ year, start: index, end: index + result.text.length, anchored: true });
    }
  }
  return sortSmall(mentions, (a, b) => a.start - b.start);
}
