/** The pieces of a sentence that the relation reader treats apart: clauses, and quotations. */

/**
 * Splits a sentence into clauses with their own actors and dates: after an opening background clause ("Since
 * Russia's invasion of Ukraine, …", "Despite …,"), at semicolons, at ", and" / ", but" / ", while" / ", as" /
 * ", because" (and the like), after "confirmed that" (and the like) before a capitalised subject, and before
 * "since" / "after" / "when" (and the like) followed by a capitalised subject and a verb, when both sides are long
 * enough.
 */
export function clauses(text: string): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  let start = 0;
  const background = BACKGROUND_OPENING.exec(text);
  if (background && wordCount(text.slice(background[0].length)) >= 5) {
    out.push({ start: 0, end: background[0].length - 1 });
    start = background[0].length;
  }
  const breaks = BREAKS[(text.includes(' that ') ? 1 : 0) + (MAY_SUBORDINATE.test(text) ? 2 : 0)]!;
  breaks.lastIndex = 0;
  for (let m = breaks.exec(text); m; m = breaks.exec(text)) {
    // A subordinate clause ("after Russia invaded Ukraine") is marked by its subject and verb: a few words will do.
    const least = m[0].startsWith(';') || m[0].trimEnd().endsWith('that') ? 2 : m[0].trim() === '' ? 3 : 5;
    const before = text.slice(start, m.index);
    // "Minister … Kihara, Republic of Korea Minister … Shin, and US Secretary … Austin held …": a list of names and
    // titles (no lower-case word but "of", "the"…) has no verb of its own, so it is not a clause.
    if (wordCount(before) >= least && wordCount(text.slice(m.index + m[0].length)) >= least && (m[0].startsWith(';') || hasLowerCaseWord(before))) {
      out.push({ start, end: m.index });
      start = m.index + m[0].length;
    }
  }
  out.push({ start, end: text.length });
  return out;
}

/**
 * "Since …," "After …," "Despite …,", "In July 2022, five months after …,": what happened before or around the main
 * clause, up to its first comma (after a date that opens the sentence, which then goes with it).
 */
const BACKGROUND_OPENING =
  /^(?:(?:In|On|By|Last|Early|Late|Later|Then)\s[^,;]{2,30},\s*)?(?:Since|After|Following|Despite|Although|Though|Amid|Before|Given|Unlike|In response to|In the wake of|(?:(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|\d+|several|some|just|only|weeks|days|months|years|long|shortly|soon|well|even)\s+){1,3}(?:after|before|since))\s[^,;]{8,160},\s*/i;
const CLAUSE_BREAK = /;\s*|,\s+(?:and|but|while|whereas|as|because|although|though)\s+(?=(?:the\s+)?[A-Z])/;
// "The Ministers confirmed that Japan will provide …": what is reported has a subject of its own (but "X said
// that it would …" keeps X, so only before a capitalised subject). Tried only where the sentence has " that ":
// the reporting verbs' alternation is costly at every word.
const REPORTED_BREAK = /\b(?:said|says|confirmed|confirms|noted|notes|stressed|announced|stated|reaffirmed|underlined|emphasi[sz]ed|recalled|added) that\s+(?=(?:the\s+)?[A-Z])/;
// "… since North Korea sent troops": a subordinate clause with a subject and a verb of its own. Tried only where
// the sentence has one of its words: the lookahead is costly at every space.
const SUBORDINATE_BREAK =
  /\s(?=(?:since|after|before|because|when|until|once)\s+(?:the\s+)?[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)*\s+(?:[a-z]+ed|had|has|was|were|sent|began|took|went|came|made|gave|won|lost|broke|fought|met|led|left|struck|saw|said|chose|drew|shot|sold)\b)/;
const MAY_SUBORDINATE = /\b(?:since|after|before|because|when|until|once)\s+(?:the\s+)?[A-Z]/;
/** The breaks to look for, by whether the sentence may hold a reported clause (1) and a subordinate one (2). */
const BREAKS = [[], [REPORTED_BREAK], [SUBORDINATE_BREAK], [REPORTED_BREAK, SUBORDINATE_BREAK]].map(
  (extra) => new RegExp([CLAUSE_BREAK, ...extra].map((r) => r.source).join('|'), 'g'),
);
const wordCount = (text: string): number => (text.match(/\S+/g) ?? []).length;
const LOWER_CASE_WORD = /(?:^|\s)(?!(?:of|for|the|and|de|von|van|der|al)\s)[a-z]/;
const hasLowerCaseWord = (text: string): boolean => LOWER_CASE_WORD.test(text);

/** The spans inside quotation marks (“…” or "…") of at least a few words. */
export function quotedSpans(text: string): { start: number; end: number }[] {
  const spans: { start: number; end: number }[] = [];
  QUOTATION.lastIndex = 0;
  for (let m = QUOTATION.exec(text); m; m = QUOTATION.exec(text)) if (m[0].split(/\s+/).length >= 4) spans.push({ start: m.index, end: m.index + m[0].length });
  return spans;
}

const QUOTATION = /“[^”]*(?:”|$)|"[^"]*(?:"|$)/g;
