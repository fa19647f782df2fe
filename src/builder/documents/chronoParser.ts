/**
 * chrono-node's casual English parser, made cheaper without changing a result: each parser runs its pattern over
 * the whole text on every call, and most patterns cannot match a given text because it lacks a word or a character
 * every match holds ("ago", a month's name, a digit). Such a parser is skipped after a quick test for that word.
 * A parser that returns nothing adds nothing, so the results, and what the refiners make of them, stay the same.
 */
import * as chrono from 'chrono-node';

const MONTH = /jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec/i;

/**
 * What every match of a parser's pattern (chrono-node 2.10.3, casual English) holds, by the parser's class name.
 * The patterns are case-insensitive and not Unicode-aware, so only ASCII letters match their letters, as here.
 * A parser not listed (or renamed by a minifier) runs as before.
 */
const REQUIRED: Readonly<Record<string, RegExp>> = {
  ISOFormatParser: /[0-9]{4}-/, // 2023-02-10
  ENYearMonthDayParser: /[0-9]{4}/, // 2023/02/10, 2023 Feb 10
  SlashDateFormatParser: /[0-9][/.-][0-9]/, // 10/02/2023
  ENSlashMonthFormatParser: /[0-9]\/[0-9]/, // 2/2023
  ENTimeExpressionParser: /[0-9]/, // 10:30, 9 pm
  ENMonthNameLittleEndianParser: MONTH,
  ENMonthNameMiddleEndianParser: MONTH,
  ENMonthNameParser: MONTH,
  ENYearMonthNameParser: MONTH,
  ENWeekdayParser: /sun|mon|tue|wed|thu|fri|sat|week/i, // the weekdays and their abbreviations, weekend, weekday
  ENTimeUnitAgoFormatParser: /ago|before|earlier/i,
  ENTimeUnitLaterFormatParser: /later|after|from now|henceforth|forward|out/i,
  ENCasualDateParser: /now|today|tonight|tomorrow|overmorrow|tmr|yesterday|last\s*night/i,
  ENCasualTimeParser: /morning|afternoon|evening|night|midday|noon/i, // midnight holds "night"
  ENEndOfCurrentMonthParser: /month/i,
  ENRelativeDateFormatParser: /this|last|past|next/i, // "after this" holds "this"
  ENTimeUnitCasualRelativeFormatParser: /this|last|past|next|after|\+|-/i,
};

/** Matches nothing, at once: anchored at the start of the text. */
const NO_MATCH = /^(?!)/;

function skippedWithout(parser: chrono.Parser): chrono.Parser {
  const required = REQUIRED[parser.constructor.name];
  if (!required) return parser;
  return {
    pattern: (context) => (required.test(context.text) ? parser.pattern(context) : NO_MATCH),
    extract: (context, match) => parser.extract(context, match),
  };
}

/** Parses as `chrono.parse` (casual English) does. */
export const casualDates = new chrono.Chrono({
  parsers: chrono.en.casual.parsers.map(skippedWithout),
  refiners: [...chrono.en.casual.refiners],
});
