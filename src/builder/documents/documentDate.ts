/**
 * A document's date, read from its text when the front matter gives none.
 * Candidates are located by shape with cheap regular expressions, in the places a date is written (a `date` line,
 * a dateline opening a paragraph, a date alone on a line near the end); chrono-node then parses only the candidate,
 * because running it over a whole text is slow.
 */
import { casualDates } from './chronoParser';
import type { PartialDate } from '../types';
import { partialDate } from './partialDate';

const MONTH = String.raw`(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?`;
const ORDINAL = String.raw`\d{1,2}(?:st|nd|rd|th)?`;
/** "26.9.2023": day, month and year with dots, as European institutions write them (never month first). */
const DOTTED = String.raw`\d{1,2}\.\d{1,2}\.\d{4}`;
/** "22 March 2012", "March 3, 2021", "2023-02-10", "26.9.2023", "March 2021". */
const DATE = String.raw`(?:${ORDINAL}\s+${MONTH},?\s+\d{4}|${MONTH}\s+${ORDINAL},?\s+\d{4}|\d{4}-\d{2}-\d{2}|${DOTTED}|${MONTH}\s+\d{4})`;
/** A place name in a dateline or a signature: "ROME", "NEW YORK", "Rome". */
const PLACE = String.raw`\p{Lu}[\p{L} .'’-]{1,40}?`;
const DASH = '[-–—]';

/** `date 2023-02-10`, `Date: 10 February 2023`, `Published on March 3, 2021`. */
const DATE_LINE = new RegExp(String.raw`^[ \t]*(?:date[d]?|published(?: on)?|posted(?: on)?)[ \t]*:?[ \t]*(${DATE})`, 'imu');
/** `ROME, 22 March 2012 —`, `LONDON (Reuters) - March 3, 2021 -`, `SEOUL, May 27, 2024 (Yonhap) --`. */
const DATELINE = new RegExp(String.raw`(?:^|\n)[ \t]*${PLACE}(?:\s*\([^)\n]{1,40}\))?\s*(?:,|${DASH})\s*(${DATE})\s*(?:\([^)\n]{1,40}\)\s*)?${DASH}`, 'iu');
/** `14 May 2025` (or `Rome, 14 May 2025`) alone on its line. */
const CLOSING_DATE = new RegExp(String.raw`^[ \t]*(?:${PLACE},[ \t]*)?(${DATE})[ \t]*\.?[ \t]*$`, 'gimu');

/** A treaty's or a statement's signature: `Done in Madrid, on 28 June 2022, in three originals`, `Signed at Brussels on 3 March 2021`. */
const SIGNATURE = new RegExp(String.raw`^[ \t]*(?:Done|Signed|Issued|Adopted)\s+(?:at|in)\s+${PLACE},?\s+(?:on\s+)?(?:the\s+)?(${DATE})`, 'gimu');

/** How far into the text a `date` line or a dateline may be: they open a document. */
const OPENING_LENGTH = 4000;

/** The document's date from its text, as precise as the text gives it; null when no candidate parses. */
export function findDocumentDate(text: string): PartialDate | null {
  const opening = text.slice(0, OPENING_LENGTH);
  return (
    parseCandidate(DATE_LINE.exec(opening)?.[1]) ??
    parseCandidate(DATELINE.exec(opening)?.[1]) ??
    parseCandidate(firstDateLine(opening)) ??
    parseCandidate(lastClosingDate(text)) ??
    parseCandidate(lastSignature(text))
  );
}

/** How many lines at the top may carry the date, under a site's menu, a headline and a byline. */
const HEADER_LINES = 16;
/** A header line is short; a longer one, or one that reads as a sentence, is the story. */
const HEADER_LENGTH = 160;
const DATE_IN_LINE = new RegExp(String.raw`\b(${DATE})\b`, 'iu');
const SENTENCE_END = /[.!?]["”’)]*\s*$/;

/**
 * The first date on a header line near the top: alone (`Berlin, 5 October 2023`), or with a time, a byline or a
 * section (`July 8, 2024 11:42 AM GMT+8 Updated 3 hours ago`, `Updated 8:14 AM GMT+8, April 1, 2025`,
 * `By A. Writer · 18 October 2024`, `Tokyo, 1 November 2024 · Defence & Security`).
 */
function firstDateLine(opening: string): string | undefined {
  for (const line of opening.split('\n', HEADER_LINES)) {
    if (line.length > HEADER_LENGTH || (SENTENCE_END.test(line) && line.split(/\s+/).length >= 5)) continue;
    const match = DATE_IN_LINE.exec(line);
    if (match) return match[1];
  }
  return undefined;
}

/** The last date alone on a line in the second half of the text. */
function lastClosingDate(text: string): string | undefined {
  const secondHalf = text.slice(Math.floor(text.length / 2));
  let last: string | undefined;
  for (const match of secondHalf.matchAll(CLOSING_DATE)) last = match[1];
  return last;
}

/** The date of the last signature formula ("Done in Madrid, on 28 June 2022"). */
function lastSignature(text: string): string | undefined {
  let last: string | undefined;
  for (const match of text.matchAll(SIGNATURE)) last = match[1];
  return last;
}

/** `2024-10-18`, `2024-10-18T09:12:00+02:00`, `2024-10`, `2024`: the date an HTML page's metadata gives. */
export function isoDate(value: string | null | undefined): PartialDate | null {
  const match = value ? /^\s*(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?(?:$|[T\s])/.exec(value) : null;
  if (!match) return null;
  return partialDate(Number(match[1]), match[2] ? Number(match[2]) : undefined, match[3] ? Number(match[3]) : undefined);
}

function parseCandidate(candidate: string | undefined): PartialDate | null {
  if (!candidate) return null;
  const iso = /^(\d{4})-(\d{2})-(\d{2})$/.exec(candidate);
  if (iso) return partialDate(Number(iso[1]), Number(iso[2]), Number(iso[3]));
  const dotted = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/.exec(candidate);
  if (dotted) return partialDate(Number(dotted[3]), Number(dotted[2]), Number(dotted[1]));
  const parsed = casualDates.parse(candidate)[0];
  if (!parsed || !parsed.start.isCertain('year')) return null;
  const { start } = parsed;
  const month = start.isCertain('month') ? start.get('month') : null;
  const day = month !== null && start.isCertain('day') ? start.get('day') : null;
  return partialDate(start.get('year')!, month ?? undefined, day ?? undefined);
}
